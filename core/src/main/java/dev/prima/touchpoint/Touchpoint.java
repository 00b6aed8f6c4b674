package dev.prima.touchpoint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One moment of truth of one case: the citizen met the service at a BPMN element marked as a
 * touchpoint. Immutable and free of Camunda types.
 *
 * <p>{@code channel}, {@code lane}, {@code userId}, {@code role}, {@code tenantId}, {@code target}
 * and {@code end} may be {@code null}: not declared, nobody involved, or not ended yet ({@link
 * Outcome#ACTIVE}). {@code start} is {@code null} only in an end notification whose start happened
 * in an earlier transaction on a wait state other than a user task; the journal always has it.
 *
 * @param id the touchpoint's id: Camunda's activity instance id
 * @param caseId the case: the business key of the top-level process instance, or its id when it has
 *     no business key
 * @param processInstanceId the process instance the element ran in (a called child's own id)
 * @param rootProcessInstanceId the top-level process instance (the parent of a call activity)
 * @param sequence orders touchpoints that share a start instant; increases with recording order
 * @param processDefinitionKey the service: the key of the process the element belongs to
 * @param processDefinitionVersion the version of that process definition
 * @param elementId the BPMN element id
 * @param elementName the BPMN element's name, or {@code null}
 * @param moment the moment-of-truth name, as declared in {@code prima.touchpoint}
 * @param channel how the citizen meets the service here, or {@code null}
 * @param lane the service blueprint lane, or {@code null}
 * @param kind what sort of moment it is
 * @param userId who served: the task's assignee or the authenticated user, or {@code null}
 * @param role the candidate group of a user task, or {@code null}
 * @param tenantId the Camunda tenant, or {@code null}
 * @param start when it started (see above): for a user task, when the citizen joined the queue
 * @param served when an officer first took a user task (claimed or was assigned it), so the citizen
 *     was being served from then on; {@code null} when nobody took it before it ended, for other
 *     elements, and in journals written before Prima recorded it
 * @param end when it ended; {@code null} while active
 * @param target the declared target duration, or {@code null}
 * @param outcome how it ended, or {@link Outcome#ACTIVE}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Touchpoint(
    String id,
    String caseId,
    String processInstanceId,
    String rootProcessInstanceId,
    String processDefinitionKey,
    int processDefinitionVersion,
    String elementId,
    String elementName,
    String moment,
    Channel channel,
    Lane lane,
    TouchpointKind kind,
    String userId,
    String role,
    String tenantId,
    Instant start,
    Instant served,
    Instant end,
    Duration target,
    Outcome outcome,
    long sequence) {

  /**
   * Checks the touchpoint: required values given, {@code end} exactly when not active and not
   * before {@code start}, and a positive target.
   *
   * @param id Camunda's activity instance id
   * @param caseId the case
   * @param processInstanceId the process instance the element ran in
   * @param rootProcessInstanceId the top-level process instance
   * @param processDefinitionKey the service
   * @param processDefinitionVersion the version of the process definition
   * @param elementId the BPMN element id
   * @param elementName the BPMN element's name, or {@code null}
   * @param moment the moment-of-truth name
   * @param channel the channel, or {@code null}
   * @param lane the blueprint lane, or {@code null}
   * @param kind the kind of moment
   * @param userId who served, or {@code null}
   * @param role the candidate group, or {@code null}
   * @param tenantId the Camunda tenant, or {@code null}
   * @param start when it started, or {@code null} (see above)
   * @param served when an officer first took it, or {@code null}; not before {@code start}, not
   *     after {@code end}
   * @param end when it ended; {@code null} while active
   * @param target the declared target, positive, or {@code null}
   * @param outcome how it ended, or {@link Outcome#ACTIVE}
   * @param sequence the recording order among touchpoints with the same start
   * @throws IllegalArgumentException when the values contradict each other
   */
  public Touchpoint {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(caseId, "caseId must not be null");
    Objects.requireNonNull(processInstanceId, "processInstanceId must not be null");
    Objects.requireNonNull(rootProcessInstanceId, "rootProcessInstanceId must not be null");
    Objects.requireNonNull(processDefinitionKey, "processDefinitionKey must not be null");
    Objects.requireNonNull(elementId, "elementId must not be null");
    Objects.requireNonNull(moment, "moment must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(outcome, "outcome must not be null");
    if ((end == null) != (outcome == Outcome.ACTIVE)) {
      throw new IllegalArgumentException(
          "end must be null exactly when outcome is ACTIVE, but end was "
              + end
              + " with outcome "
              + outcome
              + " for touchpoint "
              + id);
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException(
          "end must not be before start, but was " + end + " < " + start + " for " + id);
    }
    if (served != null && start != null && served.isBefore(start)) {
      throw new IllegalArgumentException(
          "served must not be before start, but was " + served + " < " + start + " for " + id);
    }
    if (served != null && end != null && served.isAfter(end)) {
      throw new IllegalArgumentException(
          "served must not be after end, but was " + served + " > " + end + " for " + id);
    }
    if (target != null && (target.isNegative() || target.isZero())) {
      throw new IllegalArgumentException("target must be positive, but was " + target);
    }
  }

  /**
   * Time spent in this moment, once it has ended and its start is known.
   *
   * @return the duration; empty while active or when the start is unknown
   */
  public Optional<Duration> duration() {
    return start == null || end == null
        ? Optional.empty()
        : Optional.of(Duration.between(start, end));
  }

  /** {@return whether the citizen is at this moment now} */
  public boolean isActive() {
    return outcome == Outcome.ACTIVE;
  }

  /** {@return whether it ended later than its declared target; false without a target or an end} */
  public boolean exceededTarget() {
    return target != null && duration().map(d -> d.compareTo(target) > 0).orElse(false);
  }

  /**
   * This touchpoint ended at {@code end} with {@code outcome}, served by {@code userId} if given.
   *
   * @param end when it ended
   * @param outcome how it ended; not {@link Outcome#ACTIVE}
   * @param userId who served, or {@code null} to keep the current one
   * @return a changed copy; this touchpoint is left unchanged
   */
  public Touchpoint endedAt(Instant end, Outcome outcome, String userId) {
    return copy(moment, userId != null ? userId : this.userId, served, end, outcome);
  }

  /**
   * This touchpoint, first taken by an officer at {@code served}.
   *
   * @param served when an officer first took it, or {@code null} when nobody did
   * @return a changed copy; this touchpoint is left unchanged
   * @throws IllegalArgumentException when {@code served} is before the start or after the end
   */
  public Touchpoint servedAt(Instant served) {
    return copy(moment, userId, served, end, outcome);
  }

  /**
   * This touchpoint with its moment named {@code moment}, such as the name a model gives in the
   * reader's language ({@code prima.touchpoint.id}); everything else unchanged.
   *
   * @param moment the name to show; not null
   * @return this touchpoint when the name is the same, else a changed copy
   */
  public Touchpoint withMoment(String moment) {
    Objects.requireNonNull(moment, "moment must not be null");
    if (moment.equals(this.moment)) {
      return this;
    }
    return copy(moment, userId, served, end, outcome);
  }

  /** A copy with the components that change after recording; the others are this one's. */
  private Touchpoint copy(
      String moment, String userId, Instant served, Instant end, Outcome outcome) {
    return new Touchpoint(
        id,
        caseId,
        processInstanceId,
        rootProcessInstanceId,
        processDefinitionKey,
        processDefinitionVersion,
        elementId,
        elementName,
        moment,
        channel,
        lane,
        kind,
        userId,
        role,
        tenantId,
        start,
        served,
        end,
        target,
        outcome,
        sequence);
  }

  @Override
  public String toString() {
    return "Touchpoint["
        + caseId
        + " '"
        + moment
        + "' at "
        + elementId
        + (channel == null ? "" : " via " + channel.id())
        + (lane == null ? "" : " " + lane)
        + (userId == null ? "" : " by " + userId)
        + (role == null ? "" : " as " + role)
        + " "
        + outcome
        + duration().map(d -> " in " + d).orElse("")
        + "]";
  }
}
