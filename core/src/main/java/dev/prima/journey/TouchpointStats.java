package dev.prima.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How long citizens spend at one touchpoint of a service, over the cases of a {@link
 * ServiceProfile}. Median and 90th percentile are interpolated linearly between the two nearest
 * durations (Excel's PERCENTILE.INC), so the median of 1, 2, 3 and 4 minutes is 2.5 minutes.
 *
 * @param elementId the BPMN element
 * @param moment its moment name, as first seen
 * @param count how many times the touchpoint occurred, active ones included
 * @param median the median duration of the ended touchpoints with a known start; {@code null} when
 *     there are none
 * @param p90 the 90th percentile of those durations; {@code null} when there are none
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TouchpointStats(
    String elementId, String moment, int count, Duration median, Duration p90) {

  /**
   * Checks that the figures agree with each other.
   *
   * @param elementId the BPMN element; not null
   * @param moment its moment name; not null
   * @param count at least 1
   * @param median the median, or {@code null} together with {@code p90}
   * @param p90 the 90th percentile, not below the median, or {@code null}
   * @throws IllegalArgumentException when the figures contradict each other
   */
  public TouchpointStats {
    Objects.requireNonNull(elementId, "elementId must not be null");
    Objects.requireNonNull(moment, "moment must not be null");
    if (count < 1) {
      throw new IllegalArgumentException(
          "count must be positive, but was " + count + " for " + elementId);
    }
    if ((median == null) != (p90 == null)) {
      throw new IllegalArgumentException(
          "median and p90 must both be known or both unknown, but were "
              + median
              + " and "
              + p90
              + " for "
              + elementId);
    }
    if (median != null && p90.compareTo(median) < 0) {
      throw new IllegalArgumentException(
          "p90 must not be below the median, but was "
              + p90
              + " < "
              + median
              + " for "
              + elementId);
    }
  }

  @Override
  public String toString() {
    return "TouchpointStats['"
        + moment
        + "' at "
        + elementId
        + ", "
        + count
        + "x"
        + (median == null
            ? ""
            : ", median " + Durations.format(median) + ", p90 " + Durations.format(p90))
        + "]";
  }
}
