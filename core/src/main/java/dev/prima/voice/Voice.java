package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Voice (Hirschman): complaints and suggestions about a case, one of its moments of truth, or a
 * service in general, each with a deadline to answer it.
 *
 * <p>Lodging writes the complaint and, for a case, a {@link
 * dev.prima.touchpoint.TouchpointKind#VOICE} touchpoint in one engine transaction. A complaint also
 * starts the {@link ComplaintHandling#PROCESS_KEY complaint-handling} process when one is deployed,
 * and Prima's breach timer on it fires a {@link dev.prima.strategy.BreachKind#COMPLAINT_DEADLINE}
 * breach if the complaint is still unanswered at its deadline. Without a handling process there is
 * no execution to carry the timer: such a complaint's breach is found on query instead ({@link
 * #overdue}).
 *
 * <p>Readers pass the roles of whoever views: the complainant is shown only to the complaint
 * officer roles ({@code complaint-officer} by default), others see {@link Complainant#HIDDEN}. The
 * complainant is stored once, apart from the complaint; the complaint's touchpoint, the handling
 * process (started as no user) and everything built from the journal carry no trace of them.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Voice {

  /**
   * Lodges a complaint; its deadline is the service standard's complaint deadline (the {@link
   * ComplaintPolicy#acknowledgement()}, 14 days by default, when the service has no standard),
   * counted on the working calendar.
   *
   * @param request what the citizen says
   * @return the stored complaint, with its deadline
   * @throws UnknownCaseException when the case is unknown
   * @throws UnknownTouchpointException when the touchpoint is not in the journal
   * @throws InvalidVoiceException when the touchpoint belongs to another case
   */
  Complaint lodgeComplaint(ComplaintRequest request);

  /**
   * Lodges a suggestion: stored and answered like a complaint, without a handling process.
   *
   * @param request what the citizen says
   * @return the stored suggestion
   */
  Complaint lodgeSuggestion(ComplaintRequest request);

  /**
   * Records the answer to a complaint or suggestion now, by Prima's clock; whether it came in time
   * is {@link Complaint#answeredInTime()}.
   *
   * @param complaintId the complaint's id
   * @param outcome the answer; not blank
   * @return the answered complaint, its complainant {@link Complainant#HIDDEN} (officers read it
   *     with {@link #complaint})
   * @throws UnknownComplaintException when no complaint has this id
   * @throws InvalidVoiceException when it was answered already or the outcome is blank
   */
  Complaint answer(String complaintId, String outcome);

  /**
   * Erases who lodged a complaint or suggestion, at their request (the right to erasure of UU
   * 27/2022): deletes their name and contact and replaces the text and any answer, which may name
   * them, with a note of the erasure. The complaint stays, anonymous, in the figures.
   *
   * @param complaintId the complaint's id
   * @return the complaint as it is now
   * @throws UnknownComplaintException when no complaint has this id
   */
  Complaint eraseComplainant(String complaintId);

  /**
   * {@return one complaint or suggestion as a viewer with {@code viewerRoles} may see it}
   *
   * @param complaintId the complaint's id
   * @param viewerRoles the viewer's roles; a complaint officer role shows the complainant
   */
  Optional<Complaint> complaint(String complaintId, Set<String> viewerRoles);

  /**
   * {@return the complaints and suggestions about one case, oldest first, as the viewer may see
   * them}
   *
   * @param caseId the case
   * @param viewerRoles the viewer's roles; a complaint officer role shows the complainant
   */
  List<Complaint> complaintsOfCase(String caseId, Set<String> viewerRoles);

  /**
   * {@return the complaints and suggestions about one service lodged in {@code [from, to)}, oldest
   * first, as the viewer may see them}
   *
   * @param serviceKey the service
   * @param from the start of the period, inclusive
   * @param to the end of the period, exclusive
   * @param viewerRoles the viewer's roles; a complaint officer role shows the complainant
   */
  List<Complaint> complaintsOfService(
      String serviceKey, Instant from, Instant to, Set<String> viewerRoles);

  /**
   * Unanswered complaints and suggestions past their deadline now, oldest deadline first.
   *
   * @param viewerRoles the viewer's roles; a complaint officer role shows the complainant
   * @return the overdue complaints and suggestions
   */
  List<Complaint> overdue(Set<String> viewerRoles);

  /**
   * {@return how citizens of one service took part over {@code [from, to)}: voice rate, survey
   * response rate, complaints answered in time and exit rates per touchpoint; see {@link
   * Participation}}
   *
   * @param surveyResponses the number of SKM survey responses for the service in that period
   * @param serviceKey the service
   * @param from the start of the period, inclusive
   * @param to the end of the period, exclusive
   */
  Participation participation(String serviceKey, Instant from, Instant to, long surveyResponses);
}
