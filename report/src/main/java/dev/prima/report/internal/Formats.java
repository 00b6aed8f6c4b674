package dev.prima.report.internal;

import dev.prima.internal.Messages;
import dev.prima.strategy.ServiceDuration;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/** Figures, durations and moments as the reader's language writes them, in the report's zone. */
final class Formats {

  /** What a cell shows when there is no value. */
  static final String NONE = "-";

  private static final long[] UNIT_MILLIS = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
  private static final String[] UNIT_KEYS = {
    "report.duration.days",
    "report.duration.hours",
    "report.duration.minutes",
    "report.duration.seconds",
    "report.duration.millis"
  };

  private final Messages messages;
  private final ZoneId zone;
  private final DateTimeFormatter moment;
  private final DateTimeFormatter day;
  private final DateTimeFormatter periodMoment;

  Formats(Messages messages, ZoneId zone) {
    this.messages = messages;
    this.zone = zone;
    Locale locale = messages.locale();
    this.moment = DateTimeFormatter.ofPattern(messages.text("report.format.moment"), locale);
    this.day = DateTimeFormatter.ofPattern(messages.text("report.format.day"), locale);
    this.periodMoment =
        DateTimeFormatter.ofPattern(messages.text("report.format.periodMoment"), locale);
  }

  Messages messages() {
    return messages;
  }

  /**
   * A moment in a table or caption: {@code Mon 30 Nov 2026 10:50}, {@code Sen, 30 Nov 2026 10.50}.
   */
  String when(Instant instant) {
    return instant == null ? NONE : moment.format(instant.atZone(zone));
  }

  /** A bound of the period: the day alone when it is midnight in the zone, else day and time. */
  String periodBound(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    return local.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? day.format(local)
        : periodMoment.format(local);
  }

  /**
   * A measured duration with its largest unit and, when not zero, the next smaller one, the rest
   * cut off: in English exactly as {@link dev.prima.journey.Durations#format} writes it ({@code 2d
   * 3h}, {@code 15m 20s}), in Indonesian in words ({@code 2 hari 3 jam}).
   */
  String duration(Duration duration) {
    if (duration == null) {
      return NONE;
    }
    if (duration.isNegative()) {
      return "-" + duration(duration.negated());
    }
    long rest = duration.toMillis();
    for (int unit = 0; unit < UNIT_MILLIS.length; unit++) {
      long amount = rest / UNIT_MILLIS[unit];
      if (amount > 0) {
        String text = messages.text(UNIT_KEYS[unit], amount);
        int next = unit + 1;
        if (next < UNIT_MILLIS.length) {
          long nextAmount = (rest % UNIT_MILLIS[unit]) / UNIT_MILLIS[next];
          if (nextAmount > 0) {
            text =
                messages.text(
                    "report.duration.two", text, messages.text(UNIT_KEYS[next], nextAmount));
          }
        }
        return text;
      }
    }
    return messages.text(UNIT_KEYS[3], 0);
  }

  /**
   * A duration as a standard states it: {@code 2 working days}, {@code 14 days}, {@code 4h 30m}.
   */
  String serviceDuration(ServiceDuration d) {
    if (d.mode() == ServiceDuration.Mode.WORKING_DAYS) {
      return messages.text("report.serviceDuration.workingDays", d.count(), count(d.count()));
    }
    if (d.mode() == ServiceDuration.Mode.WORKING_HOURS) {
      return messages.text("report.serviceDuration.workingHours", d.count(), count(d.count()));
    }
    long seconds = d.calendar().getSeconds();
    if (seconds % 86_400 == 0 && d.calendar().getNano() == 0) {
      long days = seconds / 86_400;
      return messages.text("report.serviceDuration.days", days, count(days));
    }
    return duration(d.calendar());
  }

  /** A breach's limit as the standard stated it, ISO forms such as {@code P1D} made readable. */
  String limit(String stated) {
    try {
      return serviceDuration(ServiceDuration.parse(stated));
    } catch (RuntimeException notParsable) {
      return stated;
    }
  }

  /** {@code 67%}. */
  String percent(double share) {
    return messages.decimal(share * 100, 0) + "%";
  }

  /** Two decimals, or {@link #NONE}. */
  String decimal(OptionalDouble value) {
    return value.isPresent() ? messages.decimal(value.getAsDouble(), 2) : NONE;
  }

  /** {@code value} with {@code digits} decimals: {@code 3.500} / {@code 3,500}. */
  String decimal(BigDecimal value, int digits) {
    return messages.decimal(value, digits);
  }

  /** A whole number as the page writes counts: plain digits, no grouping. */
  static String count(long value) {
    return String.valueOf(value);
  }

  /** A coordinate of the SVG: one decimal, always a point. */
  static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
