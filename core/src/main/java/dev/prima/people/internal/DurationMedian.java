package dev.prima.people.internal;

import com.google.common.math.Quantiles;
import java.time.Duration;
import java.util.Collection;

/** The median of durations via Guava's {@link Quantiles}, interpolated, to the nanosecond. */
public final class DurationMedian {

  private DurationMedian() {}

  /** The median; null for no durations. */
  public static Duration of(Collection<Duration> durations) {
    if (durations.isEmpty()) {
      return null;
    }
    return Duration.ofNanos(
        Math.round(Quantiles.median().compute(durations.stream().map(Duration::toNanos).toList())));
  }
}
