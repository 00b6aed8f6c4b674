package dev.prima.benchmarks;

import dev.prima.History;
import java.util.List;

/**
 * One throughput comparison: Prima at one history level against the bare engine at another.
 *
 * @param label the label in the output, e.g. {@code audit prima/bare}
 * @param primaHistory Prima's history level
 * @param bareHistory the bare engine's history level
 * @param target the ratio the issue asks for
 * @param spring whether all engines run under Spring-managed transactions ({@code
 *     SpringProcessEngineConfiguration}, a {@code DataSourceTransactionManager} on a Hikari pool)
 *     instead of standalone ones
 */
record Scenario(
    String label, History primaHistory, History bareHistory, double target, boolean spring) {

  /**
   * (a) same history level; (b) Prima without history against the bare engine with full; both
   * standalone and under Spring-managed transactions.
   */
  static final List<Scenario> ALL =
      List.of(
          new Scenario("audit prima/bare", History.AUDIT, History.AUDIT, 0.95, false),
          new Scenario("prima-none/bare-full", History.NONE, History.FULL, 1.5, false),
          new Scenario("spring audit prima/bare", History.AUDIT, History.AUDIT, 0.95, true),
          new Scenario("spring prima-none/bare-full", History.NONE, History.FULL, 1.5, true));

  /** The label of this scenario's control line, e.g. {@code spring audit control/bare}. */
  String controlLabel() {
    return (spring ? "spring " : "") + bareHistory.camundaName() + " control/bare";
  }
}
