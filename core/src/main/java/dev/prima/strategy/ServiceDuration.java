package dev.prima.strategy;

import static org.apiguardian.api.API.Status.MAINTAINED;

import dev.prima.internal.DurationWords;
import dev.prima.internal.Messages;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A length of time as a service standard states it: calendar time ({@code P14D}, {@code PT15M}), or
 * working days or hours counted on a {@link WorkingCalendar} ({@code 5 working days}, {@code 4
 * working hours}).
 *
 * @param mode how the length is counted
 * @param calendar the calendar length, for {@link Mode#CALENDAR}; {@code null} otherwise
 * @param count the number of working days or hours, for the working modes; 0 otherwise
 */
@API(status = MAINTAINED, since = "0.1.0")
public record ServiceDuration(Mode mode, Duration calendar, int count) {

  /** How a {@link ServiceDuration} is counted. */
  public enum Mode {
    /** Calendar time: every hour of every day counts. */
    CALENDAR,
    /** Working days on the {@link WorkingCalendar}: each is one office day of office hours. */
    WORKING_DAYS,
    /** Working hours on the {@link WorkingCalendar}: office hours on working days only. */
    WORKING_HOURS
  }

  /**
   * Checks that the length is positive and fits the mode.
   *
   * @param mode how the length is counted; not null
   * @param calendar a positive length for {@link Mode#CALENDAR}; {@code null} for the working modes
   * @param count a positive count for the working modes; 0 for {@link Mode#CALENDAR}
   * @throws IllegalArgumentException when the values do not fit the mode
   */
  public ServiceDuration {
    Objects.requireNonNull(mode, "mode must not be null");
    if (mode == Mode.CALENDAR) {
      Objects.requireNonNull(calendar, "calendar must not be null for a calendar duration");
      if (calendar.isZero() || calendar.isNegative()) {
        throw InvalidValueException.of("value.durationNotPositive", calendar);
      }
      if (count != 0) {
        throw new IllegalArgumentException(
            "count must be 0 for a calendar duration, but was " + count);
      }
    } else {
      if (calendar != null) {
        throw new IllegalArgumentException(
            "calendar must be null for " + mode + ", but was " + calendar);
      }
      if (count <= 0) {
        throw InvalidValueException.of(
            mode == Mode.WORKING_DAYS
                ? "value.workingDaysNotPositive"
                : "value.workingHoursNotPositive",
            count);
      }
    }
  }

  /**
   * Calendar time: every hour of every day counts.
   *
   * @param duration a positive length
   * @return the duration
   */
  public static ServiceDuration calendar(Duration duration) {
    return new ServiceDuration(Mode.CALENDAR, duration, 0);
  }

  /**
   * Calendar days.
   *
   * @param days a positive number of days
   * @return the duration
   */
  public static ServiceDuration calendarDays(int days) {
    return calendar(Duration.ofDays(days));
  }

  /**
   * Working days: each is one office day's worth of office hours on the working calendar.
   *
   * @param days a positive number of working days
   * @return the duration
   */
  public static ServiceDuration workingDays(int days) {
    return new ServiceDuration(Mode.WORKING_DAYS, null, days);
  }

  /**
   * Working hours: office hours on working days only.
   *
   * @param hours a positive number of working hours
   * @return the duration
   */
  public static ServiceDuration workingHours(int hours) {
    return new ServiceDuration(Mode.WORKING_HOURS, null, hours);
  }

  /**
   * Reads calendar time ({@code P14D}, {@code PT15M}, {@code 14 days}, {@code 14 hari}, {@code 2
   * jam}, {@code 15 menit}) or working time ({@code 5 working days}, {@code 5 hari kerja}, {@code 4
   * working hours}, {@code 4 jam kerja}).
   *
   * @param text the length as written in a standard, in English or Bahasa Indonesia
   * @return the duration
   * @throws InvalidValueException naming the text and the accepted forms
   */
  public static ServiceDuration parse(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidValueException.of("value.noDuration", text);
    }
    String trimmed = text.trim();
    Optional<DurationWords.Words> words = DurationWords.read(trimmed);
    if (words.isPresent()) {
      DurationWords.Words read = words.get();
      if (!read.working()) {
        return calendar(read.calendar());
      }
      if (read.unit() == DurationWords.Unit.MINUTE) {
        throw InvalidValueException.of("value.workingMinutes", trimmed);
      }
      return read.unit() == DurationWords.Unit.DAY
          ? workingDays((int) read.count())
          : workingHours((int) read.count());
    }
    try {
      return calendar(Duration.parse(trimmed.toUpperCase(Locale.ROOT)));
    } catch (DateTimeParseException e) {
      throw InvalidValueException.withCause(e, "value.notDuration", trimmed);
    }
  }

  /** The accepted textual forms, for error messages. */
  public static final String FORMS =
      "use calendar time (P14D, PT2H, PT15M, '14 days', '14 hari', '2 jam', '15 menit') or working"
          + " time ('5 working days', '5 hari kerja', '4 working hours', '4 jam kerja')";

  /** {@return whether it counts working time} */
  public boolean isWorkingTime() {
    return mode != Mode.CALENDAR;
  }

  /**
   * This length as a published standard writes it, in the language of {@code locale}: {@code 5 hari
   * kerja}, {@code 4 jam kerja}, {@code 14 hari}, {@code 15 menit} in Bahasa Indonesia; {@code 5
   * working days}, {@code 14 days}, {@code 15 minutes} in English. A calendar length that is no
   * whole number of minutes is written as {@link #toString()} does.
   *
   * @param locale the reader's locale; Bahasa Indonesia for {@code id}, English otherwise
   * @return the text for people; {@link #parse} reads it back
   */
  public String toText(Locale locale) {
    Messages texts = Messages.of(TEXTS, locale, ServiceDuration.class);
    if (mode == Mode.WORKING_DAYS) {
      return texts.text("duration.workingDays", count);
    }
    if (mode == Mode.WORKING_HOURS) {
      return texts.text("duration.workingHours", count);
    }
    long seconds = calendar.getSeconds();
    if (calendar.getNano() != 0 || seconds % 60 != 0) {
      return toString();
    }
    if (seconds % 86_400 == 0) {
      return texts.text("duration.days", seconds / 86_400);
    }
    if (seconds % 3_600 == 0) {
      return texts.text("duration.hours", seconds / 3_600);
    }
    return texts.text("duration.minutes", seconds / 60);
  }

  static final String TEXTS = "dev.prima.strategy.messages";

  /** {@code P14D}, {@code 5 working days}, {@code 1 working hour}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    if (mode == Mode.CALENDAR) {
      long seconds = calendar.getSeconds();
      return seconds % 86_400 == 0 && calendar.getNano() == 0
          ? "P" + seconds / 86_400 + "D"
          : calendar.toString();
    }
    String unit = mode == Mode.WORKING_DAYS ? "day" : "hour";
    return count + " working " + unit + (count == 1 ? "" : "s");
  }
}
