package dev.prima.models.internal;

import static dev.prima.models.ComplaintHandling.RESOLUTION_DUE;
import static dev.prima.models.ComplaintHandling.TIER;

import dev.prima.models.ComplaintHandling;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Sets {@code resolutionDue} of a complaint as an ISO instant: the starter's value normalised, or
 * now plus {@code resolutionTime} when given, else plus the tier's working days, on the default
 * working calendar.
 */
public class ResolutionDeadline implements JavaDelegate {

  static final Map<String, Integer> WORKING_DAYS =
      Map.of(
          ComplaintHandling.TIER_LIGHT, 2,
          ComplaintHandling.TIER_NORMATIVE, 5,
          ComplaintHandling.TIER_SERIOUS, 14,
          ComplaintHandling.TIER_SUPERVISION, 60);

  private static final WorkingCalendar CALENDAR = WorkingCalendar.ofDefaults();

  @Override
  public void execute(DelegateExecution execution) {
    Object given = execution.getVariable(RESOLUTION_DUE.name());
    Object time = execution.getVariable(ComplaintHandling.RESOLUTION_TIME.name());
    Instant due =
        given != null && !given.toString().isBlank()
            ? parse(given)
            : time != null && !time.toString().isBlank()
                ? CALENDAR.add(now(), ServiceDuration.parse(time.toString()))
                : fromTier(execution.getVariable(TIER.name()));
    execution.setVariable(RESOLUTION_DUE.name(), due.toString());
  }

  private static Instant fromTier(Object tier) {
    Integer days = tier == null ? null : WORKING_DAYS.get(tier.toString());
    if (days == null) {
      throw new IllegalArgumentException(
          "tier must be one of "
              + ComplaintHandling.TIERS
              + " when no resolutionDue is given, but was '"
              + tier
              + "'. Fix: set the variable tier when completing the classification");
    }
    return CALENDAR.add(now(), ServiceDuration.workingDays(days));
  }

  /** Camunda's clock, which Prima keeps in step with its own (a test clock included). */
  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static Instant parse(Object given) {
    if (given instanceof Date date) {
      return date.toInstant();
    }
    String text = given.toString().trim();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atTime(CALENDAR.closes()).atZone(CALENDAR.zone()).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "resolutionDue must be an ISO date (2026-02-02) or date-time (2026-02-02T09:00:00Z),"
              + " but was '"
              + text
              + "'",
          e);
    }
  }
}
