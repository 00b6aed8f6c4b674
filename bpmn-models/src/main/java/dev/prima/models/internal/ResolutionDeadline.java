package dev.prima.models.internal;

import static dev.prima.models.ComplaintHandling.RESOLUTION_DUE;
import static dev.prima.models.ComplaintHandling.TIER;

import dev.prima.models.ComplaintHandling;
import dev.prima.strategy.ServiceDuration;
import dev.prima.voice.ComplaintTier;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Sets {@code resolutionDue} of a complaint as an ISO instant: the starter's value normalised, or
 * now plus {@code resolutionTime} when given, else plus the tier's limit in the complaint policy of
 * the Prima instance running it, on that instance's working calendar.
 */
public class ResolutionDeadline implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ComplaintDeadlines deadlines = ComplaintDeadlines.of(execution);
    Object given = execution.getVariable(RESOLUTION_DUE.name());
    Object time = execution.getVariable(ComplaintHandling.RESOLUTION_TIME.name());
    Instant due;
    if (ComplaintDeadlines.given(given)) {
      due = deadlines.parse(RESOLUTION_DUE.name(), given);
    } else {
      ServiceDuration limit =
          ComplaintDeadlines.given(time)
              ? ServiceDuration.parse(time.toString())
              : fromTier(deadlines, execution.getVariable(TIER.name()));
      due = deadlines.calendar().add(ComplaintDeadlines.now(), limit);
    }
    execution.setVariable(RESOLUTION_DUE.name(), due.toString());
  }

  private static ServiceDuration fromTier(ComplaintDeadlines deadlines, Object tier) {
    if (tier != null && ComplaintHandling.TIERS.contains(tier.toString())) {
      return deadlines.policy().resolution(ComplaintTier.valueOf(tier.toString()));
    }
    throw new IllegalArgumentException(
        "tier must be one of "
            + ComplaintHandling.TIERS
            + " when no resolutionDue is given, but was '"
            + tier
            + "'. Fix: set the variable tier when completing the classification");
  }
}
