package dev.prima.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.PrimaConfigurationException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private static Instant jakarta(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, JAKARTA).toInstant();
  }

  /** Independence Day 2026 is Monday 17 August. */
  private final WorkingCalendar calendar =
      WorkingCalendar.custom().holiday(LocalDate.of(2026, 8, 17), "Hari Kemerdekaan").build();

  @Test
  void workingDaysSkipTheWeekendAndAPublicHolidayAndKeepTheHourOfDay() {
    Instant thursdayTen = jakarta(2026, 8, 13, 10, 0);

    Instant due = calendar.add(thursdayTen, ServiceDuration.workingDays(3));

    // Thu 10-16 (6h), Fri (8h), Sat, Sun, Mon 17 Aug holiday, Tue (8h), Wed 08:00 + 2h
    assertThat(due).isEqualTo(jakarta(2026, 8, 19, 10, 0));
  }

  @Test
  void countingFromOutsideOfficeHoursStartsAtTheNextOpening() {
    Instant saturday = jakarta(2026, 8, 15, 9, 30);

    assertThat(calendar.add(saturday, ServiceDuration.workingDays(1)))
        .isEqualTo(jakarta(2026, 8, 18, 16, 0));
    assertThat(calendar.add(saturday, ServiceDuration.workingHours(3)))
        .isEqualTo(jakarta(2026, 8, 18, 11, 0));
    assertThat(calendar.add(jakarta(2026, 8, 14, 17, 0), ServiceDuration.workingHours(1)))
        .isEqualTo(jakarta(2026, 8, 18, 9, 0));
  }

  @Test
  void calendarDurationsIgnoreOfficeHours() {
    Instant friday = jakarta(2026, 8, 14, 15, 0);

    assertThat(calendar.add(friday, ServiceDuration.calendarDays(14)))
        .isEqualTo(jakarta(2026, 8, 28, 15, 0));
  }

  @Test
  void measuresWorkingTimeBetweenTwoInstants() {
    assertThat(
            calendar.workingTimeBetween(jakarta(2026, 8, 13, 10, 0), jakarta(2026, 8, 19, 10, 0)))
        .isEqualTo(Duration.ofHours(24));
    assertThat(
            calendar.workingTimeBetween(jakarta(2026, 8, 19, 10, 0), jakarta(2026, 8, 13, 10, 0)))
        .isZero();
  }

  @Test
  void customWeekendOfficeHoursAndZone() {
    WorkingCalendar sixDays =
        WorkingCalendar.custom()
            .zone(ZoneId.of("Asia/Makassar"))
            .weekend(DayOfWeek.SUNDAY)
            .officeHours(LocalTime.of(7, 30), LocalTime.of(14, 30))
            .build();
    Instant fridayNoonMakassar =
        ZonedDateTime.of(2026, 8, 14, 12, 0, 0, 0, ZoneId.of("Asia/Makassar")).toInstant();

    Instant due = sixDays.add(fridayNoonMakassar, ServiceDuration.workingHours(5));

    assertThat(due.atZone(ZoneId.of("Asia/Makassar")).toLocalDateTime())
        .isEqualTo(java.time.LocalDateTime.of(2026, 8, 15, 10, 0));
    assertThat(sixDays.officeDay()).isEqualTo(Duration.ofHours(7));
  }

  @Test
  void loadsHolidaysFromASimpleFile() {
    WorkingCalendar loaded =
        WorkingCalendar.custom()
            .holidaysFrom(
                new StringReader(
                    "\uFEFF# Libur nasional 2026\n2026-03-19 Hari Suci Nyepi\n\n2026-08-17 Hari Kemerdekaan\n"),
                "holidays-2026.txt")
            .build();

    assertThat(loaded.holidays())
        .containsEntry(LocalDate.of(2026, 3, 19), "Hari Suci Nyepi")
        .containsEntry(LocalDate.of(2026, 8, 17), "Hari Kemerdekaan")
        .hasSize(2);
    assertThat(loaded.isWorkingDay(LocalDate.of(2026, 8, 17))).isFalse();
    assertThat(loaded.isWorkingDay(LocalDate.of(2026, 8, 18))).isTrue();
  }

  @Test
  void aBadHolidayLineNamesTheFileAndLine() {
    assertThatThrownBy(
            () ->
                WorkingCalendar.custom()
                    .holidaysFrom(
                        new StringReader("2026-03-19 Nyepi\n17-08-2026 Merdeka\n"), "libur.txt"))
        .isInstanceOf(PrimaConfigurationException.class)
        .hasMessageStartingWith("libur.txt:2: '17-08-2026' is not a date");
  }

  @Test
  void officeHoursMustOpenBeforeTheyClose() {
    assertThatThrownBy(
            () -> WorkingCalendar.custom().officeHours(LocalTime.of(16, 0), LocalTime.of(8, 0)))
        .isInstanceOf(PrimaConfigurationException.class)
        .hasMessage("office hours must open before they close, but were 16:00-08:00");
  }
}
