package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;

/**
 * A person sends a message to the case, such as a document arriving by mail or a citizen's reply.
 * Immutable: each setter returns a new step. The clock first moves forward by {@link
 * #after(Duration)}, running due jobs; then the message is correlated to the case by its business
 * key, authenticated as the person. When nothing in the case waits for the message, the step fails
 * with the case's open tasks and its cycle of service.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class MessageStep implements Step {

  private final Actor actor;
  private final String messageName;
  private final Duration after;
  private final Map<String, Object> variables;

  MessageStep(Actor actor, String messageName) {
    this(actor, messageName, Duration.ZERO, Map.of());
  }

  private MessageStep(
      Actor actor, String messageName, Duration after, Map<String, Object> variables) {
    this.actor = Objects.requireNonNull(actor, "actor must not be null");
    if (messageName == null || messageName.isBlank()) {
      throw new IllegalArgumentException(
          "messageName must not be blank, but was '" + messageName + "'");
    }
    this.messageName = messageName;
    this.after = after;
    this.variables = variables;
  }

  /**
   * The message arrives {@code duration} after the previous step.
   *
   * @param duration the time between the previous step and the message; not negative
   * @return this step
   */
  public MessageStep after(Duration duration) {
    Objects.requireNonNull(duration, "duration must not be null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, but was " + duration);
    }
    return new MessageStep(actor, messageName, duration, variables);
  }

  /**
   * The message carries these process variables (added to any given before).
   *
   * @param variables variable names and values
   * @return this step
   */
  public MessageStep with(Map<String, ?> variables) {
    Objects.requireNonNull(variables, "variables must not be null");
    Map<String, Object> all = new HashMap<>(this.variables);
    all.putAll(variables);
    return new MessageStep(actor, messageName, after, Collections.unmodifiableMap(all));
  }

  @Override
  public void performOn(ServiceCase serviceCase) {
    if (!after.isZero()) {
      serviceCase.clock().advanceAndRunDueJobs(after);
    }
    try {
      serviceCase.asActor(
          actor,
          () ->
              serviceCase
                  .prima()
                  .processEngine()
                  .getRuntimeService()
                  .createMessageCorrelation(messageName)
                  .processInstanceBusinessKey(serviceCase.caseId())
                  .setVariables(variables)
                  .correlate());
    } catch (MismatchingMessageCorrelationException e) {
      throw serviceCase.failure(this + ": nothing in the case waits for this message");
    }
  }

  @Override
  public String toString() {
    return actor
        + " sends '"
        + messageName
        + "'"
        + (after.isZero() ? "" : " after " + ServiceTimeAssert.show(after))
        + (variables.isEmpty() ? "" : " with " + variables);
  }
}
