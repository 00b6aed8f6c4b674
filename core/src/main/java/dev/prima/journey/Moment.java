package dev.prima.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.touchpoint.Touchpoint;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One moment of truth within a {@link ServiceCycle}: a touchpoint together with the wait that came
 * before it and the time the citizen spent in it.
 *
 * @param touchpoint what was recorded
 * @param waitBefore time from the end of the latest-ending earlier moment of the case to this
 *     moment's start ({@link Duration#ZERO} for the first moment and when this moment started
 *     before an earlier one ended: parallel moments), plus, when an officer took the moment ({@link
 *     Touchpoint#served()}), the time from its start until then: the citizen's wait in the queue;
 *     {@code null} when this moment's start is not known
 * @param timeIn the time from the officer taking the moment, or from its start when nobody took it,
 *     to its end or, while it is {@linkplain Touchpoint#isActive() active}, the time so far; {@code
 *     null} when its start is not known
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Moment(Touchpoint touchpoint, Duration waitBefore, Duration timeIn) {

  /**
   * Checks that no time is negative.
   *
   * @param touchpoint what was recorded; not null
   * @param waitBefore the wait before; not negative, or {@code null} when unknown
   * @param timeIn the time in it; not negative, or {@code null} when unknown
   * @throws IllegalArgumentException when a time is negative
   */
  public Moment {
    Objects.requireNonNull(touchpoint, "touchpoint must not be null");
    if (waitBefore != null && waitBefore.isNegative()) {
      throw new IllegalArgumentException(
          "waitBefore must not be negative, but was " + waitBefore + " for " + touchpoint.id());
    }
    if (timeIn != null && timeIn.isNegative()) {
      throw new IllegalArgumentException(
          "timeIn must not be negative, but was " + timeIn + " for " + touchpoint.id());
    }
  }

  /** {@return the moment's name as declared on the BPMN element ({@link Touchpoint#moment()})} */
  public String name() {
    return touchpoint.moment();
  }

  /** {@return whether the citizen is at this moment now} */
  public boolean isActive() {
    return touchpoint.isActive();
  }

  @Override
  public String toString() {
    return "Moment['"
        + name()
        + "' at "
        + touchpoint.elementId()
        + ", wait "
        + (waitBefore == null ? "unknown" : Durations.format(waitBefore))
        + ", in "
        + (timeIn == null ? "unknown" : Durations.format(timeIn))
        + (isActive() ? " so far" : "")
        + ", "
        + touchpoint.outcome()
        + "]";
  }
}
