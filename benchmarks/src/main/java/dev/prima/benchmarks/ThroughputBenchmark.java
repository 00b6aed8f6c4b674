package dev.prima.benchmarks;

import dev.prima.Prima;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Prima against the bare engine in the same JVM: each round runs N instances on one engine, then N
 * on the other (alternating which goes first), and yields the paired ratio of their throughputs.
 */
final class ThroughputBenchmark {

  private final Options options;

  ThroughputBenchmark(Options options) {
    this.options = options;
  }

  /** Runs one scenario on fresh engines that are closed (and their schemas dropped) afterwards. */
  Result run(Database database, Scenario scenario) {
    String engineSuffix = database.name() + "-" + scenario.primaHistory().camundaName();
    ProcessEngine bareEngine =
        Engines.bare("bench-bare-" + engineSuffix, database.forBare(), scenario.bareHistory());
    try (Prima prima =
        Engines.prima(
            "bench-prima-" + engineSuffix, database.forPrima(), scenario.primaHistory())) {
      ServiceDriver bare = new ServiceDriver(bareEngine);
      ServiceDriver withPrima = new ServiceDriver(prima.processEngine());
      for (int round = 0; round < options.warmup(); round++) {
        double[] rates = round(bare, withPrima, "w" + round, round % 2 == 0);
        trace(database, scenario, "warm-up " + round, rates);
      }
      List<Double> ratios = new ArrayList<>();
      List<Double> bareRates = new ArrayList<>();
      List<Double> primaRates = new ArrayList<>();
      for (int round = 0; round < options.rounds(); round++) {
        double[] rates = round(bare, withPrima, "r" + round, round % 2 == 0);
        bareRates.add(rates[0]);
        primaRates.add(rates[1]);
        ratios.add(rates[1] / rates[0]);
        trace(database, scenario, "round " + round, rates);
      }
      checkJournal(prima);
      return result(database, scenario, Stats.of(ratios), bareRates, primaRates);
    } finally {
      bareEngine.close();
    }
  }

  /** One round; returns {bare, prima} throughput in instances per second. */
  private double[] round(ServiceDriver bare, ServiceDriver prima, String key, boolean bareFirst) {
    int n = options.instances();
    if (bareFirst) {
      double bareRate = bare.run(key, n);
      return new double[] {bareRate, prima.run(key, n)};
    }
    double primaRate = prima.run(key, n);
    return new double[] {bare.run(key, n), primaRate};
  }

  private void trace(Database database, Scenario scenario, String round, double[] rates) {
    if (options.verbose()) {
      System.out.printf(
          Locale.ROOT,
          "  %s %s %s: bare %.1f inst/s, prima %.1f inst/s, ratio %.2f%n",
          database.name(),
          scenario.label(),
          round,
          rates[0],
          rates[1],
          rates[1] / rates[0]);
    }
  }

  /** Fails unless Prima recorded all five touchpoints of a measured instance. */
  private static void checkJournal(Prima prima) {
    int recorded = prima.touchpoints().query().caseId("r0-0").list().size();
    if (recorded != 5) {
      throw new IllegalStateException("expected 5 touchpoints for case r0-0, found " + recorded);
    }
  }

  private Result result(
      Database database,
      Scenario scenario,
      Stats ratios,
      List<Double> bareRates,
      List<Double> primaRates) {
    String detail =
        String.format(
            Locale.ROOT,
            "%-8s %-22s prima(%s) %7.1f inst/s  bare(%s) %7.1f inst/s  ratio %s)  target >= %.2f",
            database.name(),
            scenario.label(),
            scenario.primaHistory().camundaName(),
            Stats.of(primaRates).median(),
            scenario.bareHistory().camundaName(),
            Stats.of(bareRates).median(),
            ratios.ratioWithIqr(),
            scenario.target());
    String sample = options.rounds() + " rounds of " + options.instances();
    return new Result(detail, Result.ratioLine(database.name(), scenario.label(), ratios, sample));
  }
}
