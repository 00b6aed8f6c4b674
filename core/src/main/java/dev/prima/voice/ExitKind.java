package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;

/** How a citizen left: each kind is journaled under its own synthetic element id. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ExitKind {
  /** The citizen withdrew the case. */
  WITHDRAWAL("prima:withdrawal", "Case withdrawn by the citizen"),
  /** The citizen stopped responding; found by {@link Exits#abandonIdleCases}. */
  ABANDONMENT("prima:abandonment", "Case abandoned"),
  /** The citizen left one channel for another; the entry is a separate contact touchpoint. */
  CHANNEL_SWITCH("prima:channel-exit", "Left the channel");

  private final String elementId;
  private final String moment;

  ExitKind(String elementId, String moment) {
    this.elementId = elementId;
    this.moment = moment;
  }

  /**
   * {@return the synthetic element id of the exit touchpoint in the journal, e.g. {@code
   * prima:withdrawal}}
   */
  public String elementId() {
    return elementId;
  }

  /** {@return the moment recorded for it, e.g. {@code Case withdrawn by the citizen}} */
  public String moment() {
    return moment;
  }

  /**
   * {@return the kind journaled under {@code elementId}, if it is one}
   *
   * @param elementId a journal element id, such as {@code prima:withdrawal}
   */
  public static Optional<ExitKind> ofElementId(String elementId) {
    return Arrays.stream(values()).filter(k -> k.elementId.equals(elementId)).findFirst();
  }
}
