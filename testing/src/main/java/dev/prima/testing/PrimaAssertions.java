package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.Prima;
import dev.prima.journey.Journeys;
import dev.prima.journey.ServiceCycle;
import dev.prima.touchpoint.Touchpoint;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Entry point for Prima's AssertJ assertions, in the language of the service: cycles of service,
 * touchpoints and process coverage.
 *
 * <pre>{@code
 * assertThatCase(prima, "SKT-1")
 *     .hasMoments("Application handed in at the counter", "Documents checked at the counter")
 *     .momentServedBy("Documents checked at the counter", "siti")
 *     .hasWaitAtMost("Documents checked at the counter", Duration.ofMinutes(30));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class PrimaAssertions {

  private PrimaAssertions() {}

  /**
   * {@return an assertion on the cycle of service of one case}
   *
   * @param actual the cycle under test, from {@link dev.prima.journey.Journeys}
   */
  public static ServiceCycleAssert assertThat(ServiceCycle actual) {
    return new ServiceCycleAssert(actual);
  }

  /**
   * {@return an assertion on one touchpoint}
   *
   * @param actual the touchpoint under test
   */
  public static TouchpointAssert assertThat(Touchpoint actual) {
    return new TouchpointAssert(actual);
  }

  /**
   * {@return an assertion on test coverage}
   *
   * @param actual the coverage under test, such as {@link PrimaExtension#coverage()}
   */
  public static CoverageAssert assertThat(CoverageReport actual) {
    return new CoverageAssert(actual);
  }

  /**
   * Same as {@link #assertThat(CoverageReport)}, for reading next to other assertions.
   *
   * @param actual the coverage under test
   * @return an assertion on it
   */
  public static CoverageAssert assertThatCoverage(CoverageReport actual) {
    return assertThat(actual);
  }

  /**
   * {@return the cycle of service of case {@code caseId} as it is now}
   *
   * @param prima the Prima whose journal is read
   * @param caseId the case id (business key)
   * @throws AssertionError if the journal holds no touchpoint of the case, listing the cases it
   *     holds
   */
  public static ServiceCycleAssert assertThatCase(Prima prima, String caseId) {
    Objects.requireNonNull(prima, "prima must not be null");
    Optional<ServiceCycle> cycle = prima.journeys().cycleOf(caseId);
    if (cycle.isEmpty()) {
      TreeSet<String> cases = new TreeSet<>();
      prima.touchpoints().query().listPage(0, 1000).forEach(t -> cases.add(t.caseId()));
      throw new AssertionError(
          "Expecting case "
              + caseId
              + " to have a cycle of service, but the journal holds no touchpoint of it;"
              + " cases in the journal: "
              + cases);
    }
    return assertThat(cycle.get());
  }

  /**
   * {@return the cycle of service of case {@code caseId} as it is now}
   *
   * @param journeys the journeys to read the case from
   * @param caseId the case id (business key)
   * @throws AssertionError if the journal holds no touchpoint of the case
   */
  public static ServiceCycleAssert assertThatCase(Journeys journeys, String caseId) {
    Objects.requireNonNull(journeys, "journeys must not be null");
    return assertThat(
        journeys
            .cycleOf(caseId)
            .orElseThrow(
                () ->
                    new AssertionError(
                        "Expecting case "
                            + caseId
                            + " to have a cycle of service, but the journal holds no touchpoint"
                            + " of it")));
  }
}
