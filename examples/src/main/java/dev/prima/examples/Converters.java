package dev.prima.examples;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * Picocli converters whose messages say what was expected and how to write it, in the language of
 * {@code --lang} (texts {@code convert.*} of the error bundle); the usage-error handler puts the
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
        throw new ConversionError("convert.zone", value);
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
        throw new ConversionError("convert.path", value.replace("\0", "\\0"), e.getReason());
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
        throw new ConversionError("convert.bound", value);
      }
    }
  }

  /** What the user typed, and the day or date-time it means (exactly one is set). */
  record PeriodBound(String text, LocalDate day, OffsetDateTime at) {}

  static LocalDate day(String value) {
    String text = value.strip();
    Matcher parts = DAY.matcher(text);
    if (!parts.matches()) {
      throw new ConversionError("convert.day", value);
    }
    int year = Integer.parseInt(parts.group(1));
    int month = Integer.parseInt(parts.group(2));
    int dayOfMonth = Integer.parseInt(parts.group(3));
    if (month < 1 || month > 12) {
      throw new ConversionError("convert.month", value, String.valueOf(month));
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (dayOfMonth < 1 || dayOfMonth > yearMonth.lengthOfMonth()) {
      throw new ConversionError(
          "convert.dayOfMonth", value, yearMonth, String.valueOf(yearMonth.lengthOfMonth()));
    }
    return LocalDate.of(year, month, dayOfMonth);
  }
}
