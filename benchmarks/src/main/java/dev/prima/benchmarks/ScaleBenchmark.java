package dev.prima.benchmarks;

import dev.prima.History;
import dev.prima.Prima;
import dev.prima.SchemaUpdate;
import dev.prima.export.ExportOptions;
import dev.prima.export.ExportSummary;
import dev.prima.export.XesExporter;
import dev.prima.journey.ServiceCycle;
import dev.prima.journey.ServiceProfile;
import dev.prima.journey.TouchpointStats;
import dev.prima.people.StaffAccountability;
import dev.prima.report.ServiceReport;
import dev.prima.strategy.Breach;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * The scale scenario ({@code --only scale}): a journal of {@code --scale-touchpoints} touchpoints
 * in about a tenth as many cases over one year on PostgreSQL, with Camunda's history of the same
 * cases, and for each question the answer from Prima against the same answer from Camunda's history
 * (its query API, or plain SQL where the API has no such query), in interleaved pairs. Both answers
 * of every pair are compared; a difference stops the run.
 */
final class ScaleBenchmark {

  private static final Instant FROM = Instant.parse("2025-06-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2025-07-01T00:00:00Z");
  private static final String PROFILED = "scalePermit";
  private static final String LICENCE = "scaleLicence";
  private static final String MARKER = "PRIMA_BENCH_SCALE_FILL2";

  private final Options options;
  private final SplittableRandom random = new SplittableRandom(11);
  private final String label;

  ScaleBenchmark(Options options) {
    this.options = options;
    this.label = "postgres-" + humanCount(options.scaleTouchpoints());
  }

  /** Fills (or reuses, with {@code --keep}) the scale database, measures, returns the summary. */
  List<String> run() throws Exception {
    Optional<PostgresScratch> scratch =
        PostgresScratch.fromEnvironment(List.of(options.scaleDb()), !options.keep());
    if (scratch.isEmpty()) {
      return List.of();
    }
    PostgresScratch postgres = scratch.get();
    JdbcTarget target = postgres.target(options.scaleDb());
    Optional<ScaleFiller.Filled> kept = readMarker(target);
    if (options.keep() && kept.isEmpty() && hasTables(target)) {
      // a different size or an interrupted fill: start again
      postgres.recreate(options.scaleDb());
    }
    try {
      return run(target, kept);
    } finally {
      if (!options.keep()) {
        postgres.close();
      }
    }
  }

  private List<String> run(JdbcTarget target, Optional<ScaleFiller.Filled> kept) throws Exception {
    try (Prima prima =
        Prima.builder()
            .engineName("bench-scale")
            .jdbc(target.url(), target.user(), target.password())
            .history(History.AUDIT)
            .jobExecutor(false)
            .schemaUpdate(SchemaUpdate.UPDATE)
            .build()) {
      ProcessEngine engine = prima.processEngine();
      Map<String, String> definitionIds = ScaleModels.deploy(engine);
      ScaleFiller.Filled filled;
      if (kept.isPresent()) {
        filled = kept.get();
        System.out.printf(
            Locale.ROOT,
            "%s reusing the kept journal: %d touchpoints in %d cases, %d breaches%n",
            label,
            filled.touchpoints(),
            filled.cases(),
            filled.breaches());
      } else {
        long start = System.nanoTime();
        filled = new ScaleFiller(definitionIds).fill(target, options.scaleTouchpoints());
        writeMarker(target, filled);
        System.out.printf(
            Locale.ROOT,
            "%s filled %d touchpoints in %d cases (%d breaches) with their history by COPY,"
                + " indexes and analyze included, in %.1f s%n",
            label,
            filled.touchpoints(),
            filled.cases(),
            filled.breaches(),
            (System.nanoTime() - start) / 1e9);
      }
      printSizes(target);
      return measure(prima, target, filled, definitionIds);
    }
  }

