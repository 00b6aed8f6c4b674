package dev.prima.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "PT0S, 0s",
    "PT0.0005S, 0s",
    "PT0.85S, 850ms",
    "PT1.5S, 1s 500ms",
    "PT1S, 1s",
    "PT59S, 59s",
    "PT15M20S, 15m 20s",
    "PT15M, 15m",
    "PT1H20M, 1h 20m",
    "PT1H0M5S, 1h",
    "PT51H, 2d 3h",
    "PT51H59M59S, 2d 3h",
    "PT48H30M, 2d",
    "PT-15M-20S, -15m 20s"
  })
  void formatsWithTheLargestUnitAndTheNextNonZeroOne(Duration duration, String expected) {
    assertThat(Durations.format(duration)).isEqualTo(expected);
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException()
        .isThrownBy(() -> Durations.format(null))
        .withMessage("duration must not be null");
  }

  @Test
  void formatsInBahasaIndonesiaForIndonesianAndInEnglishOtherwise() {
    Locale indonesian = Locale.forLanguageTag("id");
    assertThat(Durations.format(Duration.ofDays(2).plusHours(3), indonesian))
        .isEqualTo("2 hari 3 jam");
    assertThat(Durations.format(Duration.ofSeconds(920), indonesian)).isEqualTo("15 mnt 20 dtk");
    assertThat(Durations.format(Duration.ZERO, indonesian)).isEqualTo("0 dtk");
    assertThat(Durations.format(Duration.ofMinutes(-5), indonesian)).isEqualTo("-5 mnt");
    assertThat(Durations.format(Duration.ofDays(2).plusHours(3), Locale.GERMAN)).isEqualTo("2d 3h");
  }
}
