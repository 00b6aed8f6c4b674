package dev.prima.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceDurationTest {

  @ParameterizedTest
  @CsvSource({
    "P14D,P14D",
    "pt15m,PT15M",
    "5 working days,5 working days",
    "1 Working Day,1 working day",
    "4 working hours,4 working hours"
  })
  void readsAndWritesTheStandardsForms(String text, String written) {
    ServiceDuration duration = ServiceDuration.parse(text);

    assertThat(duration.toString()).isEqualTo(written);
    assertThat(ServiceDuration.parse(duration.toString())).isEqualTo(duration);
  }

  @ParameterizedTest
  @ValueSource(strings = {"14 weeks", "five working days", "P"})
  void rejectsOtherTextNamingTheAcceptedForms(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServiceDuration.parse(text))
        .withMessageContaining("working days");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 working days", "PT0S", "-PT5M"})
  void rejectsZero(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServiceDuration.parse(text))
        .withMessageContaining("must be positive");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 14})
  void factoriesGiveTheParsedValues(int days) {
    assertThat(ServiceDuration.workingDays(days))
        .isEqualTo(ServiceDuration.parse(days + " working days"));
    assertThat(ServiceDuration.calendarDays(days))
        .isEqualTo(ServiceDuration.calendar(Duration.ofDays(days)));
  }
}
