package dev.prima.journey.internal;

import com.google.common.math.Quantiles;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** Median and percentiles of durations via Guava's {@link Quantiles}, to the nanosecond. */
public final class DurationQuantiles {

  private DurationQuantiles() {}

  /** The median, interpolated linearly; null for no durations. */
  public static Duration median(Collection<Duration> durations) {
    return percentile(50, durations);
  }

  /** The given percentile (0..100), interpolated linearly; null for no durations. */
  public static Duration percentile(int percentile, Collection<Duration> durations) {
    if (durations.isEmpty()) {
      return null;
    }
    List<Long> nanos = durations.stream().map(Duration::toNanos).toList();
    return Duration.ofNanos(Math.round(Quantiles.percentiles().index(percentile).compute(nanos)));
  }
}
