package dev.prima.strategy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaConfigurationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * When an office works: weekend days, public holidays, office hours and time zone. Working time
 * counts only office hours on working days.
 *
 * <p>A working day is one office day's worth of office hours: from Thursday 10:00 with office hours
 * 08:00–16:00, two working days end on the next working day but one at 10:00; counting from outside
 * office hours starts at the next opening. Defaults: Asia/Jakarta, Saturday and Sunday off,
 * 08:00–16:00, no holidays.
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.custom()
 *     .holiday(LocalDate.of(2026, 3, 19), "Hari Suci Nyepi")
 *     .holidaysFrom(Path.of("holidays-2026.txt"))
 *     .build();
 * Instant due = calendar.add(submitted, ServiceDuration.workingDays(5));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class WorkingCalendar {

  private final ZoneId zone;
  private final Set<DayOfWeek> weekend;
  private final Map<LocalDate, String> holidays;
  private final LocalTime opens;
  private final LocalTime closes;

  private WorkingCalendar(Builder builder) {
    this.zone = builder.zone;
    this.weekend = Collections.unmodifiableSet(EnumSet.copyOf(builder.weekend));
    this.holidays = Collections.unmodifiableMap(new TreeMap<>(builder.holidays));
    this.opens = builder.opens;
    this.closes = builder.closes;
  }

  /**
   * Asia/Jakarta, Monday to Friday 08:00–16:00, no holidays.
   *
   * @return the default calendar
   */
  public static WorkingCalendar ofDefaults() {
    return custom().build();
  }

  /** {@return a builder with the defaults, to change some of them} */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * {@return a builder starting from this calendar's settings}
   *
   * @param base the calendar to start from
   */
  public static Builder from(WorkingCalendar base) {
    Builder builder = new Builder();
    builder.zone = base.zone;
    builder.weekend = EnumSet.copyOf(base.weekend);
    builder.holidays.putAll(base.holidays);
    builder.opens = base.opens;
    builder.closes = base.closes;
    return builder;
  }

  /** {@return the zone the office is in} */
  public ZoneId zone() {
    return zone;
  }

  /** {@return the days the office is closed every week} */
  public Set<DayOfWeek> weekend() {
    return weekend;
  }

  /**
   * Public holidays with their names, in date order.
   *
   * @return the public holidays with their names, in date order
   */
  public Map<LocalDate, String> holidays() {
    return holidays;
  }

  /** {@return the time the office opens on working days} */
  public LocalTime opens() {
    return opens;
  }

  /** {@return the time the office closes on working days} */
  public LocalTime closes() {
    return closes;
  }

  /** {@return the length of one office day} */
  public Duration officeDay() {
    return Duration.between(opens, closes);
  }

  /**
   * {@return whether the office is open on {@code date}: not a weekend day and not a holiday}
   *
   * @param date the day, in the calendar's zone
   */
  public boolean isWorkingDay(LocalDate date) {
    return !weekend.contains(date.getDayOfWeek()) && !holidays.containsKey(date);
  }

  /**
   * {@return the instant {@code duration} after {@code start}, counting working time where it says
   * so}
   *
   * @param start the instant to count from
   * @param duration the length to add
   */
  public Instant add(Instant start, ServiceDuration duration) {
    Objects.requireNonNull(start, "start must not be null");
    return switch (duration.mode()) {
      case CALENDAR -> start.plus(duration.calendar());
      case WORKING_HOURS -> addWorkingTime(start, Duration.ofHours(duration.count()));
      case WORKING_DAYS -> addWorkingTime(start, officeDay().multipliedBy(duration.count()));
    };
  }

  /**
   * Office time between two instants (zero when {@code to} is not after {@code from}).
   *
   * @param from the start
   * @param to the end
   * @return the office time in between
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    ZonedDateTime cursor = from.atZone(zone);
    ZonedDateTime end = to.atZone(zone);
    while (cursor.isBefore(end)) {
      LocalDate day = cursor.toLocalDate();
      if (isWorkingDay(day)) {
        ZonedDateTime dayOpens = day.atTime(opens).atZone(zone);
        ZonedDateTime dayCloses = day.atTime(closes).atZone(zone);
        ZonedDateTime a = cursor.isAfter(dayOpens) ? cursor : dayOpens;
        ZonedDateTime b = end.isBefore(dayCloses) ? end : dayCloses;
        if (b.isAfter(a)) {
          total = total.plus(Duration.between(a, b));
        }
      }
      cursor = day.plusDays(1).atStartOfDay(zone);
    }
    return total;
  }

  private Instant addWorkingTime(Instant start, Duration amount) {
    Duration left = amount;
    ZonedDateTime cursor = start.atZone(zone);
    for (int guard = 0; guard < 366 * 20; guard++) {
      LocalDate day = cursor.toLocalDate();
      if (isWorkingDay(day)) {
        ZonedDateTime dayOpens = day.atTime(opens).atZone(zone);
        ZonedDateTime dayCloses = day.atTime(closes).atZone(zone);
        ZonedDateTime from = cursor.isAfter(dayOpens) ? cursor : dayOpens;
        if (from.isBefore(dayCloses)) {
          Duration available = Duration.between(from, dayCloses);
          if (available.compareTo(left) >= 0) {
            return from.plus(left).toInstant();
          }
          left = left.minus(available);
        }
      }
      cursor = day.plusDays(1).atStartOfDay(zone);
    }
    throw new IllegalStateException(
        "no working time found within 20 years after " + start + "; check the calendar " + this);
  }

  @Override
  public String toString() {
    return "WorkingCalendar["
        + zone
        + ", weekend "
        + weekend
        + ", office "
        + opens
        + "-"
        + closes
        + ", "
        + holidays.size()
        + " holidays]";
  }

  /** Fail-fast builder for {@link WorkingCalendar}. */
  public static final class Builder {
    private ZoneId zone = ZoneId.of("Asia/Jakarta");
    private Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private final Map<LocalDate, String> holidays = new TreeMap<>();
    private LocalTime opens = LocalTime.of(8, 0);
    private LocalTime closes = LocalTime.of(16, 0);

    private Builder() {}

    /**
     * The zone the office is in; Asia/Jakarta by default.
     *
     * @param zone not null
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone must not be null");
      return this;
    }

    /**
     * The days the office is closed every week; at most six.
     *
     * @param days the weekend days; Saturday and Sunday by default
     * @return this builder
     */
    public Builder weekend(DayOfWeek... days) {
      EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
      Collections.addAll(set, days);
      if (set.size() > 6) {
        throw new PrimaConfigurationException(
            "weekend must leave at least one working day, but was " + set);
      }
      this.weekend = set;
      return this;
    }

    /**
     * Office hours on working days; {@code opens} must be before {@code closes}.
     *
     * @param opens the opening time; 08:00 by default
     * @param closes the closing time; 16:00 by default
     * @return this builder
     */
    public Builder officeHours(LocalTime opens, LocalTime closes) {
      if (opens == null || closes == null || !opens.isBefore(closes)) {
        throw new PrimaConfigurationException(
            "office hours must open before they close, but were " + opens + "-" + closes);
      }
      this.opens = opens;
      this.closes = closes;
      return this;
    }

    /**
     * Adds a public holiday; a later holiday on the same date replaces the name.
     *
     * @param date the day
     * @param name its name, such as {@code Hari Kemerdekaan}; {@code null} for none
     * @return this builder
     */
    public Builder holiday(LocalDate date, String name) {
      holidays.put(Objects.requireNonNull(date, "date must not be null"), name == null ? "" : name);
      return this;
    }

    /**
     * Public holidays from a UTF-8 text file: one {@code yyyy-MM-dd name} per line; blank lines and
     * lines starting with {@code #} are skipped.
     *
     * @param file the holiday file
     * @return this builder
     * @throws PrimaConfigurationException naming the file, line and text of a bad line
     */
    public Builder holidaysFrom(Path file) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return holidaysFrom(reader, file.toString());
      } catch (IOException e) {
        throw new PrimaConfigurationException("Cannot read the holiday file " + file + ": " + e, e);
      }
    }

    /**
     * Public holidays in the file format of {@link #holidaysFrom(Path)}, named {@code source}.
     *
     * @param reader the holidays; left open for the caller to close
     * @param source the name shown in messages, such as the file name
     * @return this builder
     */
    public Builder holidaysFrom(Reader reader, String source) {
      BufferedReader lines = new BufferedReader(reader);
      try {
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          number++;
          String text = line.strip();
          if (number == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
          }
          if (text.isEmpty() || text.startsWith("#")) {
            continue;
          }
          String[] parts = text.split("\\s+", 2);
          try {
            holiday(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : "");
          } catch (DateTimeParseException e) {
            throw new PrimaConfigurationException(
                source
                    + ":"
                    + number
                    + ": '"
                    + parts[0]
                    + "' is not a date; write one holiday per line as yyyy-MM-dd name, for"
                    + " example 2026-08-17 Hari Kemerdekaan");
          }
        }
      } catch (IOException e) {
        throw new PrimaConfigurationException("Cannot read holidays from " + source + ": " + e, e);
      }
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     */
    public WorkingCalendar build() {
      return new WorkingCalendar(this);
    }
  }
}
