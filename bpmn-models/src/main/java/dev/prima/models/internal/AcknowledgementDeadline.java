package dev.prima.models.internal;

import static dev.prima.models.ComplaintHandling.ACKNOWLEDGEMENT_DUE;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Sets {@code acknowledgementDue} when a complaint starts, as an ISO instant: the starter's value
 * normalised, else now plus the acknowledgement of the Prima instance's complaint policy, on its
 * working calendar.
 */
public class AcknowledgementDeadline implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    ComplaintDeadlines deadlines = ComplaintDeadlines.of(execution);
    Object given = execution.getVariable(ACKNOWLEDGEMENT_DUE.name());
    Instant due =
        ComplaintDeadlines.given(given)
            ? deadlines.parse(ACKNOWLEDGEMENT_DUE.name(), given)
            : deadlines
                .calendar()
                .add(ComplaintDeadlines.now(), deadlines.policy().acknowledgement());
    execution.setVariable(ACKNOWLEDGEMENT_DUE.name(), due.toString());
  }
}
