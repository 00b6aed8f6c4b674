package dev.prima.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaConfigurationException;
import dev.prima.people.NoQualifiedStaffPolicy;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.WorkingCalendar;
import dev.prima.voice.ComplaintPolicy;
import dev.prima.voice.ComplaintTier;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Prima's settings under {@code prima.*}, checked when the application starts: a bad value stops it
 * with one message that names the property, the value and the valid form.
 *
 * @param enabled Whether Prima is auto-configured at all
 * @param calendar The working calendar that working-day limits are counted on
 * @param complaints Who may see who lodged a complaint, and how soon complaints are handled
 * @param people What competency routing does when nobody qualifies
 * @param touchpointLog The touchpoint log (logger {@code dev.prima.touchpoint})
 * @param listeners Touchpoint listeners found on the class path
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@ConfigurationProperties("prima")
public record PrimaProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue Calendar calendar,
    @DefaultValue Complaints complaints,
    @DefaultValue People people,
    @DefaultValue TouchpointLog touchpointLog,
    @DefaultValue Listeners listeners) {

  /**
   * The office calendar.
   *
   * @param zone The office's time zone, such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura
   * @param officeHours Opening and closing time, HH:mm-HH:mm, such as 08:00-16:00
   * @param weekendDays The days the office is closed every week, such as SATURDAY,SUNDAY
   * @param holidayFile Public holidays, one "yyyy-MM-dd name" line each, such as
   *     classpath:libur-2026.txt or file:/etc/prima/libur-2026.txt
   */
  public record Calendar(
      @DefaultValue("Asia/Jakarta") ZoneId zone,
      @DefaultValue("08:00-16:00") String officeHours,
      @DefaultValue({"SATURDAY", "SUNDAY"}) List<DayOfWeek> weekendDays,
      Resource holidayFile) {

    /**
     * Checks the settings, so that a bad office-hours range or a missing holiday file stops the
     * start and names its property.
     *
     * @param zone the zone of the office; Asia/Jakarta by default
     * @param officeHours the opening hours, {@code HH:mm-HH:mm}; 08:00-16:00 by default
     * @param weekendDays the days without service; Saturday and Sunday by default
     * @param holidayFile the public holidays, one {@code yyyy-MM-dd name} per line, or {@code null}
     *     for none
     * @throws PrimaConfigurationException when the office hours are malformed or the holiday file
     *     does not exist
     */
    public Calendar {
      opens(officeHours);
      closes(officeHours);
      if (holidayFile != null && !holidayFile.exists()) {
        throw new PrimaConfigurationException(
            "prima.calendar.holiday-file is '"
                + holidayFile.getDescription()
                + "', which does not exist. Fix: give an existing file, such as"
                + " classpath:libur-2026.txt or file:/etc/prima/libur-2026.txt.");
      }
    }

    /** {@return the calendar these settings describe} */
    public WorkingCalendar toWorkingCalendar() {
      WorkingCalendar.Builder builder =
          WorkingCalendar.custom()
              .zone(zone)
              .weekend(weekendDays.toArray(DayOfWeek[]::new))
              .officeHours(opens(officeHours), closes(officeHours));
      if (holidayFile != null) {
        try (Reader reader =
            new InputStreamReader(holidayFile.getInputStream(), StandardCharsets.UTF_8)) {
          builder.holidaysFrom(reader, "prima.calendar.holiday-file " + holidayFile);
        } catch (IOException e) {
          throw new PrimaConfigurationException(
              "Cannot read prima.calendar.holiday-file '"
                  + holidayFile.getDescription()
                  + "': "
                  + e.getMessage(),
              e);
        }
      }
      return builder.build();
    }

    private static LocalTime opens(String officeHours) {
      return officeTime(officeHours, 0);
    }

    private static LocalTime closes(String officeHours) {
      return officeTime(officeHours, 1);
    }

    private static LocalTime officeTime(String officeHours, int part) {
      String[] times = officeHours == null ? new String[0] : officeHours.trim().split("\\s*-\\s*");
      try {
        if (times.length == 2) {
          LocalTime opens = LocalTime.parse(times[0]);
          LocalTime closes = LocalTime.parse(times[1]);
          if (opens.isBefore(closes)) {
            return part == 0 ? opens : closes;
          }
        }
      } catch (DateTimeParseException e) {
        // reported below with the property's name
      }
      throw new PrimaConfigurationException(
          "prima.calendar.office-hours must be opening and closing time as HH:mm-HH:mm, the"
              + " opening first, such as 08:00-16:00, but was '"
              + officeHours
              + "'");
    }
  }

  /**
   * Complaint handling.
   *
   * @param officerRoles The roles allowed to see who lodged a complaint (name and contact)
   * @param acknowledgement How soon a complaint is acknowledged, at most P14D (UU 25/2009), such as
   *     3 working days; unset for 14 days
   * @param resolution How soon a complaint is resolved after classification, per tier (light,
   *     normative, serious, supervision), at most 2, 5, 14 and 60 working days; an unset tier keeps
   *     its default
   */
  public record Complaints(
      @DefaultValue("complaint-officer") List<String> officerRoles,
      String acknowledgement,
      Map<ComplaintTier, String> resolution) {

    /**
     * Checks the settings, so that a missing officer role or a limit beyond the law stops the start
     * and names its property.
     *
     * @param officerRoles the roles allowed to see who lodged a complaint; at least one, none blank
     * @param acknowledgement how soon a complaint is acknowledged, such as {@code 3 working days};
     *     unset for 14 days
     * @param resolution how soon a complaint is resolved, per tier; an unset tier keeps its default
     * @throws PrimaConfigurationException when a role is missing or blank, or a limit is malformed
     *     or too long
     */
    public Complaints {
      if (officerRoles == null
          || officerRoles.isEmpty()
          || officerRoles.stream().anyMatch(role -> role == null || role.isBlank())) {
        throw new PrimaConfigurationException(
            "prima.complaints.officer-roles must name at least one role and no blank one, such"
                + " as complaint-officer, but was '"
                + (officerRoles == null ? "" : String.join(",", officerRoles))
                + "'; without one nobody could see a complainant");
      }
      officerRoles = List.copyOf(officerRoles);
      resolution = resolution == null ? Map.of() : Map.copyOf(resolution);
      policy(acknowledgement, resolution); // a bad limit stops the start, naming its property
    }

    /** {@return the complaint policy these settings describe} */
    public ComplaintPolicy toComplaintPolicy() {
      return policy(acknowledgement, resolution);
    }

    private static ComplaintPolicy policy(
        String acknowledgement, Map<ComplaintTier, String> resolution) {
      ComplaintPolicy.Builder policy = ComplaintPolicy.custom();
      if (acknowledgement != null && !acknowledgement.isBlank()) {
        policy.acknowledgement(limit("prima.complaints.acknowledgement", acknowledgement, null));
      }
      resolution.forEach(
          (tier, text) ->
              policy.resolution(
                  tier,
                  limit(
                      "prima.complaints.resolution."
                          + tier.name().toLowerCase(java.util.Locale.ROOT),
                      text,
                      tier)));
      return policy.build();
    }

    private static ServiceDuration limit(String property, String text, ComplaintTier tier) {
      try {
        ServiceDuration limit = ServiceDuration.parse(text);
        // the builder's own check, so that its message can carry the property's name
        if (tier == null) {
          ComplaintPolicy.custom().acknowledgement(limit);
        } else {
          ComplaintPolicy.custom().resolution(tier, limit);
        }
        return limit;
      } catch (RuntimeException e) {
        throw new PrimaConfigurationException(
            property + " is '" + text + "', which is refused: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Frontline people.
   *
   * @param noQualifiedStaff What to do when nobody in a role meets its competency requirements:
   *     LEAVE_TO_GROUP or ESCALATE_TO_SUPERVISOR
   */
  public record People(@DefaultValue("LEAVE_TO_GROUP") NoQualifiedStaffPolicy noQualifiedStaff) {}

  /**
   * The touchpoint log.
   *
   * @param enabled Whether one line per touchpoint is logged on dev.prima.touchpoint
   */
  public record TouchpointLog(@DefaultValue("true") boolean enabled) {}

  /**
   * Touchpoint listeners.
   *
   * @param discover Whether the listeners listed in a META-INF/services file for Prima's
   *     TouchpointListener are added, besides the listener beans
   */
  public record Listeners(@DefaultValue("true") boolean discover) {}
}
