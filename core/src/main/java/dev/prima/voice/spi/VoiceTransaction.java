package dev.prima.voice.spi;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.prima.touchpoint.Touchpoint;
import dev.prima.voice.Complaint;
import dev.prima.voice.TouchpointRating;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** What voice work may do inside one engine transaction; valid only during that transaction. */
@API(status = INTERNAL, since = "0.1.0")
public interface VoiceTransaction {

  /**
   * {@return the running top-level process instances of a case: those with {@code caseId} as
   * business key, or the instance with that id when it has no business key}
   *
   * @param caseId the case id or process instance id
   */
  List<CaseInstance> runningInstances(String caseId);

  /**
   * {@return the key of the case {@code caseId} names: itself when it is a business key or an
   * unknown id, the business key of the process instance when it is a process instance id (running,
   * or finished and in the history)} One case, one key, whichever id the caller had at hand.
   *
   * @param caseId the case id or process instance id
   */
  String caseKeyOf(String caseId);

  /**
   * Records a touchpoint opened and closed at {@code entry.at()} on the case of {@code instance}.
   *
   * @param instance the case's process instance
   * @param entry what to record
   * @return the recorded touchpoint
   */
  Touchpoint record(CaseInstance instance, JournalEntry entry);

  /**
   * Like {@link #record} but with no user at all, whoever is authenticated: the touchpoint of a
   * complaint must not say who lodged it.
   *
   * @param instance the case's process instance
   * @param entry what to record
   * @return the recorded touchpoint
   */
  Touchpoint recordWithoutUser(CaseInstance instance, JournalEntry entry);

  /**
   * Deletes a running process instance with a delete reason, ending its touchpoints.
   *
   * @param instance the process instance to delete
   * @param deleteReason the delete reason, such as {@code withdrawn: moved away}
   */
  void endInstance(CaseInstance instance, String deleteReason);

  /**
   * Starts the latest version of {@code processKey} when it is deployed, as no user: the engine's
   * history and operation log do not record who is authenticated.
   *
   * @param processKey the process definition key
   * @param businessKey the business key of the new instance
   * @param variables the start variables
   * @return the new process instance's id, or empty when no such process is deployed
   */
  Optional<String> startProcess(
      String processKey, String businessKey, Map<String, Object> variables);

  /**
   * Stores a new complaint or suggestion; its complainant, if any, apart from it.
   *
   * @param complaint the complaint to store
   */
  void insertComplaint(Complaint complaint);

  /**
   * Deletes a complaint's complainant and replaces its text and answer with {@code replacement}.
   *
   * @param complaintId the complaint's id
   * @param replacement the note that replaces the text and the answer
   * @return false when no complaint has this id
   */
  boolean eraseComplainant(String complaintId, String replacement);

  /**
   * Schedules Prima's breach timer for the complaint's deadline on its running handling process.
   *
   * @param complaint the complaint whose deadline to watch
   * @return false when the handling process has already ended, so no timer could be scheduled
   */
  boolean watchDeadline(Complaint complaint);

  /**
   * Stores the answer to a complaint and removes its deadline timer, if any.
   *
   * @param complaint the complaint
   * @param answered when it was answered
   * @param outcome the answer
   */
  void answerComplaint(Complaint complaint, Instant answered, String outcome);

  /**
   * Stores a rating.
   *
   * @param rating the rating to store
   */
  void insertRating(TouchpointRating rating);
}
