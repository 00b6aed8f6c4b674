package dev.prima.benchmarks;

import dev.prima.History;
import dev.prima.Prima;
import dev.prima.SchemaUpdate;
import dev.prima.upkeep.JournalUpkeep;
import dev.prima.upkeep.UpkeepResult;
import dev.prima.upkeep.internal.JdbcJournalUpkeep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The upkeep scenario ({@code --only upkeep}): the scale scenario's journal (filled afresh by
 * {@link ScaleFiller} into {@code --scale-db}), then January 2025 purged and February archived and
 * purged with {@code prima.upkeep()}, while a second thread runs engine commands (start a case,
 * complete its first task) throughout; the same commands timed with no upkeep running, before,
 * between and after.
 */
final class UpkeepBenchmark {

  private static final Instant FEBRUARY = Instant.parse("2025-02-01T00:00:00Z");
  private static final Instant MARCH = Instant.parse("2025-03-01T00:00:00Z");
  private static final String SERVICE = "scalePermit";
  private static final long QUIET_MS = 30_000;

  private final Options options;

  UpkeepBenchmark(Options options) {
    this.options = options;
  }

  List<String> run() throws Exception {
    Optional<PostgresScratch> scratch =
        PostgresScratch.fromEnvironment(List.of(options.scaleDb()), true);
    if (scratch.isEmpty()) {
      return List.of();
    }
    PostgresScratch postgres = scratch.get();
    try {
      return run(postgres.target(options.scaleDb()));
    } finally {
      if (!options.keep()) {
        postgres.close();
      }
    }
  }

  private List<String> run(JdbcTarget target) throws Exception {
    List<String> lines = new ArrayList<>();
    try (Prima prima =
        Prima.builder()
            .engineName("bench-upkeep")
            .jdbc(target.url(), target.user(), target.password())
            .history(History.AUDIT)
            .jobExecutor(false)
            .schemaUpdate(SchemaUpdate.UPDATE)
            .build()) {
      ProcessEngine engine = prima.processEngine();
      Map<String, String> definitionIds = ScaleModels.deploy(engine);
      long start = System.nanoTime();
      ScaleFiller.Filled filled =
          new ScaleFiller(definitionIds).fill(target, options.scaleTouchpoints());
      System.out.printf(
          Locale.ROOT,
          "upkeep filled %d touchpoints in %d cases (%d breaches) in %.1f s; journal %d MiB%n",
          filled.touchpoints(),
          filled.cases(),
          filled.breaches(),
          (System.nanoTime() - start) / 1e9,
          journalMiB(target));
      Commands commands = new Commands(engine);
      lines.add(commands.quiet("quiet-1"));
      lines.add(measure(prima, commands, "purge", FEBRUARY, null));
      lines.add(commands.quiet("quiet-2"));
      Path folder = Files.createTempDirectory("prima-upkeep");
      Path archive = folder.resolve("journal-2025-02.csv");
      try {
        lines.add(measure(prima, commands, "archive+purge", MARCH, archive));
      } finally {
        Files.deleteIfExists(archive);
        Files.deleteIfExists(folder);
      }
      lines.add(commands.quiet("quiet-3"));
      System.out.printf(Locale.ROOT, "upkeep journal after: %d MiB%n", journalMiB(target));
    }
    return lines;
  }

