package dev.prima.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prima.i18n.BundleKeys;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
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

  @ParameterizedTest
  @CsvSource({
    "5 working days,5 hari kerja,5 working days",
    "1 working day,1 hari kerja,1 working day",
    "4 working hours,4 jam kerja,4 working hours",
    "P14D,14 hari,14 days",
    "P1D,1 hari,1 day",
    "PT2H,2 jam,2 hours",
    "PT15M,15 menit,15 minutes",
    "PT90M,90 menit,90 minutes"
  })
  void writesTheStandardForPeopleInBothLanguagesAndReadsItBack(
      String stated, String indonesian, String english) {
    ServiceDuration duration = ServiceDuration.parse(stated);

    assertThat(duration.toText(Locale.forLanguageTag("id"))).isEqualTo(indonesian);
    assertThat(duration.toText(Locale.ENGLISH)).isEqualTo(english);
    assertThat(ServiceDuration.parse(indonesian)).isEqualTo(duration);
    assertThat(ServiceDuration.parse(english)).isEqualTo(duration);
  }

  @Test
  void writesAFeeForPeopleInBothLanguages() {
    Locale indonesian = Locale.forLanguageTag("id");
    Fee rupiah = Fee.parse("Rp 50.000");

    assertThat(Fee.free().toText(indonesian)).isEqualTo("gratis (tidak dipungut biaya)");
    assertThat(Fee.free().toText(Locale.ENGLISH)).isEqualTo("free of charge");
    assertThat(rupiah.toText(indonesian)).isEqualTo("Rp50.000");
    assertThat(rupiah.toText(Locale.ENGLISH)).isEqualTo("IDR 50,000");
    assertThat(Fee.parse(rupiah.toText(indonesian))).isEqualTo(rupiah);
    assertThat(Fee.parse(rupiah.toText(Locale.ENGLISH))).isEqualTo(rupiah);
    assertThat(new Fee(new BigDecimal("12.5"), "USD").toText(indonesian)).isEqualTo("USD 12,5");
  }

  @Test
  void theStandardsTextsAreInBothLanguagesAndAllUsed() {
    Set<String> keys = BundleKeys.assertBothLanguages("dev/prima/strategy/messages");
    BundleKeys.assertAllUsed(keys, Set.of(), "src/main/java/dev/prima/strategy");
  }
}
