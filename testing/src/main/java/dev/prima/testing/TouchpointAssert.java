package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointKind;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one touchpoint: where and how the citizen met the service, who served, how it ended
 * and how long it took. Start from {@link PrimaAssertions#assertThat(Touchpoint)} or from {@link
 * AbstractServiceCycleAssert#moment(String)}, whose failures also show the cycle.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class TouchpointAssert extends AbstractAssert<TouchpointAssert, Touchpoint> {

  private final String context;

  /**
   * Creates an assertion on {@code actual}; {@link PrimaAssertions#assertThat(Touchpoint)} reads
   * better.
   *
   * @param actual the touchpoint under test
   */
  public TouchpointAssert(Touchpoint actual) {
    this(actual, null);
  }

  TouchpointAssert(Touchpoint actual, String context) {
    super(actual, TouchpointAssert.class);
    this.context = context;
  }

  /**
   * The moment-of-truth name is {@code moment}.
   *
   * @param moment the expected moment name
   * @return this assertion, for chaining
   */
  public TouchpointAssert hasMoment(String moment) {
    return check("moment", moment, present().moment());
  }

  /**
   * The BPMN element is {@code elementId}.
   *
   * @param elementId the expected BPMN element id
   * @return this assertion, for chaining
   */
  public TouchpointAssert hasElementId(String elementId) {
    return check("element", elementId, present().elementId());
  }

  /**
   * The channel is {@code channel}.
   *
   * @param channel the expected channel
   * @return this assertion, for chaining
   */
  public TouchpointAssert hasChannel(Channel channel) {
    return check("channel", channel, present().channel());
  }

  /**
   * The service blueprint lane is {@code lane}.
   *
   * @param lane the expected lane
   * @return this assertion, for chaining
   */
  public TouchpointAssert isInLane(Lane lane) {
    return check("lane", lane, present().lane());
  }

  /**
   * The touchpoint kind is {@code kind}.
   *
   * @param kind the expected kind
   * @return this assertion, for chaining
   */
  public TouchpointAssert isOfKind(TouchpointKind kind) {
    return check("kind", kind, present().kind());
  }

  /**
   * The outcome is {@code outcome}.
   *
   * @param outcome the expected outcome
   * @return this assertion, for chaining
   */
  public TouchpointAssert hasOutcome(Outcome outcome) {
    return check("outcome", outcome, present().outcome());
  }

  /**
   * The citizen is at this moment now.
   *
   * @return this assertion, for chaining
   */
  public TouchpointAssert isActive() {
    return hasOutcome(Outcome.ACTIVE);
  }

  /**
   * The moment ended normally.
   *
   * @return this assertion, for chaining
   */
  public TouchpointAssert isCompleted() {
    return hasOutcome(Outcome.COMPLETED);
  }

  /**
   * The moment was cut short by an interrupting event, such as a deadline timer.
   *
   * @return this assertion, for chaining
   */
  public TouchpointAssert isInterrupted() {
    return hasOutcome(Outcome.INTERRUPTED);
  }

  /**
   * The person who served is {@code userId}.
   *
   * @param userId the expected user id
   * @return this assertion, for chaining
   */
  public TouchpointAssert wasServedBy(String userId) {
    return check("person", userId, present().userId());
  }

  /**
   * The role (candidate group) that served is {@code role}.
   *
   * @param role the expected candidate group
   * @return this assertion, for chaining
   */
  public TouchpointAssert wasServedByRole(String role) {
    return check("role", role, present().role());
  }

  /**
   * The moment lasted exactly {@code expected}.
   *
   * @param expected the expected duration
   * @return this assertion, for chaining
   */
  public TouchpointAssert hasDuration(Duration expected) {
    Objects.requireNonNull(expected, "expected must not be null");
    Duration duration = duration();
    if (!duration.equals(expected)) {
      fail("to have lasted " + ServiceTimeAssert.show(expected), duration);
    }
    return this;
  }

  /**
   * The moment lasted at most {@code limit}.
   *
   * @param limit the longest allowed duration
   * @return this assertion, for chaining
   */
  public TouchpointAssert hasDurationAtMost(Duration limit) {
    Objects.requireNonNull(limit, "limit must not be null");
    Duration duration = duration();
    if (duration.compareTo(limit) > 0) {
      fail("to have lasted at most " + ServiceTimeAssert.show(limit), duration);
    }
    return this;
  }

  /**
   * The moment lasted at least {@code minimum}.
   *
   * @param minimum the shortest expected duration
   * @return this assertion, for chaining
   */
  public TouchpointAssert hasDurationAtLeast(Duration minimum) {
    Objects.requireNonNull(minimum, "minimum must not be null");
    Duration duration = duration();
    if (duration.compareTo(minimum) < 0) {
      fail("to have lasted at least " + ServiceTimeAssert.show(minimum), duration);
    }
    return this;
  }

  private Duration duration() {
    Optional<Duration> duration = present().duration();
    if (duration.isEmpty()) {
      failWithMessage(
          "%s",
          expecting()
              + " to have a duration (it has none: "
              + (actual.isActive() ? "it is still active" : "its start is unknown")
              + ")"
              + context());
    }
    return duration.orElseThrow();
  }

  private void fail(String expectation, Duration actualDuration) {
    failWithMessage(
        "%s",
        expecting()
            + " "
            + expectation
            + " (it lasted "
            + ServiceTimeAssert.show(actualDuration)
            + ")"
            + context());
  }

  private TouchpointAssert check(String property, Object expected, Object found) {
    if (!Objects.equals(expected, found)) {
      failWithMessage(
          "%s",
          expecting()
              + " to have "
              + property
              + " "
              + expected
              + " (it was "
              + (found == null ? "not declared or not known" : found)
              + ")"
              + context());
    }
    return this;
  }

  private Touchpoint present() {
    isNotNull();
    return actual;
  }

  private String expecting() {
    return "Expecting the touchpoint '"
        + actual.moment()
        + "' at "
        + actual.elementId()
        + " of case "
        + actual.caseId();
  }

  private String context() {
    return context != null ? context : "\nTouchpoint: " + actual;
  }
}
