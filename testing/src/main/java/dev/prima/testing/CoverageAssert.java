package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on process coverage; failures list what no test reached, per process. Start from
 * {@link PrimaAssertions#assertThat(CoverageReport)}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CoverageAssert extends AbstractAssert<CoverageAssert, CoverageReport> {

  /**
   * Creates an assertion on {@code actual}; {@link PrimaAssertions#assertThat(CoverageReport)}
   * reads better.
   *
   * @param actual the coverage report under test
   */
  public CoverageAssert(CoverageReport actual) {
    super(actual, CoverageAssert.class);
  }

  /**
   * At least this share of all flow nodes and sequence flows was reached, from 0 to 1.
   *
   * @param minimum the least share, from 0 to 1
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if {@code minimum} is not from 0 to 1
   */
  public CoverageAssert isAtLeast(double minimum) {
    checkRatio(minimum);
    isNotNull();
    if (actual.processes().isEmpty()) {
      fail("to cover at least " + ProcessCoverage.percent(minimum) + ", but no process ran");
    }
    if (actual.ratio() < minimum) {
      fail(
          "to be at least "
              + ProcessCoverage.percent(minimum)
              + ", but it was "
              + ProcessCoverage.percent(actual.ratio()));
    }
    return this;
  }

  /**
   * At least this share of the elements of one process was reached, from 0 to 1.
   *
   * @param processKey the process definition key
   * @param minimum the least share, from 0 to 1
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if {@code minimum} is not from 0 to 1
   */
  public CoverageAssert hasProcessCoverageAtLeast(String processKey, double minimum) {
    checkRatio(minimum);
    ProcessCoverage process = process(processKey);
    if (process.ratio() < minimum) {
      fail(
          "of process "
              + processKey
              + " to be at least "
              + ProcessCoverage.percent(minimum)
              + ", but it was "
              + ProcessCoverage.percent(process.ratio()));
    }
    return this;
  }

  /**
   * These flow nodes or sequence flows of one process were all reached.
   *
   * @param processKey the process definition key
   * @param elementIds flow node or sequence flow ids of that process
   * @return this assertion, for chaining
   */
  public CoverageAssert hasCovered(String processKey, String... elementIds) {
    ProcessCoverage process = process(processKey);
    Set<String> missing = new TreeSet<>();
    for (String id : elementIds) {
      if (!process.coveredFlowNodes().contains(id)
          && !process.coveredSequenceFlows().contains(id)) {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      fail(
          "of process "
              + processKey
              + " to include "
              + List.of(elementIds)
              + ", but "
              + missing
              + " were not reached");
    }
    return this;
  }

  private ProcessCoverage process(String processKey) {
    isNotNull();
    Optional<ProcessCoverage> process = actual.process(processKey);
    if (process.isEmpty()) {
      fail(
          "to include the process "
              + processKey
              + ", but only "
              + actual.processes().keySet()
              + " were deployed");
    }
    return process.orElseThrow();
  }

  private void fail(String expectation) {
    failWithMessage(
        "%s",
        "Expecting the process coverage of "
            + actual.name()
            + " "
            + expectation
            + ":"
            + actual.processes().values().stream()
                .map(CoverageAssert::describe)
                .collect(Collectors.joining()));
  }

  private static String describe(ProcessCoverage process) {
    return "\n  "
        + process
        + (process.missedFlowNodes().isEmpty()
            ? ""
            : "\n    flow nodes not reached: " + process.missedFlowNodes())
        + (process.missedSequenceFlows().isEmpty()
            ? ""
            : "\n    sequence flows not taken: " + process.missedSequenceFlows());
  }

  private static void checkRatio(double ratio) {
    if (!(ratio >= 0 && ratio <= 1)) {
      throw new IllegalArgumentException(
          "a coverage ratio must be from 0 to 1, such as 0.9 for 90%, but was " + ratio);
    }
  }
}
