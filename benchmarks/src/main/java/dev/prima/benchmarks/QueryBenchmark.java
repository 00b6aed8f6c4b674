package dev.prima.benchmarks;

import dev.prima.History;
import dev.prima.Prima;
import dev.prima.journey.ServiceCycle;
import dev.prima.touchpoint.Touchpoint;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Latency of one case's cycle of service from Prima's journal against the same case's activity
 * history from the engine (Camunda 7 or Operaton), with the same number of rows in both tables, in
 * interleaved pairs.
 */
final class QueryBenchmark {

  /** Rows per case in both tables. */
  static final int ROWS_PER_CASE = 10;

  private final Options options;
  private final SplittableRandom random = new SplittableRandom(7);

  QueryBenchmark(Options options) {
    this.options = options;
  }

  /** Fills a fresh Prima engine's tables, measures, and returns two results: query, and cycle. */
  List<Result> run(Database database) throws SQLException {
    JdbcTarget target = database.forPrima();
    try (Prima prima =
        Engines.prima("bench-query-" + database.name(), target, History.AUDIT, false).prima()) {
      ProcessDefinition definition =
          prima
              .processEngine()
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey(ServiceModel.KEY)
              .singleResult();
      int cases = options.journalSize() / ROWS_PER_CASE;
      long fillStart = System.nanoTime();
      new JournalFiller(definition).fill(target, cases, true);
      System.out.printf(
          Locale.ROOT,
          "%-8s filled %d touchpoints and %d activity instances in %.1f s%n",
          database.name(),
          options.journalSize(),
          options.journalSize(),
          (System.nanoTime() - fillStart) / 1e9);
      HistoryService history = prima.processEngine().getHistoryService();
      for (int pair = 0; pair < options.pairs(); pair++) {
        measure(prima, history, cases, pair % 2 == 0);
      }
      List<double[]> pairs = new ArrayList<>();
      for (int pair = 0; pair < options.pairs(); pair++) {
        pairs.add(measure(prima, history, cases, pair % 2 == 0));
      }
      return results(database.name(), pairs);
    }
  }

  /**
   * One pair on a random case; returns {prima query, prima query + cycle, engine history} in ms.
   */
  private double[] measure(Prima prima, HistoryService history, int cases, boolean primaFirst) {
    int index = random.nextInt(cases);
    if (primaFirst) {
      double[] primaTimes = prima(prima, index);
      return new double[] {primaTimes[0], primaTimes[1], engineHistory(history, index)};
    }
    double fromHistory = engineHistory(history, index);
    double[] primaTimes = prima(prima, index);
    return new double[] {primaTimes[0], primaTimes[1], fromHistory};
  }

  private static double[] prima(Prima prima, int index) {
    String caseKey = JournalFiller.caseKey(index);
    long start = System.nanoTime();
    List<Touchpoint> touchpoints = prima.touchpoints().query().caseId(caseKey).list();
    long queried = System.nanoTime();
    ServiceCycle cycle = ServiceCycle.of(caseKey, touchpoints, true, Instant.now());
    long built = System.nanoTime();
    check(cycle.moments().size(), caseKey);
    return new double[] {(queried - start) / 1e6, (built - start) / 1e6};
  }

  /** The same case from the engine's history, as a user of the bare engine reads it. */
  private static double engineHistory(HistoryService history, int index) {
    String processInstanceId = JournalFiller.processInstanceId(index);
    long start = System.nanoTime();
    List<HistoricActivityInstance> activities =
        history
            .createHistoricActivityInstanceQuery()
            .processInstanceId(processInstanceId)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list();
    long end = System.nanoTime();
    check(activities.size(), processInstanceId);
    return (end - start) / 1e6;
  }

  private static void check(int rows, String what) {
    if (rows != ROWS_PER_CASE) {
      throw new IllegalStateException(
          "expected " + ROWS_PER_CASE + " rows for " + what + ", found " + rows);
    }
  }

  private List<Result> results(String database, List<double[]> pairs) {
    List<Double> query = new ArrayList<>();
    List<Double> cycle = new ArrayList<>();
    List<Double> fromHistory = new ArrayList<>();
    List<Double> queryRatios = new ArrayList<>();
    List<Double> cycleRatios = new ArrayList<>();
    for (double[] pair : pairs) {
      query.add(pair[0]);
      cycle.add(pair[1]);
      fromHistory.add(pair[2]);
      queryRatios.add(pair[0] / pair[2]);
      cycleRatios.add(pair[1] / pair[2]);
    }
    double historyMedian = Stats.of(fromHistory).median();
    String sample = pairs.size() + " pairs, " + options.journalSize() + " rows";
    return List.of(
        result(
            database, "case-query", Stats.of(query), historyMedian, Stats.of(queryRatios), sample),
        result(database, "cycle", Stats.of(cycle), historyMedian, Stats.of(cycleRatios), sample));
  }

  private static Result result(
      String database,
      String what,
      Stats prima,
      double historyMedian,
      Stats ratios,
      String sample) {
    // "history": the engine's own history, on Camunda 7 or Operaton alike (the header names which)
    String label = what + " prima/history";
    String detail =
        String.format(
            Locale.ROOT,
            "%-8s %-22s prima %.3f ms  history %.3f ms  ratio %s)  (%s)",
            database,
            label,
            prima.median(),
            historyMedian,
            ratios.ratioWithIqr(),
            what.equals("cycle") ? "query + ServiceCycle.of" : "query only");
    return new Result(detail, Result.ratioLine(database, label, ratios, sample));
  }
}