  private List<String> measure(
      Prima prima, JdbcTarget target, ScaleFiller.Filled filled, Map<String, String> definitionIds)
      throws SQLException {
    HistoryService history = prima.processEngine().getHistoryService();
    List<String> lines = new ArrayList<>();
    int cyclePairs = options.pairs();
    int heavy = options.scalePairs();
    long cases = filled.cases();
    if (asks("cycle")) {
      lines.add(
          pairs(
              "cycle",
              "one case's cycle: journeys().cycleOf vs business key + instances + activities",
              cyclePairs,
              Math.min(cyclePairs, 50),
              5.0,
              () -> randomCase(cases, false),
              key -> primaCycle(prima, key),
              key -> historyCycle(history, key)));
    }
    if (asks("cycle-call")) {
      lines.add(
          pairs(
              "cycle-call",
              "the same, cases with a call activity",
              cyclePairs,
              Math.min(cyclePairs, 50),
              5.0,
              () -> randomCase(cases, true),
              key -> primaCycle(prima, key),
              key -> historyCycle(history, key)));
    }
    String definitionId = definitionIds.get(PROFILED);
    if (asks("profile")) {
      lines.add(
          pairs(
              "profile",
              PROFILED + " June 2025: journeys().profileOf vs history API",
              heavy,
              1,
              1000.0,
              () -> PROFILED,
              key -> primaProfile(prima, key),
              key -> historyProfile(history, key, definitionId)));
    }
    if (asks("breaches")) {
      try (Connection connection = target.connect()) {
        lines.add(
            pairs(
                "breaches",
                PROFILED
                    + " June 2025: standards().breachesOfService(key, from, to) vs SQL on ACT_HI_*",
                heavy,
                1,
                Double.NaN,
                () -> PROFILED,
                key -> primaBreaches(prima, key),
                key -> historyBreaches(connection, key)));
      }
    }
    if (asks("accountability")) {
      lines.add(
          pairs(
              "accountability",
              "all services June 2025: people().accountability vs history API",
              heavy,
              1,
              Double.NaN,
              () -> "",
              key -> primaAccountability(prima),
              key -> historyAccountability(history)));
    }
    // no history equivalent: Camunda has neither a service report nor an event-log export
    if (asks("report")) {
      lines.add(
          alone(
              "report",
              PROFILED + " June 2025: the whole HTML ServiceReport (render)",
              heavy,
              10_000.0,
              () ->
                  ServiceReport.builder(prima)
                          .service(PROFILED)
                          .period(FROM, TO)
                          .zone(ZoneOffset.UTC)
                          .build()
                          .render()
                          .length()
                      + " characters of HTML"));
    }
    if (asks("xes")) {
      lines.add(
          alone(
              "xes",
              PROFILED + " June 2025: XesExporter of the month into a counting stream",
              heavy,
              Double.NaN,
              () -> {
                CountingStream out = new CountingStream();
                ExportSummary summary =
                    XesExporter.of(
                            ExportOptions.custom().service(PROFILED).between(FROM, TO).build())
                        .export(prima.touchpoints(), out);
                return summary + ", " + (out.count >> 20) + " MiB of XES";
              }));
    }
    return lines;
  }

  /** Whether {@code --scale-questions} asks this question (all by default). */
  private boolean asks(String question) {
    return options.scaleQuestions().contains(question);
  }

