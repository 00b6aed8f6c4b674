package dev.prima.benchmarks;

/**
 * Where a benchmark runs. Each engine gets its own database: Camunda keeps its history level in its
 * tables, so two engines with different levels cannot share one schema.
 */
interface Database extends AutoCloseable {

  /** {@code h2} or {@code postgres}, as printed. */
  String name();

  /** An empty database for the bare engine. */
  JdbcTarget forBare();

  /** An empty database for the Prima engine. */
  JdbcTarget forPrima();

  /** An empty database for the control engine, a second bare engine. */
  JdbcTarget forControl();

  /** Releases what this database created. */
  @Override
  void close();
}
