package dev.prima.models.internal;

import dev.prima.engine.PrimaPlugin;
import dev.prima.strategy.WorkingCalendar;
import dev.prima.voice.ComplaintPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The calendar and complaint policy of the Prima instance running a complaint, or the defaults on
 * an engine without Prima.
 */
final class ComplaintDeadlines {

  private final WorkingCalendar calendar;
  private final ComplaintPolicy policy;

  private ComplaintDeadlines(WorkingCalendar calendar, ComplaintPolicy policy) {
    this.calendar = calendar;
    this.policy = policy;
  }

  static ComplaintDeadlines of(DelegateExecution execution) {
    Optional<PrimaPlugin> prima = PrimaPlugin.of(execution.getProcessEngine());
    return new ComplaintDeadlines(
        prima.map(PrimaPlugin::calendar).orElseGet(WorkingCalendar::ofDefaults),
        prima.map(PrimaPlugin::complaintPolicy).orElseGet(ComplaintPolicy::ofDefaults));
  }

  WorkingCalendar calendar() {
    return calendar;
  }

  ComplaintPolicy policy() {
    return policy;
  }

  /** Camunda's clock, which Prima keeps in step with its own (a test clock included). */
  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static boolean given(Object value) {
    return value != null && !value.toString().isBlank();
  }

  /** An ISO date (the end of that office day) or date-time given by the starter, as an instant. */
  Instant parse(String variable, Object given) {
    if (given instanceof Date date) {
      return date.toInstant();
    }
    String text = given.toString().trim();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atTime(calendar.closes()).atZone(calendar.zone()).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          variable
              + " must be an ISO date (2026-02-02) or date-time (2026-02-02T09:00:00Z),"
              + " but was '"
              + text
              + "'",
          e);
    }
  }
}
