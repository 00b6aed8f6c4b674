package dev.prima.benchmarks;

import dev.prima.Prima;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prima against the bare engine in the same JVM: each round runs N instances on the bare engine, on
 * Prima and on a second bare engine (the control), and yields the paired ratios prima/bare and
 * control/bare. By default the engines take turns instance by instance, in an order that rotates
 * from instance to instance, so that a slow spell of a shared machine (seconds long) falls on all
 * three alike; {@code --interleave round} runs each engine's N instances in a row instead, in an
 * order that rotates from round to round. The control measures nothing but the noise of the machine
 * and of running two engines in one JVM: a prima/bare ratio is only worth the distance between it
 * and the control's.
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
                scenario.spring());
        ServiceDriver bareDriver = new ServiceDriver(bare.engine(), "bare " + scenario.label());
        ServiceDriver primaDriver =
            new ServiceDriver(primaEngine.engine(), "prima " + scenario.label());
        ServiceDriver controlDriver =
            new ServiceDriver(control.engine(), "control " + scenario.label())) {
      Prima prima = primaEngine.prima();
      List<ServiceDriver> drivers = List.of(bareDriver, primaDriver, controlDriver);
      for (int round = 0; round < options.warmup(); round++) {
        ServiceDriver.Run[] runs = round(drivers, "w" + round, round);
        trace(database, scenario, "warm-up " + round, runs);
      }
      Rounds rounds = new Rounds();
      for (int round = 0; round < options.rounds(); round++) {
        ServiceDriver.Run[] runs = round(drivers, "r" + round, round);
        rounds.add(runs);
        trace(database, scenario, "round " + round, runs);
      }
      checkJournal(prima);
      return List.of(
          result(database, scenario, rounds),
          control(database, scenario, Stats.of(rounds.controlRatios)));
    }
  }

  /** The measured rounds' figures, paired by round. */
  private static final class Rounds {
    final List<Double> ratios = new ArrayList<>();
    final List<Double> controlRatios = new ArrayList<>();
    final List<Double> bareRates = new ArrayList<>();
    final List<Double> primaRates = new ArrayList<>();
    final List<Double> cpuRatios = new ArrayList<>();
    final List<Double> bareCpuMillis = new ArrayList<>();
    final List<Double> primaCpuMillis = new ArrayList<>();
    final List<Double> bareKib = new ArrayList<>();
    final List<Double> primaKib = new ArrayList<>();

    void add(ServiceDriver.Run[] runs) {
      ServiceDriver.Run bare = runs[BARE];
      ServiceDriver.Run prima = runs[PRIMA];
      bareRates.add(bare.rate());
      primaRates.add(prima.rate());
      ratios.add(prima.rate() / bare.rate());
      controlRatios.add(runs[CONTROL].rate() / bare.rate());
      // CPU per instance: the ratio bare/prima reads like the throughput's prima/bare
      cpuRatios.add(bare.cpuNanos() / prima.cpuNanos());
      bareCpuMillis.add(bare.cpuNanos() / 1e6);
      primaCpuMillis.add(prima.cpuNanos() / 1e6);
      bareKib.add(bare.allocatedBytes() / 1024);
      primaKib.add(prima.allocatedBytes() / 1024);
    }
  }

  /**
   * One round: each engine runs the same number of instances, interleaved as {@link
   * Options#interleave()} says. Returns the runs, indexed BARE, PRIMA, CONTROL.
   */
  private ServiceDriver.Run[] round(List<ServiceDriver> drivers, String key, int round) {
    return options.interleave().equals(Options.BY_INSTANCE)
        ? byInstance(drivers, key, round)
        : byRound(drivers, key, round);
  }

  /**
   * Each engine runs its N instances in a row, starting with the engine the round number points at.
   */
  private ServiceDriver.Run[] byRound(List<ServiceDriver> drivers, String key, int round) {
    ServiceDriver.Run[] runs = new ServiceDriver.Run[drivers.size()];
    for (int i = 0; i < drivers.size(); i++) {
      int engine = (round + i) % drivers.size();
      runs[engine] = drivers.get(engine).run(key, options.instances());
    }
    return runs;
  }

  /**
   * The orders of a turn: all six of the three engines, so that each engine goes first, second and
   * last, and after each other engine, equally often.
   */
  private static final int[][] TURN_ORDERS = {
    {BARE, PRIMA, CONTROL},
    {PRIMA, CONTROL, BARE},
    {CONTROL, BARE, PRIMA},
    {BARE, CONTROL, PRIMA},
    {CONTROL, PRIMA, BARE},
    {PRIMA, BARE, CONTROL}
  };

  /**
   * The engines take turns, one instance each, in an order that goes through {@link #TURN_ORDERS}
   * from turn to turn (starting where the round number points); each engine's instances are timed
   * on its own thread and summed.
   */
  private ServiceDriver.Run[] byInstance(List<ServiceDriver> drivers, String key, int round) {
    int engines = drivers.size();
    ServiceDriver.Sample[] totals = new ServiceDriver.Sample[engines];
    Arrays.fill(totals, ServiceDriver.Sample.NONE);
    for (int instance = 0; instance < options.instances(); instance++) {
      for (int engine : TURN_ORDERS[(round + instance) % TURN_ORDERS.length]) {
        totals[engine] = totals[engine].plus(drivers.get(engine).one(key + "-" + instance));
      }
    }
    ServiceDriver.Run[] runs = new ServiceDriver.Run[engines];
    for (int engine = 0; engine < engines; engine++) {
      drivers.get(engine).checkAllEnded();
      runs[engine] = totals[engine].toRun();
    }
    return runs;
  }

  private void trace(Database database, Scenario scenario, String round, ServiceDriver.Run[] runs) {
    if (options.verbose()) {
      System.out.printf(
          Locale.ROOT,
          "  %s %s %s: bare %.1f inst/s, prima %.1f inst/s, control %.1f inst/s, ratio %.2f;"
              + " engine thread per instance: bare %.2f ms %.0f KiB, prima %.2f ms %.0f KiB%n",
          database.name(),
          scenario.label(),
          round,
          runs[BARE].rate(),
          runs[PRIMA].rate(),
          runs[CONTROL].rate(),
          runs[PRIMA].rate() / runs[BARE].rate(),
          runs[BARE].cpuNanos() / 1e6,
          runs[BARE].allocatedBytes() / 1024,
          runs[PRIMA].cpuNanos() / 1e6,
          runs[PRIMA].allocatedBytes() / 1024);
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
    return new Result(detail, Result.ratioLine(database.name(), label, ratios, sample()));
  }

  /** Fails unless Prima recorded all five touchpoints of a measured instance. */
  private static void checkJournal(Prima prima) {
    int recorded = prima.touchpoints().query().caseId("r0-0").list().size();
    if (recorded != 5) {
      throw new IllegalStateException("expected 5 touchpoints for case r0-0, found " + recorded);
    }
  }

  private Result result(Database database, Scenario scenario, Rounds rounds) {
    Stats ratios = Stats.of(rounds.ratios);
    String detail =
        String.format(
            Locale.ROOT,
            "%-8s %-27s prima(%s) %7.1f inst/s  bare(%s) %7.1f inst/s  ratio %s)  target >= %.2f%n"
                + "%37s engine thread per instance: CPU prima %.2f ms, bare %.2f ms"
                + " (bare/prima %s)); allocated prima %.0f KiB, bare %.0f KiB",
            database.name(),
            scenario.label(),
            scenario.primaHistory().camundaName(),
            Stats.of(rounds.primaRates).median(),
            scenario.bareHistory().camundaName(),
            Stats.of(rounds.bareRates).median(),
            ratios.ratioWithIqr(),
            scenario.target(),
            "",
            Stats.of(rounds.primaCpuMillis).median(),
            Stats.of(rounds.bareCpuMillis).median(),
            Stats.of(rounds.cpuRatios).ratioWithIqr(),
            Stats.of(rounds.primaKib).median(),
            Stats.of(rounds.bareKib).median());
    return new Result(
        detail, Result.ratioLine(database.name(), scenario.label(), ratios, sample()));
  }

  /** E.g. {@code 30 rounds of 200, by instance}. */
  private String sample() {
    return options.rounds() + " rounds of " + options.instances() + ", by " + options.interleave();
  }
}
