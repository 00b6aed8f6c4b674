package dev.prima.benchmarks;

import java.util.List;
import java.util.Optional;

/**
 * The command line: {@code --rounds}, {@code --instances}, {@code --warmup}, {@code
 * --journal-size}, {@code --pairs}, {@code --db h2|postgres|both}, {@code --verbose}, {@code
 * --quick}, {@code --only throughput|export|deploy|scale|upkeep}, {@code --scale-touchpoints},
 * {@code --scale-pairs}, {@code --scale-questions}, {@code --keep}, {@code --scale-db} and {@code
 * --interleave instance|round}.
 *
 * @param rounds measured throughput rounds per scenario
 * @param instances process instances per engine per round
 * @param warmup unmeasured rounds before the measured ones
 * @param journalSize touchpoints (and activity instances) in the tables for the query benchmark
 * @param pairs measured query pairs
 * @param databases the databases to run on, {@code h2} and/or {@code postgres}
 * @param verbose whether every round's figures are printed
 * @param deployTasks the sizes (user tasks per model) of the deployment benchmark
 * @param deployRounds measured deployment pairs per size
 * @param only the one benchmark to run ({@code export}, {@code deploy}, {@code scale} or {@code
 *     upkeep}), or empty for all
 * @param scaleTouchpoints touchpoints in the scale scenario's journal
 * @param scalePairs measured pairs of the scale scenario's month-long queries
 * @param keep whether the scale scenario keeps its filled database for the next run
 * @param scaleDb the scale scenario's database on the server of {@code PRIMA_BENCH_JDBC_URL}
 * @param scaleQuestions the scale scenario's questions to ask ({@link #SCALE_QUESTIONS}), in that
 *     order
 * @param interleave how the throughput benchmark's engines take turns within a round: {@link
 *     #BY_INSTANCE} (one instance each) or {@link #BY_ROUND} (all N instances each)
 */
