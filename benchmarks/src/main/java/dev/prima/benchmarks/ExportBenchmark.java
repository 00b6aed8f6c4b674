package dev.prima.benchmarks;

import dev.prima.History;
import dev.prima.Prima;
import dev.prima.export.EventLogFormat;
import dev.prima.export.ExportOptions;
import dev.prima.export.ExportSummary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Export of a journal of {@code --journal-size} touchpoints as XES, OCEL and CSV from an H2 file
 * database and from PostgreSQL: throughput and heap. Run it alone with {@code --only export} and a
 * small heap ({@code java -Xmx256m ...}) to show that export memory does not grow with the journal.
 */
final class ExportBenchmark {

  private static final List<EventLogFormat> FORMATS =
      List.of(EventLogFormat.XES, EventLogFormat.OCEL, EventLogFormat.CSV);

  private final Options options;

  ExportBenchmark(Options options) {
    this.options = options;
  }

  /** Runs on each database of the options, prints a line per format, returns the summary lines. */
  List<String> run() throws Exception {
    List<String> lines = new ArrayList<>();
    for (String database : options.databases()) {
      if (database.equals("h2")) {
        Path dir = Files.createTempDirectory("prima-bench-export-");
        try {
          JdbcTarget file =
              new JdbcTarget("jdbc:h2:file:" + dir.resolve("prima").toAbsolutePath(), "sa", "");
          lines.addAll(run("h2-file", file));
        } finally {
          delete(dir);
        }
      } else {
        Optional<PostgresScratch> scratch =
            PostgresScratch.fromEnvironment(List.of(PostgresScratch.EXPORT));
        if (scratch.isPresent()) {
          try (PostgresScratch postgres = scratch.get()) {
            lines.addAll(run("postgres", postgres.target(PostgresScratch.EXPORT)));
          }
        }
      }
    }
    return lines;
  }

  private List<String> run(String database, JdbcTarget target) throws Exception {
    try (Prima prima =
        Engines.prima("bench-export-" + database, target, History.AUDIT, false).prima()) {
      ProcessDefinition definition =
          prima
              .processEngine()
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey(ServiceModel.KEY)
              .singleResult();
      long fillStart = System.nanoTime();
      new JournalFiller(definition)
          .fill(target, options.journalSize() / QueryBenchmark.ROWS_PER_CASE, false);
      System.out.printf(
          Locale.ROOT,
          "%-8s filled %d touchpoints in %.1f s%n",
          database,
          options.journalSize(),
          (System.nanoTime() - fillStart) / 1e9);
      List<String> lines = new ArrayList<>();
      for (EventLogFormat format : FORMATS) {
        lines.add(export(prima, database, format));
      }
      return lines;
    }
  }

  private String export(Prima prima, String database, EventLogFormat format) throws IOException {
    Path file = Files.createTempFile("prima-bench-", "." + format.fileExtension());
    try {
      ExportSummary summary;
      double seconds;
      long peak;
      long afterGc;
      long collections;
      try (HeapWatch heap = new HeapWatch()) {
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
          summary = format.exporter(ExportOptions.ofDefaults()).export(prima.touchpoints(), out);
        }
        seconds = (System.nanoTime() - start) / 1e9;
        peak = heap.peak();
        afterGc = heap.maxAfterGc();
        collections = heap.collections();
      }
      if (summary.touchpoints() != options.journalSize()) {
        throw new IllegalStateException(
            "exported "
                + summary.touchpoints()
                + " touchpoints, but the journal holds "
                + options.journalSize());
      }
      double perSecond = summary.touchpoints() / seconds;
      long maxHeap = Runtime.getRuntime().maxMemory();
      System.out.printf(
          Locale.ROOT,
          "%-8s export %-4s %d touchpoints, %d cases, %d events in %.1f s = %.0f touchpoints/s;"
              + " heap peak %d MiB, after GC at most %d MiB (%d collections), max heap %d MiB;"
              + " file %d MiB%n",
          database,
          format.name().toLowerCase(Locale.ROOT),
          summary.touchpoints(),
          summary.cases(),
          summary.events(),
          seconds,
          perSecond,
          peak >> 20,
          afterGc >> 20,
          collections,
          maxHeap >> 20,
          Files.size(file) >> 20);
      return String.format(
          Locale.ROOT,
          "EXPORT %s %s = %.0f touchpoints/s, heap after GC <= %d MiB (pool peaks %d MiB),"
              + " max heap %d MiB (%d touchpoints)",
          database,
          format.name().toLowerCase(Locale.ROOT),
          perSecond,
          afterGc >> 20,
          peak >> 20,
          maxHeap >> 20,
          summary.touchpoints());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
