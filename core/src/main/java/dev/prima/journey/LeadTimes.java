package dev.prima.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Lead times of the finished cases of a {@link ServiceProfile}: those with an {@linkplain
 * ServiceCycle#end() end} and a known start. Median and 90th percentile are interpolated linearly
 * between the two nearest lead times (as Excel's PERCENTILE.INC).
 *
 * @param cases how many finished cases were measured
 * @param median the median lead time; {@code null} when {@code cases} is 0
 * @param p90 the 90th percentile lead time; {@code null} when {@code cases} is 0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record LeadTimes(int cases, Duration median, Duration p90) {

  /**
   * Checks that the figures agree with each other.
   *
   * @param cases finished cases measured; not negative
   * @param median the median; {@code null} exactly when {@code cases} is 0
   * @param p90 the 90th percentile; {@code null} exactly when {@code cases} is 0, else not below
   *     the median
   * @throws IllegalArgumentException when the figures contradict each other
   */
  public LeadTimes {
    if (cases < 0) {
      throw new IllegalArgumentException("cases must not be negative, but was " + cases);
    }
    if ((cases == 0) != (median == null) || (cases == 0) != (p90 == null)) {
      throw new IllegalArgumentException(
          "median and p90 must be known exactly when there are cases, but were "
              + median
              + " and "
              + p90
              + " for "
              + cases
              + " cases");
    }
    if (median != null && p90.compareTo(median) < 0) {
      throw new IllegalArgumentException(
          "p90 must not be below the median, but was " + p90 + " < " + median);
    }
  }

  @Override
  public String toString() {
    return cases == 0
        ? "LeadTimes[no finished cases]"
        : "LeadTimes["
            + cases
            + " cases, median "
            + Durations.format(median)
            + ", p90 "
            + Durations.format(p90)
            + "]";
  }
}
