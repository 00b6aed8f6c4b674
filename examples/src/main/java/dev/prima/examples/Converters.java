package dev.prima.examples;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Picocli converters whose messages say what was expected and how to write it; picocli puts the
 * option's name in front ("Invalid value for option '--from': ...") and exits 2.
 */
final class Converters {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private Converters() {}

  /** A day written {@code yyyy-MM-dd}. */
  static final class Day implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return day(value);
    }
  }

  /** A time zone: a region such as {@code Asia/Jakarta}, {@code UTC} or an offset. */
  static final class Zone implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value.strip());
      } catch (DateTimeException e) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a time zone. Fix: use a region such as Asia/Jakarta, Asia/Makassar,"
                + " Asia/Jayapura or UTC, or an offset such as +07:00.");
      }
    }
  }

  /** A path the file system can name (no NUL character, nothing Windows forbids there). */
  static final class FilePath implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new TypeConversionException(
            "'"
                + value.replace("\0", "\\0")
                + "' is not a valid path: "
                + e.getReason()
                + ". Fix: correct the path.");
      }
    }
  }

  /** A bound of a period: a day ({@code 2026-11-30}) or an instant with offset. */
  static final class Bound implements ITypeConverter<PeriodBound> {
    @Override
    public PeriodBound convert(String value) {
      String text = value.strip();
      if (text.matches("\\d+-\\d+-\\d+")) {
        return new PeriodBound(text, day(text), null);
      }
      try {
        return new PeriodBound(text, null, OffsetDateTime.parse(text));
      } catch (DateTimeException e) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is neither a day nor a date-time with offset. Fix: write a day as yyyy-MM-dd"
                + " (2026-11-30) or a date-time as 2026-11-30T10:00:00+07:00.");
      }
    }
  }

  /** What the user typed, and the day or date-time it means (exactly one is set). */
  record PeriodBound(String text, LocalDate day, OffsetDateTime at) {}

  static LocalDate day(String value) {
    String text = value.strip();
    Matcher parts = DAY.matcher(text);
    if (!parts.matches()) {
      throw new TypeConversionException(
          "'" + value + "' is not a day. Fix: write it as yyyy-MM-dd, e.g. 2026-11-30.");
    }
    int year = Integer.parseInt(parts.group(1));
    int month = Integer.parseInt(parts.group(2));
    int dayOfMonth = Integer.parseInt(parts.group(3));
    if (month < 1 || month > 12) {
      throw new TypeConversionException(
          "'"
              + value
              + "' has no month "
              + month
              + " (months are 01 to 12). Fix: write the day as yyyy-MM-dd, e.g. 2026-11-30.");
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (dayOfMonth < 1 || dayOfMonth > yearMonth.lengthOfMonth()) {
      throw new TypeConversionException(
          "'"
              + value
              + "' is not a day: "
              + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " "
              + year
              + " has "
              + yearMonth.lengthOfMonth()
              + " days. Fix: write a day of that month as yyyy-MM-dd.");
    }
    return LocalDate.of(year, month, dayOfMonth);
  }
}
