package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.touchpoint.Channel;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A complaint or suggestion as stored in {@code PRIMA_VOICE}: what was said, by whom, when it must
 * be answered and how it was.
 *
 * @param caseId the case, or {@code null} for a service in general
 * @param touchpointId the moment of truth concerned, or {@code null}
 * @param complainant who spoke; {@code null} when anonymous, {@link Complainant#HIDDEN} when the
 *     viewer may not see it
 * @param deadline when it must be answered: lodged plus the service standard's complaint deadline
 * @param deadlineLimit that deadline as the standard states it, e.g. {@code 14 days}
 * @param answered when it was answered, or {@code null}
 * @param outcome the answer, or {@code null}
 * @param handlingProcessInstanceId the complaint-handling process started for it, or {@code null}
 * @param id the complaint's id, to answer it with
 * @param kind complaint or suggestion
 * @param serviceKey the service (process key)
 * @param channel where it was lodged
 * @param text what was said
 * @param tier how heavy it is
 * @param lodged when it was lodged
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Complaint(
    String id,
    VoiceKind kind,
    String caseId,
    String serviceKey,
    String touchpointId,
    Complainant complainant,
    Channel channel,
    String text,
    ComplaintTier tier,
    Instant lodged,
    Instant deadline,
    String deadlineLimit,
    Instant answered,
    String outcome,
    String handlingProcessInstanceId) {

  /**
   * Checks the required values; {@code answered} and {@code outcome} are given together or not at
   * all.
   *
   * @param id the complaint's id
   * @param kind complaint or suggestion
   * @param caseId the case, or {@code null}
   * @param serviceKey the service (process key)
   * @param touchpointId the moment of truth concerned, or {@code null}
   * @param complainant who spoke, or {@code null}
   * @param channel where it was lodged
   * @param text what was said
   * @param tier how heavy it is
   * @param lodged when it was lodged
   * @param deadline when it must be answered
   * @param deadlineLimit that deadline as the standard states it
   * @param answered when it was answered, or {@code null}
   * @param outcome the answer, or {@code null}
   * @param handlingProcessInstanceId the handling process, or {@code null}
   * @throws IllegalArgumentException when only one of {@code answered} and {@code outcome} is given
   */
  public Complaint {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(serviceKey, "serviceKey must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(tier, "tier must not be null");
    Objects.requireNonNull(lodged, "lodged must not be null");
    Objects.requireNonNull(deadline, "deadline must not be null");
    Objects.requireNonNull(deadlineLimit, "deadlineLimit must not be null");
    if ((answered == null) != (outcome == null)) {
      throw new IllegalArgumentException(
          "answered and outcome go together, but were " + answered + " and " + outcome);
    }
  }

  /** {@return whether it has been answered} */
  public boolean isAnswered() {
    return answered != null;
  }

  /** {@return whether it was answered by its deadline; empty while unanswered} */
  public Optional<Boolean> answeredInTime() {
    return answered == null ? Optional.empty() : Optional.of(!answered.isAfter(deadline));
  }

  /**
   * {@return whether it is unanswered and past its deadline at {@code now}}
   *
   * @param now the instant to judge at
   */
  public boolean isOverdue(Instant now) {
    return answered == null && now.isAfter(deadline);
  }

  /**
   * The same complaint with the complainant replaced by {@link Complainant#HIDDEN}, if any.
   *
   * @return a changed copy, or this complaint when it is anonymous
   */
  public Complaint masked() {
    return complainant == null ? this : withComplainant(Complainant.HIDDEN);
  }

  /**
   * The same complaint, answered at {@code when} with {@code outcome}.
   *
   * @param when when it was answered
   * @param outcome the answer
   * @return a changed copy; this complaint is left unchanged
   */
  public Complaint answeredAt(Instant when, String outcome) {
    return with(complainant, when, outcome, handlingProcessInstanceId);
  }

  /**
   * The same complaint with a handling process instance.
   *
   * @param processInstanceId the handling process instance
   * @return a changed copy; this complaint is left unchanged
   */
  public Complaint handledBy(String processInstanceId) {
    return with(complainant, answered, outcome, processInstanceId);
  }

  private Complaint withComplainant(Complainant who) {
    return with(who, answered, outcome, handlingProcessInstanceId);
  }

  /** A copy with the fields that change after lodging replaced. */
  private Complaint with(
      Complainant who, Instant answeredAt, String answer, String handlingInstanceId) {
    return new Complaint(
        id,
        kind,
        caseId,
        serviceKey,
        touchpointId,
        who,
        channel,
        text,
        tier,
        lodged,
        deadline,
        deadlineLimit,
        answeredAt,
        answer,
        handlingInstanceId);
  }

  /** Never the complainant: applications log such objects. */
  @Override
  public String toString() {
    return "Complaint["
        + kind
        + " "
        + id
        + (caseId == null ? " service " + serviceKey : " case " + caseId)
        + " by "
        + (complainant == null ? "anonymous" : "a named complainant")
        + " due "
        + deadline
        + (answered == null ? " unanswered" : " answered " + answered)
        + "]";
  }
}
