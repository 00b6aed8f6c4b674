package dev.prima.benchmarks;

import dev.prima.Prima;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prima against the bare engine in the same JVM: each round runs N instances on the bare engine, on
 * Prima and on a second bare engine (the control), in an order that rotates from round to round,
 * and yields the paired ratios prima/bare and control/bare. The control measures nothing but the
 * noise of the machine and of running two engines in one JVM: a prima/bare ratio is only worth the
 * distance between it and the control's.
 */
final class ThroughputBenchmark {

  /** Indexes of the engines in a round's throughputs. */
  private static final int BARE = 0;

  private static final int PRIMA = 1;
  private static final int CONTROL = 2;

  private final Options options;

  ThroughputBenchmark(Options options) {
    this.options = options;
  }

  /**
   * Runs one scenario on fresh engines that are closed (and their schemas dropped) afterwards.
   *
   * @return the prima/bare result, then the control's
   */
  List<Result> run(Database database, Scenario scenario) throws Exception {
    String engineSuffix =
        database.name()
            + "-"
            + scenario.primaHistory().camundaName()
            + (scenario.spring() ? "-spring" : "");
    try (Engines.Running bare =
            Engines.bare(
                "bench-bare-" + engineSuffix,
                database.forBare(),
                scenario.bareHistory(),
                scenario.spring());
        Engines.Running primaEngine =
            Engines.prima(
                "bench-prima-" + engineSuffix,
                database.forPrima(),
                scenario.primaHistory(),
                scenario.spring());
        Engines.Running control =
            Engines.bare(
                "bench-control-" + engineSuffix,
                database.forControl(),
                scenario.bareHistory(),
                scenario.spring())) {
      Prima prima = primaEngine.prima();
      List<ServiceDriver> drivers =
          List.of(
              new ServiceDriver(bare.engine(), "bare " + scenario.label()),
              new ServiceDriver(primaEngine.engine(), "prima " + scenario.label()),
              new ServiceDriver(control.engine(), "control " + scenario.label()));
      for (int round = 0; round < options.warmup(); round++) {
        double[] rates = round(drivers, "w" + round, round);
        trace(database, scenario, "warm-up " + round, rates);
      }
      List<Double> ratios = new ArrayList<>();
      List<Double> controlRatios = new ArrayList<>();
      List<Double> bareRates = new ArrayList<>();
      List<Double> primaRates = new ArrayList<>();
      for (int round = 0; round < options.rounds(); round++) {
        double[] rates = round(drivers, "r" + round, round);
        bareRates.add(rates[BARE]);
        primaRates.add(rates[PRIMA]);
        ratios.add(rates[PRIMA] / rates[BARE]);
        controlRatios.add(rates[CONTROL] / rates[BARE]);
        trace(database, scenario, "round " + round, rates);
      }
      checkJournal(prima);
      return List.of(
          result(database, scenario, Stats.of(ratios), bareRates, primaRates),
          control(database, scenario, Stats.of(controlRatios)));
    }
  }

  /**
   * One round: each engine runs the same number of instances, starting with the engine the round
   * number points at. Returns the throughputs in instances per second, indexed BARE, PRIMA,
   * CONTROL.
   */
  private double[] round(List<ServiceDriver> drivers, String key, int round) {
    double[] rates = new double[drivers.size()];
    for (int i = 0; i < drivers.size(); i++) {
      int engine = (round + i) % drivers.size();
      rates[engine] = drivers.get(engine).run(key, options.instances());
    }
    return rates;
  }

  private void trace(Database database, Scenario scenario, String round, double[] rates) {
    if (options.verbose()) {
      System.out.printf(
          Locale.ROOT,
          "  %s %s %s: bare %.1f inst/s, prima %.1f inst/s, control %.1f inst/s, ratio %.2f%n",
          database.name(),
          scenario.label(),
          round,
          rates[BARE],
          rates[PRIMA],
          rates[CONTROL],
          rates[PRIMA] / rates[BARE]);
    }
  }

  private Result control(Database database, Scenario scenario, Stats ratios) {
    String label = scenario.controlLabel();
    String detail =
        String.format(
            Locale.ROOT,
            "%-8s %-27s a second bare engine against the first: ratio %s)  (noise floor)",
            database.name(),
            label,
            ratios.ratioWithIqr());
    String sample = options.rounds() + " rounds of " + options.instances();
    return new Result(detail, Result.ratioLine(database.name(), label, ratios, sample));
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
            "%-8s %-27s prima(%s) %7.1f inst/s  bare(%s) %7.1f inst/s  ratio %s)  target >= %.2f",
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