record Options(
    int rounds,
    int instances,
    int warmup,
    int journalSize,
    int pairs,
    List<String> databases,
    boolean verbose,
    List<Integer> deployTasks,
    int deployRounds,
    Optional<String> only,
    long scaleTouchpoints,
    int scalePairs,
    boolean keep,
    String scaleDb,
    List<String> scaleQuestions,
    String interleave) {

  /** The throughput engines take turns one instance at a time. */
  static final String BY_INSTANCE = "instance";

  /** Each throughput engine runs its round's instances in a row. */
  static final String BY_ROUND = "round";

  /** The scale scenario's questions, in the order they are asked. */
  static final List<String> SCALE_QUESTIONS =
      List.of("cycle", "cycle-call", "profile", "breaches", "accountability", "report", "xes");

  static final String USAGE =
      "usage: java -jar prima-benchmarks.jar [--quick] [--rounds N] [--instances N] [--warmup N]"
          + " [--journal-size N] [--pairs N] [--deploy-tasks N,N..] [--deploy-rounds N]"
          + " [--db h2|postgres|both] [--verbose] [--only throughput|export|deploy|scale|upkeep]"
          + " [--scale-touchpoints N] [--scale-pairs N] [--keep]"
          + " [--scale-db NAME] [--scale-questions cycle,cycle-call,profile,breaches,"
          + "accountability,report,xes] [--interleave instance|round]";

  /** Parses the arguments; {@code --quick} sets smaller defaults that explicit flags override. */
  static Options parse(String... args) {
    boolean quick = List.of(args).contains("--quick");
    boolean verbose = List.of(args).contains("--verbose");
    boolean keep = List.of(args).contains("--keep");
    long scaleTouchpoints = 10_000_000L;
    int scalePairs = quick ? 3 : 7;
    int rounds = quick ? 3 : 30;
    int instances = quick ? 50 : 200;
    int warmup = quick ? 1 : 3;
    int journalSize = quick ? 20_000 : 1_000_000;
    int pairs = quick ? 50 : 200;
    List<String> databases = List.of("h2", "postgres");
    List<Integer> deployTasks = quick ? List.of(500) : List.of(2_000, 8_000);
    int deployRounds = quick ? 2 : 7;
    Optional<String> only = Optional.empty();
    String scaleDb = PostgresScratch.SCALE;
    List<String> scaleQuestions = SCALE_QUESTIONS;
    String interleave = BY_INSTANCE;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--quick") || flag.equals("--verbose") || flag.equals("--keep")) {
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value. " + USAGE);
      }
      String value = args[++i];
      switch (flag) {
        case "--rounds" -> rounds = positive(flag, value);
        case "--instances" -> instances = positive(flag, value);
        case "--warmup" -> warmup = nonNegative(flag, value);
        case "--journal-size" -> journalSize = tens(flag, value);
        case "--pairs" -> pairs = positive(flag, value);
        case "--db" -> databases = databases(value);
        case "--deploy-tasks" ->
            deployTasks =
                java.util.Arrays.stream(value.split(",")).map(v -> positive(flag, v)).toList();
        case "--deploy-rounds" -> deployRounds = positive(flag, value);
        case "--only" -> only = Optional.of(only(value));
        case "--scale-touchpoints" -> scaleTouchpoints = positive(flag, value);
        case "--scale-pairs" -> scalePairs = positive(flag, value);
        case "--scale-db" -> scaleDb = databaseName(flag, value);
        case "--scale-questions" -> scaleQuestions = scaleQuestions(flag, value);
        case "--interleave" -> interleave = interleave(flag, value);
        default -> throw new IllegalArgumentException("unknown flag " + flag + ". " + USAGE);
      }
    }
    return new Options(
        rounds,
        instances,
        warmup,
        journalSize,
        pairs,
        databases,
        verbose,
        deployTasks,
        deployRounds,
        only,
        scaleTouchpoints,
        scalePairs,
        keep,
        scaleDb,
        scaleQuestions,
        interleave);
  }

  private static String interleave(String flag, String value) {
    if (!List.of(BY_INSTANCE, BY_ROUND).contains(value)) {
      throw new IllegalArgumentException(
          flag + " must be " + BY_INSTANCE + " or " + BY_ROUND + ", but was '" + value + "'");
    }
    return value;
  }

  private static List<String> scaleQuestions(String flag, String value) {
    List<String> asked = List.of(value.split(","));
    for (String question : asked) {
      if (!SCALE_QUESTIONS.contains(question)) {
        throw new IllegalArgumentException(
            flag + " takes some of " + SCALE_QUESTIONS + ", but was '" + question + "'");
      }
    }
    return SCALE_QUESTIONS.stream().filter(asked::contains).toList();
  }

  private static String databaseName(String flag, String value) {
    if (!value.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException(
          flag
              + " must be a PostgreSQL name in lower case (letters, digits, _), but was '"
              + value
              + "'");
    }
    return value;
  }

  private static String only(String value) {
    if (!List.of("throughput", "export", "deploy", "scale", "upkeep").contains(value)) {
      throw new IllegalArgumentException(
          "--only must be throughput, export, deploy, scale or upkeep, but was '" + value + "'");
    }
    return value;
  }

  private static List<String> databases(String value) {
    return switch (value) {
      case "h2" -> List.of("h2");
      case "postgres" -> List.of("postgres");
      case "both" -> List.of("h2", "postgres");
      default ->
          throw new IllegalArgumentException(
              "--db must be h2, postgres or both, but was '" + value + "'");
    };
  }

  private static int positive(String flag, String value) {
    int number = number(flag, value);
    if (number < 1) {
      throw new IllegalArgumentException(flag + " must be at least 1, but was " + number);
    }
    return number;
  }

  private static int nonNegative(String flag, String value) {
    int number = number(flag, value);
    if (number < 0) {
      throw new IllegalArgumentException(flag + " must not be negative, but was " + number);
    }
    return number;
  }

  private static int tens(String flag, String value) {
    int number = positive(flag, value);
    if (number % QueryBenchmark.ROWS_PER_CASE != 0) {
      throw new IllegalArgumentException(
          flag + " must be a multiple of " + QueryBenchmark.ROWS_PER_CASE + ", but was " + number);
    }
    return number;
  }

  private static int number(String flag, String value) {
    try {
      return Integer.parseInt(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a number, but was '" + value + "'", e);
    }
  }
}
