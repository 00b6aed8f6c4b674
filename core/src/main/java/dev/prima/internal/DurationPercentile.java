package dev.prima.internal;

import java.time.Duration;
import java.util.Collection;

/**
 * Percentiles of durations, interpolated linearly between the closest ranks (Excel's
 * PERCENTILE.INC, R's type 7), to the nanosecond.
 */
public final class DurationPercentile {

  private DurationPercentile() {}

  /** The median; null for no durations. */
  public static Duration median(Collection<Duration> durations) {
    return of(50, durations);
  }

  /**
   * The given percentile (0..100): the value at rank {@code p/100 * (n-1)} of the sorted durations,
   * interpolated between its two neighbours; null for no durations.
   */
  public static Duration of(int percentile, Collection<Duration> durations) {
    if (percentile < 0 || percentile > 100) {
      throw new IllegalArgumentException(
          "percentile must be 0 to 100, but was " + percentile + "; use 50 for the median");
    }
    if (durations.isEmpty()) {
      return null;
    }
    long[] nanos = durations.stream().mapToLong(Duration::toNanos).sorted().toArray();
    // whole-number arithmetic: exact to the nanosecond at any length, where doubles lose the
    // last nanoseconds of durations longer than a few hours
    long numerator = (long) percentile * (nanos.length - 1);
    int below = (int) (numerator / 100);
    long remainder = numerator % 100;
    if (remainder == 0) {
      return Duration.ofNanos(nanos[below]);
    }
    long gap = nanos[below + 1] - nanos[below];
    // gap * remainder / 100, rounded half up, without overflowing
    long interpolated = gap / 100 * remainder + Math.floorDiv(gap % 100 * remainder + 50, 100);
    return Duration.ofNanos(nanos[below] + interpolated);
  }
}
