package dev.prima.strategy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A case went past a limit of its service standard, noticed at the moment it happened.
 *
 * @param touchpointId the touchpoint that overran, or {@code null} for a lead-time breach
 * @param elementId its BPMN element, or {@code null} for a lead-time breach
 * @param limit the limit as the standard states it, e.g. {@code 14 working days}
 * @param started when the case or touchpoint started
 * @param due when the limit ran out
 * @param detected when Prima noticed (the timer job ran)
 * @param id the breach's id
 * @param kind what was breached: a lead time, a touchpoint target or a complaint deadline
 * @param caseId the case (business key)
 * @param processInstanceId the process instance that breached
 * @param processDefinitionKey the service
 * @param moment the touchpoint's moment name, or {@code null} for a lead-time breach
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Breach(
    String id,
    BreachKind kind,
    String caseId,
    String processInstanceId,
    String processDefinitionKey,
    String touchpointId,
    String elementId,
    String moment,
    String limit,
    Instant started,
    Instant due,
    Instant detected) {

  /**
   * Checks that the required values are given.
   *
   * @param id the breach's id
   * @param kind what was breached: a lead time, a touchpoint target or a complaint deadline
   * @param caseId the case (business key)
   * @param processInstanceId the process instance that breached
   * @param processDefinitionKey the service
   * @param touchpointId the touchpoint that overran, or {@code null}
   * @param elementId its BPMN element, or {@code null}
   * @param moment its moment name, or {@code null} for a lead-time breach
   * @param limit the limit as the standard states it
   * @param started when the case or touchpoint started
   * @param due when the limit ran out
   * @param detected when Prima noticed
   */
  public Breach {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(caseId, "caseId must not be null");
    Objects.requireNonNull(processInstanceId, "processInstanceId must not be null");
    Objects.requireNonNull(processDefinitionKey, "processDefinitionKey must not be null");
    Objects.requireNonNull(limit, "limit must not be null");
    Objects.requireNonNull(started, "started must not be null");
    Objects.requireNonNull(due, "due must not be null");
    Objects.requireNonNull(detected, "detected must not be null");
    if (kind == BreachKind.TOUCHPOINT_TARGET && elementId == null) {
      throw new IllegalArgumentException("a touchpoint breach needs its elementId");
    }
  }

  /** {@return how late it was when noticed} */
  public Duration lateBy() {
    return Duration.between(due, detected);
  }

  @Override
  public String toString() {
    return "Breach["
        + kind
        + " "
        + caseId
        + (elementId == null ? "" : " at " + elementId + " '" + moment + "'")
        + ": limit "
        + limit
        + " from "
        + started
        + " ran out at "
        + due
        + "]";
  }
}