  /** Counts the bytes written to it and keeps none. */
  private static final class CountingStream extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      count += length;
    }
  }

  /**
   * Times a question that has no history equivalent: one warm-up run, then {@code runs} measured
   * ones; prints the heap it took (the largest heap left after a collection, against {@code -Xmx}).
   */
  private String alone(
      String what, String description, int runs, double targetMs, Supplier<String> question) {
    List<Double> times = new ArrayList<>();
    String sample = null;
    long maxAfterGc;
    try (HeapWatch heap = new HeapWatch()) {
      for (int run = 0; run < 1 + runs; run++) {
        long start = System.nanoTime();
        sample = question.get();
        double ms = (System.nanoTime() - start) / 1e6;
        if (run > 0) {
          times.add(ms);
        }
        if (options.verbose()) {
          System.out.printf(Locale.ROOT, "  %s run %d: %.1f ms%n", what, run, ms);
        }
      }
      maxAfterGc = heap.maxAfterGc();
    }
    Stats p = Stats.of(times);
    String heapText =
        String.format(
            Locale.ROOT,
            "heap after GC at most %d MiB of -Xmx %d MiB",
            maxAfterGc >> 20,
            Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(
        Locale.ROOT,
        "%s %-14s prima %s ms  (no history equivalent)%s  %s  [%s; %s]%n",
        label,
        what,
        msWithIqr(p),
        Double.isNaN(targetMs)
            ? ""
            : String.format(
                Locale.ROOT,
                "  target prima < %.0f ms: %s",
                targetMs,
                p.median() < targetMs ? "met" : "MISSED"),
        heapText,
        description,
        sample);
    return String.format(
        Locale.ROOT,
        "SCALE %s %s prima %.2f ms (IQR %.2f-%.2f), no history equivalent, %s (%d runs)",
        label,
        what,
        p.median(),
        p.q1(),
        p.q3(),
        heapText,
        runs);
  }

  @FunctionalInterface
  private interface Side {
    Object answer(String key) throws SQLException;
  }

  /**
   * Runs warm-up and measured pairs, alternating which side goes first, checks both answers agree,
   * prints a detail line and returns the summary line.
   */
  private String pairs(
      String what,
      String description,
      int pairs,
      int warmup,
      double targetMs,
      Supplier<String> keys,
      Side prima,
      Side history)
      throws SQLException {
    List<Double> primaMs = new ArrayList<>();
    List<Double> historyMs = new ArrayList<>();
    List<Double> speedups = new ArrayList<>();
    Object sample = null;
    HeapWatch heap = new HeapWatch();
    for (int pair = 0; pair < warmup + pairs; pair++) {
      String key = keys.get();
      boolean primaFirst = pair % 2 == 0;
      double[] times = new double[2];
      Object[] answers = new Object[2];
      for (int turn = 0; turn < 2; turn++) {
        boolean primaTurn = (turn == 0) == primaFirst;
        long start = System.nanoTime();
        Object answer = primaTurn ? prima.answer(key) : history.answer(key);
        double ms = (System.nanoTime() - start) / 1e6;
        times[primaTurn ? 0 : 1] = ms;
        answers[primaTurn ? 0 : 1] = answer;
      }
      if (!answers[0].equals(answers[1])) {
        throw new IllegalStateException(
            what
                + ": Prima and the history answer differently for "
                + key
                + ":\n prima   "
                + abbreviate(answers[0])
                + "\n history "
                + abbreviate(answers[1]));
      }
      sample = answers[0];
      if (pair >= warmup) {
        primaMs.add(times[0]);
        historyMs.add(times[1]);
        speedups.add(times[1] / times[0]);
      }
      if (options.verbose()) {
        System.out.printf(
            Locale.ROOT,
            "  %s pair %d: prima %.1f ms, history %.1f ms%n",
            what,
            pair,
            times[0],
            times[1]);
      }
    }
    heap.close();
    Stats p = Stats.of(primaMs);
    Stats h = Stats.of(historyMs);
    Stats s = Stats.of(speedups);
    System.out.printf(
        Locale.ROOT,
        "%s %-14s prima %s ms  history %s ms  history/prima %.2f (IQR %.2f-%.2f)%s  [%s; %s]%n",
        label,
        what,
        msWithIqr(p),
        msWithIqr(h),
        s.median(),
        s.q1(),
        s.q3(),
        Double.isNaN(targetMs)
            ? ""
            : String.format(
                Locale.ROOT,
                "  target prima < %.0f ms: %s",
                targetMs,
                p.median() < targetMs ? "met" : "MISSED"),
        description,
        abbreviate(sample));
    return String.format(
        Locale.ROOT,
        "SCALE %s %s prima %.2f ms (IQR %.2f-%.2f), history %.2f ms, history/prima = %.2f"
            + " (IQR %.2f-%.2f, %d pairs), heap after GC at most %d MiB (both sides)",
        label,
        what,
        p.median(),
        p.q1(),
        p.q3(),
        h.median(),
        s.median(),
        s.q1(),
        s.q3(),
        pairs,
        heap.maxAfterGc() >> 20);
  }

  private static String msWithIqr(Stats stats) {
    return String.format(
        Locale.ROOT, "%.2f (IQR %.2f-%.2f)", stats.median(), stats.q1(), stats.q3());
  }

  private static String abbreviate(Object answer) {
    String text = String.valueOf(answer);
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  private String randomCase(long cases, boolean callActivity) {
    while (true) {
      long index = random.nextLong(cases);
      boolean licence = ScaleFiller.serviceOf(index).key().equals(LICENCE);
      if (licence == callActivity || !callActivity) {
        return ScaleFiller.caseKey(index);
      }
    }
  }

  // (1) one case's cycle: the moments in order, as element id @ start millis

  private static List<String> primaCycle(Prima prima, String caseKey) {
    ServiceCycle cycle = prima.journeys().cycleOf(caseKey).orElseThrow();
    List<String> moments = new ArrayList<>(cycle.moments().size());
    cycle
        .moments()
        .forEach(
            m ->
                moments.add(
                    m.touchpoint().elementId() + "@" + m.touchpoint().start().toEpochMilli()));
    return moments;
  }

  private static List<String> historyCycle(HistoryService history, String caseKey) {
    HistoricProcessInstance root =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseKey)
            .list()
            .stream()
            .filter(i -> i.getSuperProcessInstanceId() == null)
            .findFirst()
            .orElseThrow();
    List<HistoricActivityInstance> activities = new ArrayList<>();
    for (HistoricProcessInstance instance :
        history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getId()).list()) {
      activities.addAll(
          history
              .createHistoricActivityInstanceQuery()
              .processInstanceId(instance.getId())
              .activityType("userTask")
              .orderByHistoricActivityInstanceStartTime()
              .asc()
              .list());
    }
    activities.sort(Comparator.comparing(HistoricActivityInstance::getStartTime));
    List<String> moments = new ArrayList<>(activities.size());
    activities.forEach(a -> moments.add(a.getActivityId() + "@" + a.getStartTime().getTime()));
    return moments;
  }

  // (2) a service's month: cases, most common path, and per touchpoint count, median, p90

  /** A profile in millis; medians within 0.01 ms count as equal (interpolation rounding). */
  record Profile(int cases, List<String> commonPath, Map<String, double[]> stats) {

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Profile that)
          || cases != that.cases
          || !commonPath.equals(that.commonPath)
          || !stats.keySet().equals(that.stats.keySet())) {
        return false;
      }
      for (Map.Entry<String, double[]> entry : stats.entrySet()) {
        double[] a = entry.getValue();
        double[] b = that.stats.get(entry.getKey());
        for (int i = 0; i < a.length; i++) {
          if (Math.abs(a[i] - b[i]) > 0.01) {
            return false;
          }
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return cases;
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(cases + " cases, path " + commonPath);
      stats.forEach(
          (element, s) ->
              text.append(
                  String.format(
                      Locale.ROOT,
                      ", %s n=%.0f med=%.0fms p90=%.0fms",
                      element,
                      s[0],
                      s[1],
                      s[2])));
      return text.toString();
    }
  }

  private static Profile primaProfile(Prima prima, String key) {
    ServiceProfile profile = prima.journeys().profileOf(key, FROM, TO).orElseThrow();
    Map<String, double[]> stats = new TreeMap<>();
    for (TouchpointStats t : profile.touchpoints()) {
      stats.put(t.elementId(), new double[] {t.count(), millis(t.median()), millis(t.p90())});
    }
    return new Profile(profile.cases(), profile.mostCommonPath().elementIds(), stats);
  }

  private static double millis(Duration duration) {
    return duration == null ? Double.NaN : duration.toNanos() / 1e6;
  }

  private static Profile historyProfile(HistoryService history, String key, String definitionId) {
    Date from = Date.from(FROM);
    Date before = Date.from(TO.minusMillis(1));
    Set<String> instances = new HashSet<>();
    for (HistoricProcessInstance instance :
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(key)
            .startedAfter(from)
            .startedBefore(before)
            .list()) {
      instances.add(instance.getId());
    }
    Map<String, List<HistoricActivityInstance>> byInstance = new HashMap<>();
    for (HistoricActivityInstance activity :
        history
            .createHistoricActivityInstanceQuery()
            .processDefinitionId(definitionId)
            .activityType("userTask")
            .startedAfter(from)
            .startedBefore(before)
            .list()) {
      if (instances.contains(activity.getProcessInstanceId())) {
        byInstance
            .computeIfAbsent(activity.getProcessInstanceId(), i -> new ArrayList<>())
            .add(activity);
      }
    }
    Map<List<String>, Integer> paths = new HashMap<>();
    Map<String, List<Long>> durations = new TreeMap<>();
    for (List<HistoricActivityInstance> activities : byInstance.values()) {
      activities.sort(Comparator.comparing(HistoricActivityInstance::getStartTime));
      paths.merge(
          activities.stream().map(HistoricActivityInstance::getActivityId).toList(),
          1,
          Integer::sum);
      for (HistoricActivityInstance activity : activities) {
        durations
            .computeIfAbsent(activity.getActivityId(), a -> new ArrayList<>())
            .add(activity.getDurationInMillis());
      }
    }
    List<String> common =
        paths.entrySet().stream()
            .max(
                Comparator.<Map.Entry<List<String>, Integer>>comparingInt(Map.Entry::getValue)
                    .thenComparing(e -> String.join(",", e.getKey()), Comparator.reverseOrder()))
            .map(Map.Entry::getKey)
            .orElse(List.of());
    Map<String, double[]> stats = new TreeMap<>();
    durations.forEach(
        (element, list) -> {
          long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
          stats.put(
              element,
              new double[] {sorted.length, percentile(sorted, 50), percentile(sorted, 90)});
        });
    return new Profile(byInstance.size(), common, stats);
  }

  /** PERCENTILE.INC: linear between the nearest ranks. */
  private static double percentile(long[] sorted, int percentile) {
    double position = percentile / 100.0 * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
  }

  // (3) breaches of a service due in the month, and staff accountability over the month

  private static List<String> primaBreaches(Prima prima, String key) {
    List<String> ids = new ArrayList<>();
    for (Breach breach : prima.standards().breachesOfService(key, FROM, TO)) {
      ids.add(
          breach.kind()
              + " "
              + (breach.touchpointId() == null
                  ? breach.processInstanceId()
                  : breach.touchpointId()));
    }
    ids.sort(Comparator.naturalOrder());
    return ids;
  }

  /** What a Camunda user writes: the API cannot filter on durations, so SQL on the history. */
  private static List<String> historyBreaches(Connection connection, String key)
      throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select ID_ from ACT_HI_PROCINST where PROC_DEF_KEY_ = ? and START_TIME_ >= ?"
                + " and START_TIME_ < ? and DURATION_ > ?")) {
      statement.setString(1, key);
      statement.setTimestamp(2, new Timestamp(FROM.toEpochMilli() - ScaleModels.LEAD_LIMIT_MS));
      statement.setTimestamp(3, new Timestamp(TO.toEpochMilli() - ScaleModels.LEAD_LIMIT_MS));
      statement.setLong(4, ScaleModels.LEAD_LIMIT_MS);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add("LEAD_TIME " + rows.getString(1));
        }
      }
    }
    // one condition per element with a target: overran it, and its due time falls in the month
    List<Map.Entry<String, Long>> targets =
        ScaleModels.TARGETS.entrySet().stream().filter(e -> e.getValue() > 0).toList();
    StringBuilder sql =
        new StringBuilder(
            "select ID_ from ACT_HI_ACTINST where PROC_DEF_KEY_ = ? and ACT_TYPE_ = 'userTask'"
                + " and (");
    for (int i = 0; i < targets.size(); i++) {
      sql.append(i == 0 ? "" : " or ")
          .append("(ACT_ID_ = ? and DURATION_ > ? and START_TIME_ >= ? and START_TIME_ < ?)");
    }
    sql.append(")");
    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      int index = 1;
      statement.setString(index++, key);
      for (Map.Entry<String, Long> target : targets) {
        statement.setString(index++, target.getKey());
        statement.setLong(index++, target.getValue());
        statement.setTimestamp(index++, new Timestamp(FROM.toEpochMilli() - target.getValue()));
        statement.setTimestamp(index++, new Timestamp(TO.toEpochMilli() - target.getValue()));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add("TOUCHPOINT_TARGET " + rows.getString(1));
        }
      }
    }
    ids.sort(Comparator.naturalOrder());
    return ids;
  }

  private static List<String> primaAccountability(Prima prima) {
    List<String> rows = new ArrayList<>();
    for (StaffAccountability staff : prima.people().accountability(FROM, TO)) {
      rows.add(
          String.format(
              Locale.ROOT,
              "%s served=%d median=%.1fms targets=%d met=%d",
              staff.staffId(),
              staff.served(),
              millis(staff.medianHandlingTime()),
              staff.withTarget(),
              staff.targetsMet()));
    }
    return rows;
  }

  private static List<String> historyAccountability(HistoryService history) {
    Map<String, List<HistoricActivityInstance>> byStaff = new TreeMap<>();
    for (HistoricActivityInstance activity :
        history
            .createHistoricActivityInstanceQuery()
            .activityType("userTask")
            .startedAfter(Date.from(FROM))
            .startedBefore(Date.from(TO.minusMillis(1)))
            .list()) {
      if (activity.getAssignee() != null) {
        byStaff.computeIfAbsent(activity.getAssignee(), a -> new ArrayList<>()).add(activity);
      }
    }
    List<String> rows = new ArrayList<>();
    byStaff.forEach(
        (staff, activities) -> {
          long[] durations =
              activities.stream()
                  .mapToLong(HistoricActivityInstance::getDurationInMillis)
                  .sorted()
                  .toArray();
          int withTarget = 0;
          int met = 0;
          for (HistoricActivityInstance activity : activities) {
            long target = ScaleModels.TARGETS.getOrDefault(activity.getActivityId(), 0L);
            if (target > 0) {
              withTarget++;
              if (activity.getDurationInMillis() <= target) {
                met++;
              }
            }
          }
          rows.add(
              String.format(
                  Locale.ROOT,
                  "%s served=%d median=%.1fms targets=%d met=%d",
                  staff,
                  activities.size(),
                  percentile(durations, 50),
                  withTarget,
                  met));
        });
    return rows;
  }

  // the fill marker, so that --keep reuses a complete fill of the same size only

  private Optional<ScaleFiller.Filled> readMarker(JdbcTarget target) {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select REQUESTED_, CASES_, TOUCHPOINTS_, BREACHES_ from " + MARKER)) {
      if (rows.next() && rows.getLong(1) == options.scaleTouchpoints()) {
        return Optional.of(
            new ScaleFiller.Filled(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
      }
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  private static boolean hasTables(JdbcTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select count(*) from information_schema.tables where table_schema ="
                    + " current_schema()")) {
      rows.next();
      return rows.getLong(1) > 0;
    }
  }

  private void writeMarker(JdbcTarget target, ScaleFiller.Filled filled) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "create table "
              + MARKER
              + " (REQUESTED_ bigint, CASES_ bigint, TOUCHPOINTS_ bigint, BREACHES_ bigint)");
      statement.execute(
          String.format(
              Locale.ROOT,
              "insert into %s values (%d, %d, %d, %d)",
              MARKER,
              options.scaleTouchpoints(),
              filled.cases(),
              filled.touchpoints(),
              filled.breaches()));
    }
  }

  private void printSizes(JdbcTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select relname, pg_total_relation_size(oid) from pg_class where relname in"
                    + " ('prima_journal', 'prima_breach', 'act_hi_procinst', 'act_hi_actinst')"
                    + " order by relname")) {
      StringBuilder sizes = new StringBuilder(label + " sizes (table + indexes):");
      while (rows.next()) {
        sizes.append(
            String.format(Locale.ROOT, " %s %d MiB", rows.getString(1), rows.getLong(2) >> 20));
      }
      System.out.println(sizes);
    }
  }

  private static String humanCount(long count) {
    if (count % 1_000_000 == 0) {
      return count / 1_000_000 + "M";
    }
    if (count % 1_000 == 0) {
      return count / 1_000 + "k";
    }
    return Long.toString(count);
  }
}
