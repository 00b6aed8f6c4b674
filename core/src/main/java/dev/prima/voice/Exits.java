package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.touchpoint.Channel;
import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Exit (Hirschman): a citizen withdraws a case, switches channel or silently abandons it. Each exit
 * is recorded as an {@link dev.prima.touchpoint.TouchpointKind#EXIT} touchpoint in the engine's own
 * transaction, so it commits or rolls back with whatever the engine does to the case.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Exits {

  /**
   * Withdraws a running case at the citizen's request: records the exit and deletes the case's
   * top-level process instances with delete reason {@code withdrawn: <reason>}, in one engine
   * transaction. Its active touchpoints end {@link dev.prima.touchpoint.Outcome#WITHDRAWN}; no task
   * or job of the case is left.
   *
   * @param caseId the case: business key of the top-level process instance (or its id)
   * @param reason the citizen's reason, kept with the exit
   * @return the recorded exit
   * @throws UnknownCaseException when no running or journaled case has this id
   * @throws CaseNotRunningException when the case has already ended
   */
  Exit withdraw(String caseId, String reason);

  /**
   * Records that the citizen left channel {@code from} for {@code to}: an exit touchpoint on {@code
   * from} and a {@link dev.prima.touchpoint.TouchpointKind#CONTACT} touchpoint ({@code
   * prima:channel-entry}) on {@code to}, in one transaction. The case keeps running.
   *
   * @param caseId the case
   * @param from the channel the citizen left
   * @param to the channel the citizen moved to
   * @param note why, or {@code null}
   * @return the recorded exit on {@code from}
   * @throws UnknownCaseException when no running or journaled case has this id
   * @throws InvalidVoiceException when both channels are the same
   */
  Exit switchChannel(String caseId, Channel from, Channel to, String note);

  /**
   * Finds running cases waiting on the citizen for longer than {@code idle}: an active touchpoint
   * in lane {@link dev.prima.touchpoint.Lane#CUSTOMER} that started more than {@code idle} ago by
   * Prima's clock. Each is recorded once per wait as an exit ("Case abandoned"): {@link
   * AbandonPolicy#FLAG} skips a case already flagged during that wait, {@link AbandonPolicy#CLOSE}
   * ends it (with delete reason {@code withdrawn: abandoned}) without a second exit. Meant to run
   * once a day.
   *
   * @param idle how long a citizen may keep a case waiting
   * @param policy flag the case, or also close it
   * @return the affected case ids, in the order their idle touchpoints started
   */
  List<String> abandonIdleCases(Duration idle, AbandonPolicy policy);

  /**
   * {@return every exit of one case, oldest first}
   *
   * @param caseId the case
   */
  List<Exit> exitsOf(String caseId);
}
