package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.touchpoint.Channel;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A citizen left a case: one {@link dev.prima.touchpoint.TouchpointKind#EXIT} touchpoint of the
 * journal with its note.
 *
 * @param touchpointId the exit touchpoint's id in the journal
 * @param channel the channel left, or {@code null} when not known (a withdrawal)
 * @param note the citizen's reason, the switch note or why the case counted as abandoned
 * @param processDefinitionKey the service of the case
 * @param caseId the case
 * @param kind withdrawal, channel switch or abandonment
 * @param at when the citizen left, by Prima's clock
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Exit(
    String touchpointId,
    String caseId,
    String processDefinitionKey,
    ExitKind kind,
    Channel channel,
    String note,
    Instant at) {

  /**
   * Checks the required values.
   *
   * @param touchpointId the exit touchpoint's id
   * @param caseId the case
   * @param processDefinitionKey the service of the case
   * @param kind withdrawal, channel switch or abandonment
   * @param channel the channel left, or {@code null}
   * @param note the note, or {@code null}
   * @param at when the citizen left
   */
  public Exit {
    Objects.requireNonNull(touchpointId, "touchpointId must not be null");
    Objects.requireNonNull(caseId, "caseId must not be null");
    Objects.requireNonNull(processDefinitionKey, "processDefinitionKey must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }

  @Override
  public String toString() {
    return "Exit["
        + kind
        + " "
        + caseId
        + (channel == null ? "" : " from " + channel.id())
        + " at "
        + at
        + (note == null ? "" : ": " + note)
        + "]";
  }
}
