package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.journey.Moment;
import dev.prima.journey.ServiceCycle;
import dev.prima.touchpoint.Outcome;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a cycle of service, in the language of the service: moments of truth, who served
 * them, waits, lead time. Every failure shows the actual cycle as a timeline, so the reader sees at
 * once what happened instead.
 *
 * <p>A moment is named by its moment-of-truth name ({@code prima.touchpoint}) or, when no moment
 * has that name, by its BPMN element id. When a moment occurs more than once (a loop), the
 * assertions look at its first occurrence; {@link #moment(String, int)} reaches the others.
 *
 * <p>Extend this class to add assertions for further parts of the service triangle, keeping the
 * failure style with {@link #failWithTimeline(String)}.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public abstract class AbstractServiceCycleAssert<SELF extends AbstractServiceCycleAssert<SELF>>
    extends AbstractAssert<SELF, ServiceCycle> {

  private ZoneId zone = ZoneOffset.UTC;

  /**
   * Creates an assertion on {@code actual}; for subclasses that add their own checks.
   *
   * @param actual the cycle of service under test
   * @param selfType the concrete assertion class, as AssertJ's {@code AbstractAssert} needs it
   */
  protected AbstractServiceCycleAssert(ServiceCycle actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Prints the timeline of failure messages with start times in {@code zone}; default UTC.
   *
   * @param zone the zone of the times in failure messages
   * @return this assertion, for chaining
   */
  public SELF inZone(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone must not be null");
    return myself;
  }

  /**
   * The moments are exactly these, in this order.
   *
   * @param moments the expected moment names, in order
   * @return this assertion, for chaining
   */
  public SELF hasMoments(String... moments) {
    isNotNull();
    List<String> expected = List.of(moments);
    if (!actual.momentNames().equals(expected)) {
      failWithTimeline("to have exactly the moments\n  " + expected);
    }
    return myself;
  }

  /**
   * The moments include these in this order, possibly with others between them.
   *
   * @param moments the moment names expected in this order
   * @return this assertion, for chaining
   */
  public SELF containsMomentsInOrder(String... moments) {
    isNotNull();
    List<String> names = actual.momentNames();
    int at = 0;
    for (String moment : moments) {
      int found = names.subList(at, names.size()).indexOf(moment);
      if (found < 0) {
        failWithTimeline(
            "to contain the moments in order\n  "
                + List.of(moments)
                + "\n('"
                + moment
                + "' is missing"
                + (at == 0 ? "" : " after '" + names.get(at - 1) + "'")
                + ")");
      }
      at += found + 1;
    }
    return myself;
  }

  /**
   * No moment has this name or element id.
   *
   * @param moment a moment name or BPMN element id
   * @return this assertion, for chaining
   */
  public SELF doesNotContainMoment(String moment) {
    isNotNull();
    if (find(moment, 1).isPresent()) {
      failWithTimeline("not to contain the moment '" + moment + "'");
    }
    return myself;
  }

  /**
   * The case passed through exactly these touchpoint elements, by BPMN element id, in order.
   *
   * @param elementIds the BPMN element ids, in order
   * @return this assertion, for chaining
   */
  public SELF hasPath(String... elementIds) {
    isNotNull();
    List<String> expected = List.of(elementIds);
    if (!actual.elementIds().equals(expected)) {
      failWithTimeline(
          "to have the path\n  " + expected + "\n(its path was\n  " + actual.elementIds() + ")");
    }
    return myself;
  }

  /**
   * The moment was served by the person {@code userId}.
   *
   * @param moment the moment name or element id; its first occurrence is checked
   * @param userId the expected person's user id
   * @return this assertion, for chaining
   */
  public SELF momentServedBy(String moment, String userId) {
    Moment found = require(moment, 1);
    String servedBy = found.touchpoint().userId();
    if (!Objects.equals(servedBy, userId)) {
      failWithTimeline(
          "to have '"
              + moment
              + "' served by "
              + userId
              + " (it was served by "
              + (servedBy == null ? "nobody known" : servedBy)
              + ")");
    }
    return myself;
  }

  /**
   * The moment was served in the role (candidate group) {@code role}.
   *
   * @param moment the moment name or element id; its first occurrence is checked
   * @param role the expected candidate group
   * @return this assertion, for chaining
   */
  public SELF momentServedByRole(String moment, String role) {
    Moment found = require(moment, 1);
    String servedAs = found.touchpoint().role();
    if (!Objects.equals(servedAs, role)) {
      failWithTimeline(
          "to have '"
              + moment
              + "' served by the role "
              + role
              + " (its role was "
              + (servedAs == null ? "none" : servedAs)
              + ")");
    }
    return myself;
  }

  /**
   * The moment ended with {@code outcome} (or is still {@link Outcome#ACTIVE}).
   *
   * @param moment the moment name or element id; its first occurrence is checked
   * @param outcome the expected outcome
   * @return this assertion, for chaining
   */
  public SELF momentHasOutcome(String moment, Outcome outcome) {
    Moment found = require(moment, 1);
    if (found.touchpoint().outcome() != outcome) {
      failWithTimeline(
          "to have '"
              + moment
              + "' end "
              + outcome
              + " (it was "
              + found.touchpoint().outcome()
              + ")");
    }
    return myself;
  }

  /**
   * The citizen waited at most {@code limit} before the moment.
   *
   * @param moment the moment name or element id; its first occurrence is checked
   * @param limit the longest allowed wait
   * @return this assertion, for chaining
   */
  public SELF hasWaitAtMost(String moment, Duration limit) {
    waitBefore(moment).isAtMost(limit);
    return myself;
  }

  /**
   * The citizen waited at least {@code minimum} before the moment.
   *
   * @param moment the moment name or element id; its first occurrence is checked
   * @param minimum the shortest expected wait
   * @return this assertion, for chaining
   */
  public SELF hasWaitAtLeast(String moment, Duration minimum) {
    waitBefore(moment).isAtLeast(minimum);
    return myself;
  }

  /**
   * The whole cycle took at most {@code limit} (so far, while it runs).
   *
   * @param limit the longest allowed lead time
   * @return this assertion, for chaining
   */
  public SELF hasLeadTimeAtMost(Duration limit) {
    leadTime().isAtMost(limit);
    return myself;
  }

  /**
   * The case has ended, with no moment still active.
   *
   * @return this assertion, for chaining
   */
  public SELF isFinished() {
    isNotNull();
    if (actual.end() == null) {
      failWithTimeline("to be finished");
    }
    return myself;
  }

  /**
   * The case is still running.
   *
   * @return this assertion, for chaining
   */
  public SELF isRunning() {
    isNotNull();
    if (actual.end() != null) {
      failWithTimeline("to be running");
    }
    return myself;
  }

  /**
   * The citizen is at this moment now: it is the active moment.
   *
   * @param moment the moment name or element id
   * @return this assertion, for chaining
   */
  public SELF isAtMoment(String moment) {
    isNotNull();
    Optional<Moment> active = actual.active();
    if (active.isEmpty() || !matches(active.get(), moment)) {
      failWithTimeline(
          "to be at the moment '"
              + moment
              + "' ("
              + active.map(m -> "it is at '" + m.name() + "'").orElse("no moment is active")
              + ")");
    }
    return myself;
  }

  /**
   * {@return the wait before the moment's first occurrence, for further assertions}
   *
   * @param moment the moment name or element id
   */
  public ServiceTimeAssert waitBefore(String moment) {
    Moment found = require(moment, 1);
    return new ServiceTimeAssert(
        found.waitBefore(), "the wait before '" + moment + "'", this::failWithTimeline);
  }

  /**
   * {@return the time the citizen spent in the moment's first occurrence, for further assertions}
   *
   * @param moment the moment name or element id
   */
  public ServiceTimeAssert timeIn(String moment) {
    Moment found = require(moment, 1);
    return new ServiceTimeAssert(
        found.timeIn(), "the time in '" + moment + "'", this::failWithTimeline);
  }

  /** {@return the cycle's lead time, for further assertions} */
  public ServiceTimeAssert leadTime() {
    isNotNull();
    return new ServiceTimeAssert(actual.leadTime(), "the lead time", this::failWithTimeline);
  }

  /**
   * {@return the touchpoint of the moment's first occurrence, for further assertions}
   *
   * @param moment the moment name or element id
   */
  public TouchpointAssert moment(String moment) {
    return moment(moment, 1);
  }

  /**
   * {@return the touchpoint of the moment's {@code occurrence}-th occurrence (from 1), for further
   * assertions; their failures show this cycle's timeline too}
   *
   * @param moment the moment name or element id
   * @param occurrence which occurrence, from 1
   */
  public TouchpointAssert moment(String moment, int occurrence) {
    if (occurrence < 1) {
      throw new IllegalArgumentException("occurrence must be at least 1, but was " + occurrence);
    }
    Moment found = require(moment, occurrence);
    return new TouchpointAssert(found.touchpoint(), "\nin the cycle of service:\n" + timeline());
  }

  /**
   * Fails with "Expecting the cycle of service of case X {@code expectation}\nbut it was:" and the
   * actual cycle as a timeline.
   *
   * @param expectation what was expected, completing the sentence, such as {@code "to have moment
   *     X"}
   */
  protected void failWithTimeline(String expectation) {
    failWithMessage(
        "%s",
        "Expecting the cycle of service of case "
            + actual.caseId()
            + " "
            + expectation
            + "\nbut it was:\n"
            + timeline());
  }

  /** {@return the actual cycle as text, in the zone set with {@link #inZone(ZoneId)}} */
  protected String timeline() {
    return actual.toTimeline(zone);
  }

  /**
   * {@return the {@code occurrence}-th moment with this name or element id; fails when there is
   * none}
   *
   * @param moment the moment name or element id
   * @param occurrence which occurrence, from 1
   */
  protected Moment require(String moment, int occurrence) {
    isNotNull();
    Objects.requireNonNull(moment, "moment must not be null");
    Optional<Moment> found = find(moment, occurrence);
    if (found.isEmpty()) {
      long count = occurrences(moment);
      failWithTimeline(
          count == 0
              ? "to have the moment '" + moment + "'"
              : "to have the moment '"
                  + moment
                  + "' "
                  + occurrence
                  + " times (it occurred "
                  + count
                  + (count == 1 ? " time)" : " times)"));
    }
    return found.orElseThrow();
  }

  private Optional<Moment> find(String moment, int occurrence) {
    List<Moment> byName = new ArrayList<>();
    List<Moment> byElement = new ArrayList<>();
    for (Moment candidate : actual.moments()) {
      if (candidate.name().equals(moment)) {
        byName.add(candidate);
      } else if (candidate.touchpoint().elementId().equals(moment)) {
        byElement.add(candidate);
      }
    }
    List<Moment> matches = byName.isEmpty() ? byElement : byName;
    return matches.size() < occurrence
        ? Optional.empty()
        : Optional.of(matches.get(occurrence - 1));
  }

  private long occurrences(String moment) {
    long byName = actual.moments().stream().filter(m -> m.name().equals(moment)).count();
    return byName > 0
        ? byName
        : actual.moments().stream().filter(m -> m.touchpoint().elementId().equals(moment)).count();
  }

  private static boolean matches(Moment candidate, String moment) {
    return candidate.name().equals(moment) || candidate.touchpoint().elementId().equals(moment);
  }
}
