package dev.prima.benchmarks;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;

/**
 * Runs every benchmark and prints one line per measurement, then the ratios as the last lines.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/prima-benchmarks.jar [--quick] [--db h2|postgres|both] ...
 * </pre>
 */
public final class Benchmarks {

  private Benchmarks() {}

  /** The command line entry point; see {@link Options#USAGE}. */
  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--help")) {
      System.out.println(Options.USAGE);
      return;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    header(options);
    List<String> ratios = new ArrayList<>();
    if (options.only().equals(Optional.of("export"))) {
      ratios.addAll(new ExportBenchmark(options).run());
      System.out.println();
      ratios.forEach(System.out::println);
      return;
    }
    if (options.only().equals(Optional.of("scale"))) {
      ratios.addAll(new ScaleBenchmark(options).run());
      System.out.println();
      ratios.forEach(System.out::println);
      return;
    }
    if (options.only().equals(Optional.of("upkeep"))) {
      ratios.addAll(new UpkeepBenchmark(options).run());
      System.out.println();
      ratios.forEach(System.out::println);
      return;
    }
    boolean deployOnly = options.only().equals(Optional.of("deploy"));
    boolean throughputOnly = options.only().equals(Optional.of("throughput"));
    for (String name : options.databases()) {
      Optional<Database> database =
          name.equals("h2") ? Optional.of(new H2Database()) : PostgresScratch.fromEnvironment();
      if (database.isPresent()) {
        try (Database db = database.get()) {
          if (deployOnly) {
            ratios.addAll(runDeployments(db, options));
          } else if (throughputOnly) {
            ratios.addAll(runThroughput(db, options));
          } else {
            ratios.addAll(runAll(db, options));
          }
        }
      }
    }
    if (options.only().isEmpty()) {
      ratios.addAll(new ExportBenchmark(options).run());
    }
    System.out.println();
    ratios.forEach(System.out::println);
  }

  private static List<String> runAll(Database database, Options options) throws Exception {
    List<String> ratios = new ArrayList<>(runThroughput(database, options));
    for (Result result : new QueryBenchmark(options).run(database)) {
      ratios.add(report(result));
    }
    ratios.addAll(runDeployments(database, options));
    return ratios;
  }

  private static List<String> runThroughput(Database database, Options options) throws Exception {
    List<String> ratios = new ArrayList<>();
    ThroughputBenchmark throughput = new ThroughputBenchmark(options);
    for (Scenario scenario : Scenario.ALL) {
      for (Result result : throughput.run(database, scenario)) {
        ratios.add(report(result));
      }
    }
    return ratios;
  }

  private static List<String> runDeployments(Database database, Options options) throws Exception {
    List<String> ratios = new ArrayList<>();
    for (Result result : new DeploymentBenchmark(options).run(database)) {
      ratios.add(report(result));
    }
    return ratios;
  }

  private static String report(Result result) {
    System.out.println(result.detail());
    return result.ratio();
  }

  private static void header(Options options) {
    Runtime runtime = Runtime.getRuntime();
    System.out.println("Prima benchmarks");
    System.out.printf(
        "JVM      %s %s (%s), max heap %d MiB%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"),
        runtime.maxMemory() / (1024 * 1024));
    System.out.printf(
        "machine  %d cores, %s %s %s%n",
        runtime.availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"));
    // which engine this jar was built for: prima-benchmarks.jar or prima-benchmarks-operaton.jar
    System.out.printf(
        "engine   %s %s%n",
        ProcessEngine.class.getPackageName(), ProductPropertiesUtil.getProductVersion());
    System.out.println(
        "date     " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    if (options.only().equals(Optional.of("upkeep"))) {
      System.out.printf(
          "settings upkeep: %d touchpoints in database %s%n%n",
          options.scaleTouchpoints(), options.scaleDb());
      return;
    }
    if (options.only().equals(Optional.of("scale"))) {
      System.out.printf(
          "settings scale: %d touchpoints, %d cycle pairs, %d pairs per month query%s%n%n",
          options.scaleTouchpoints(),
          options.pairs(),
          options.scalePairs(),
          options.keep() ? ", database kept" : "");
      return;
    }
    System.out.printf(
        "settings %d warm-up + %d rounds of %d instances per engine, interleaved by %s; journal %d"
            + " rows; %d query pairs; db %s%n",
        options.warmup(),
        options.rounds(),
        options.instances(),
        options.interleave(),
        options.journalSize(),
        options.pairs(),
        String.join(",", options.databases()));
    System.out.println();
  }
}
