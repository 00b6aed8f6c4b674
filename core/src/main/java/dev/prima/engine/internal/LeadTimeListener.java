package dev.prima.engine.internal;

import dev.prima.strategy.BreachKind;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/** Thin hook on process start: schedules the lead-time breach timer of the service standard. */
final class LeadTimeListener implements ExecutionListener {

  private final ServiceDuration leadTime;
  private final WorkingCalendar calendar;
  private final Clock clock;

  LeadTimeListener(ServiceDuration leadTime, WorkingCalendar calendar, Clock clock) {
    this.leadTime = leadTime;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Instant start = clock.instant();
    Instant due = calendar.add(start, leadTime);
    BreachJobHandler.schedule(
        (ExecutionEntity) execution,
        new BreachTimer(
            BreachKind.LEAD_TIME,
            null,
            null,
            null,
            leadTime.toString(),
            start.toEpochMilli(),
            due.toEpochMilli()));
  }
}
