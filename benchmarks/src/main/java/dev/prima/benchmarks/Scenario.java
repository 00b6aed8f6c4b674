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
 */
record Scenario(String label, History primaHistory, History bareHistory, double target) {

  /** (a) same history level; (b) Prima without history against the bare engine with full. */
  static final List<Scenario> ALL =
      List.of(
          new Scenario("audit prima/bare", History.AUDIT, History.AUDIT, 0.95),
          new Scenario("prima-none/bare-full", History.NONE, History.FULL, 1.5));
}
