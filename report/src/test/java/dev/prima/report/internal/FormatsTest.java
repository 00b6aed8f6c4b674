package dev.prima.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.internal.Messages;
import dev.prima.journey.Durations;
import dev.prima.strategy.ServiceDuration;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private final Formats english =
      new Formats(Messages.of(ReportPage.BUNDLE, Locale.ENGLISH, Formats.class), JAKARTA);
  private final Formats indonesian =
      new Formats(
          Messages.of(ReportPage.BUNDLE, Locale.forLanguageTag("id"), Formats.class), JAKARTA);

  @Test
  void englishDurationsAreWrittenAsCoreWritesThem() {
    for (Duration d :
        List.of(
            Duration.ZERO,
            Duration.ofMillis(850),
            Duration.ofMillis(1_500),
            Duration.ofSeconds(920),
            Duration.ofHours(1),
            Duration.ofDays(2).plusHours(3).plusMinutes(59),
            Duration.ofDays(1_200),
            Duration.ofMinutes(-90))) {
      assertThat(english.duration(d)).as("%s", d).isEqualTo(Durations.format(d));
    }
  }

  @Test
  void indonesianDurationsAreWrittenInWords() {
    assertThat(indonesian.duration(Duration.ofDays(2).plusHours(3).plusMinutes(59)))
        .isEqualTo("2 hari 3 jam");
    assertThat(indonesian.duration(Duration.ofSeconds(920))).isEqualTo("15 menit 20 detik");
    assertThat(indonesian.duration(Duration.ofMillis(850))).isEqualTo("850 milidetik");
    assertThat(indonesian.duration(Duration.ZERO)).isEqualTo("0 detik");
    assertThat(indonesian.duration(null)).isEqualTo("-");
  }

  @Test
  void standardDurationsInBothLanguages() {
    assertThat(english.serviceDuration(ServiceDuration.workingDays(1))).isEqualTo("1 working day");
    assertThat(english.serviceDuration(ServiceDuration.workingDays(5))).isEqualTo("5 working days");
    assertThat(english.serviceDuration(ServiceDuration.calendarDays(14))).isEqualTo("14 days");
    assertThat(english.serviceDuration(ServiceDuration.calendar(Duration.ofMinutes(270))))
        .isEqualTo("4h 30m");
    assertThat(indonesian.serviceDuration(ServiceDuration.workingDays(5)))
        .isEqualTo("5 hari kerja");
    assertThat(indonesian.serviceDuration(ServiceDuration.workingHours(4)))
        .isEqualTo("4 jam kerja");
    assertThat(indonesian.serviceDuration(ServiceDuration.calendarDays(14))).isEqualTo("14 hari");
    assertThat(indonesian.limit("P1D")).isEqualTo("1 hari");
    assertThat(indonesian.limit("not a duration")).isEqualTo("not a duration");
  }

  @Test
  void momentsAndPeriodBoundsInBothLanguages() {
    Instant morning = Instant.parse("2026-11-30T03:50:00Z");
    Instant midnight = Instant.parse("2026-08-16T17:00:00Z");
    assertThat(english.when(morning)).isEqualTo("Mon 30 Nov 2026 10:50");
    assertThat(indonesian.when(morning)).isEqualTo("Sen, 30 Nov 2026 10.50");
    assertThat(english.periodBound(midnight)).isEqualTo("17 Aug 2026");
    assertThat(indonesian.periodBound(midnight)).isEqualTo("Senin, 17 Agustus 2026");
    assertThat(indonesian.periodBound(morning)).isEqualTo("Senin, 30 November 2026 pukul 10.50");
  }

  @Test
  void figuresUseTheLanguagesDecimalMark() {
    assertThat(english.percent(2.0 / 3)).isEqualTo("67%");
    assertThat(indonesian.decimal(new java.math.BigDecimal("82.875"), 2)).isEqualTo("82,88");
    assertThat(english.decimal(java.util.OptionalDouble.of(333.333))).isEqualTo("333.33");
    assertThat(indonesian.decimal(java.util.OptionalDouble.empty())).isEqualTo("-");
  }
}
