package dev.prima.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationPercentileTest {

  private static List<Duration> minutes(long... values) {
    return java.util.Arrays.stream(values).mapToObj(Duration::ofMinutes).toList();
  }

  @Test
  void interpolatesBetweenTheClosestRanksAsExcelsPercentileInc() {
    // Excel: =PERCENTILE.INC({1,2,3,4,5,6,7,8,9,10}; 0,9) = 9,1 and =MEDIAN(..) = 5,5
    List<Duration> oneToTen = minutes(7, 3, 10, 1, 5, 2, 9, 4, 8, 6);

    assertThat(DurationPercentile.of(90, oneToTen)).isEqualTo(Duration.ofSeconds(9 * 60 + 6));
    assertThat(DurationPercentile.median(oneToTen)).isEqualTo(Duration.ofSeconds(5 * 60 + 30));
    assertThat(DurationPercentile.of(0, oneToTen)).isEqualTo(Duration.ofMinutes(1));
    assertThat(DurationPercentile.of(100, oneToTen)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void takesTheMiddleValueOfAnOddCountAndRoundsToTheNearestNanosecond() {
    assertThat(DurationPercentile.median(minutes(30, 10, 20))).isEqualTo(Duration.ofMinutes(20));
    // rank 0.9 * 2 = 1.8 between 1 ns and 2 ns: 1.8 ns rounds to 2 ns
    List<Duration> nanos = List.of(Duration.ofNanos(0), Duration.ofNanos(1), Duration.ofNanos(2));
    assertThat(DurationPercentile.of(90, nanos)).isEqualTo(Duration.ofNanos(2));
    assertThat(DurationPercentile.of(30, nanos)).isEqualTo(Duration.ofNanos(1));
    assertThat(DurationPercentile.median(List.of(Duration.ofHours(2))))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void noDurationsHaveNoPercentileAndARankOutsideZeroToHundredIsRefused() {
    assertThat(DurationPercentile.median(List.of())).isNull();
    assertThatThrownBy(() -> DurationPercentile.of(101, minutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percentile must be 0 to 100, but was 101; use 50 for the median");
  }
}