  private static String measure(
      Prima prima, Commands commands, String name, Instant cutoff, Path archive) throws Exception {
    List<Long> batchEnds = Collections.synchronizedList(new ArrayList<>());
    JournalUpkeep upkeep =
        ((JdbcJournalUpkeep) prima.upkeep())
            .beforeCommit((batch, cases) -> batchEnds.add(System.nanoTime()));
    commands.startRecording();
    long start = System.nanoTime();
    UpkeepResult result =
        archive == null ? upkeep.purge(cutoff) : upkeep.archiveAndPurge(cutoff, archive);
    long end = System.nanoTime();
    Latencies during = commands.stopRecording();
    double seconds = (end - start) / 1e9;
    long longestBatch = 0;
    long previous = start;
    for (long batchEnd : batchEnds) {
      longestBatch = Math.max(longestBatch, batchEnd - previous);
      previous = batchEnd;
    }
    String file =
        archive == null
            ? ""
            : String.format(Locale.ROOT, ", archive %d MiB", Files.size(archive) >> 20);
    String line =
        String.format(
            Locale.ROOT,
            "UPKEEP %s before %s: %d cases, %d touchpoints, %d journal rows, %d breaches in %.1f s"
                + " = %.0f touchpoints/s, %.0f rows/s; %d batches, longest %.0f ms%s; during it %s",
            name,
            cutoff,
            result.cases(),
            result.touchpoints(),
            result.journalRows(),
            result.breaches(),
            seconds,
            result.touchpoints() / seconds,
            result.journalRows() / seconds,
            result.batches(),
            longestBatch / 1e6,
            file,
            during);
    System.out.println(line);
    return line;
  }

  private static long journalMiB(JdbcTarget target) throws Exception {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select pg_total_relation_size('prima_journal')")) {
      rows.next();
      return rows.getLong(1) >> 20;
    }
  }

  /** Latencies of the engine commands in one phase, in milliseconds. */
  record Latencies(List<Double> starts, List<Double> completes) {
    @Override
    public String toString() {
      return "start " + summary(starts) + ", complete " + summary(completes);
    }

    private static String summary(List<Double> values) {
      if (values.isEmpty()) {
        return "none";
      }
      List<Double> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      return String.format(
          Locale.ROOT,
          "n=%d median %.1f ms p99 %.1f ms max %.1f ms",
          sorted.size(),
          sorted.get(sorted.size() / 2),
          sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * 0.99))),
          sorted.get(sorted.size() - 1));
    }
  }

  /** A second thread that starts a case and completes its first task, over and over. */
  private static final class Commands {
    private final ProcessEngine engine;
    private final AtomicLong sequence = new AtomicLong();
    private AtomicBoolean running;
    private Thread thread;
    private List<Double> starts;
    private List<Double> completes;

    Commands(ProcessEngine engine) {
      this.engine = engine;
    }

    /** The same commands for {@link #QUIET_MS} with no upkeep running. */
    String quiet(String name) throws InterruptedException {
      startRecording();
      Thread.sleep(QUIET_MS);
      String line =
          "UPKEEP " + name + " (no upkeep, " + QUIET_MS / 1000 + " s): " + stopRecording();
      System.out.println(line);
      return line;
    }

    void startRecording() {
      starts = Collections.synchronizedList(new ArrayList<>());
      completes = Collections.synchronizedList(new ArrayList<>());
      running = new AtomicBoolean(true);
      AtomicBoolean flag = running;
      List<Double> startTimes = starts;
      List<Double> completeTimes = completes;
      thread =
          new Thread(
              () -> {
                while (flag.get()) {
                  String key = "UPKEEP-" + sequence.incrementAndGet();
                  long t0 = System.nanoTime();
                  String id =
                      engine.getRuntimeService().startProcessInstanceByKey(SERVICE, key).getId();
                  long t1 = System.nanoTime();
                  Task task =
                      engine
                          .getTaskService()
                          .createTaskQuery()
                          .processInstanceId(id)
                          .singleResult();
                  engine.getTaskService().complete(task.getId());
                  long t2 = System.nanoTime();
                  startTimes.add((t1 - t0) / 1e6);
                  completeTimes.add((t2 - t1) / 1e6);
                }
              },
              "upkeep-commands");
      thread.start();
    }

    Latencies stopRecording() throws InterruptedException {
      running.set(false);
      thread.join();
      return new Latencies(new ArrayList<>(starts), new ArrayList<>(completes));
    }
  }
}
