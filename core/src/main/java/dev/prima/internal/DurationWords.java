package dev.prima.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as modellers write them, in English or Bahasa Indonesia: {@code 5 working days} /
 * {@code 5 hari kerja}, {@code 4 working hours} / {@code 4 jam kerja} (working time), {@code 14
 * days} / {@code 14 hari}, {@code 2 hours} / {@code 2 jam}, {@code 15 minutes} / {@code 15 menit}
 * (calendar time). ISO-8601 ({@code P14D}) is read by the callers themselves.
 */
public final class DurationWords {

  /** A duration read from words. */
  public record Words(long count, Unit unit, boolean working) {

    /** The calendar duration; for calendar time only. */
    public Duration calendar() {
      return switch (unit) {
        case DAY -> Duration.ofDays(count);
        case HOUR -> Duration.ofHours(count);
        case MINUTE -> Duration.ofMinutes(count);
      };
    }
  }

  /** The unit of a duration in words. */
  public enum Unit {
    DAY,
    HOUR,
    MINUTE
  }

  private static final Pattern WORKING_EN =
      Pattern.compile("(\\d{1,6})\\s*working\\s*(day|days|hour|hours)", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORKING_ID =
      Pattern.compile("(\\d{1,6})\\s*(hari|jam)\\s*kerja", Pattern.CASE_INSENSITIVE);
  private static final Pattern CALENDAR =
      Pattern.compile(
          "(\\d{1,6})\\s*(day|days|hari|hour|hours|jam|minute|minutes|menit)",
          Pattern.CASE_INSENSITIVE);

  private DurationWords() {}

  /** The duration the words say, or empty when they are not one of the forms above. */
  public static Optional<Words> read(String text) {
    String trimmed = text.trim();
    Matcher matcher = WORKING_EN.matcher(trimmed);
    if (matcher.matches()) {
      return Optional.of(new Words(Long.parseLong(matcher.group(1)), unit(matcher.group(2)), true));
    }
    matcher = WORKING_ID.matcher(trimmed);
    if (matcher.matches()) {
      return Optional.of(new Words(Long.parseLong(matcher.group(1)), unit(matcher.group(2)), true));
    }
    matcher = CALENDAR.matcher(trimmed);
    if (matcher.matches()) {
      return Optional.of(
          new Words(Long.parseLong(matcher.group(1)), unit(matcher.group(2)), false));
    }
    return Optional.empty();
  }

  private static Unit unit(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.startsWith("day") || lower.equals("hari")) {
      return Unit.DAY;
    }
    if (lower.startsWith("hour") || lower.equals("jam")) {
      return Unit.HOUR;
    }
    return Unit.MINUTE;
  }
}
