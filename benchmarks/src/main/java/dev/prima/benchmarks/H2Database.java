package dev.prima.benchmarks;

import java.util.UUID;

/**
 * A fresh private H2 in-memory database per engine, with H2's default settings for every engine
 * (unlike {@code Prima.builder().h2InMemory()}, which raises H2's statement cache), so that the
 * bare engine runs as a plain Camunda set-up would.
 */
final class H2Database implements Database {

  @Override
  public String name() {
    return "h2";
  }

  @Override
  public JdbcTarget forBare() {
    return fresh("bare");
  }

  @Override
  public JdbcTarget forPrima() {
    return fresh("prima");
  }

  @Override
  public JdbcTarget forControl() {
    return fresh("control");
  }

  private static JdbcTarget fresh(String role) {
    return new JdbcTarget(
        "jdbc:h2:mem:bench-" + role + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  @Override
  public void close() {}
}
