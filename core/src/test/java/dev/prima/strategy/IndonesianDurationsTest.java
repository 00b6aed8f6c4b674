package dev.prima.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.touchpoint.TouchpointDeclaration;
import dev.prima.touchpoint.TouchpointProperties;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Durations as modellers write them in Bahasa Indonesia, beside the English and ISO forms. */
class IndonesianDurationsTest {

  @ParameterizedTest
  @CsvSource({
    "5 hari kerja, 5 working days",
    "1 hari kerja, 1 working day",
    "4 jam kerja, 4 working hours",
    "5 Hari Kerja, 5 working days",
    "14 hari, P14D",
    "14 days, P14D",
    "2 jam, PT2H",
    "15 menit, PT15M",
    "5 working days, 5 working days",
    "P14D, P14D"
  })
  void aServiceDurationIsReadInEitherLanguage(String text, String expected) {
    assertThat(ServiceDuration.parse(text)).hasToString(expected);
  }

  @ParameterizedTest
  @CsvSource({"5 hari kerja kerja", "lima hari", "30 menit kerja", "5 minggu"})
  void otherWordsAreRefusedNamingTheAcceptedForms(String text) {
    assertThatThrownBy(() -> ServiceDuration.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "' is not a duration")
        .hasMessageContaining("'5 hari kerja'");
  }

  @ParameterizedTest
  @CsvSource({"15 menit, PT15M", "2 jam, PT2H", "1 hari, PT24H", "PT15M, PT15M"})
  void aTouchpointTargetIsReadInEitherLanguage(String text, String expected) {
    TouchpointDeclaration.Reading reading =
        TouchpointDeclaration.read(
            "userTask",
            Map.of(
                TouchpointProperties.TOUCHPOINT,
                "Documents checked",
                TouchpointProperties.TARGET,
                text));

    assertThat(reading.problems()).isEmpty();
    assertThat(reading.declaration().orElseThrow().target()).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"2 jam kerja", "sebentar"})
  void aTargetInWorkingTimeOrOtherWordsIsAProblem(String text) {
    TouchpointDeclaration.Reading reading =
        TouchpointDeclaration.read(
            "userTask",
            Map.of(
                TouchpointProperties.TOUCHPOINT,
                "Documents checked",
                TouchpointProperties.TARGET,
                text));

    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("is not a calendar duration"));
  }
}
