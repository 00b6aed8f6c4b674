package dev.prima.models;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Complaint handling: the names in {@code complaint-handling.bpmn}. Prima's voice API starts it, so
 * the variable names here are stable.
 *
 * <p>Start it with {@link #COMPLAINT_ID} and, when the complaint is about a case, {@link #CASE_ID};
 * {@link #ACKNOWLEDGEMENT_DUE} and {@link #RESOLUTION_DUE} are optional. The complaint officer
 * acknowledges it by {@link #ACKNOWLEDGEMENT_DUE} (else the section head does), classifies it with
 * {@link #DETAILS_SUFFICIENT}, {@link #WITHIN_COMPETENCE} and {@link #TIER}; the resolution is due
 * the tier's limit after classification, unless the starter passed {@link #RESOLUTION_DUE}; an
 * overdue resolution goes to the section head. The limits are the {@code ComplaintPolicy} of the
 * Prima instance running the process (by default at most: acknowledgement 14 days, {@link
 * #TIER_LIGHT} 2, {@link #TIER_NORMATIVE} 5, {@link #TIER_SERIOUS} 14 and {@link #TIER_SUPERVISION}
 * 60 working days), counted on its working calendar; on an engine without Prima, the defaults on
 * {@code WorkingCalendar.ofDefaults()}. The complainant may withdraw at any time (message {@link
 * #MESSAGE_WITHDRAWN}).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ComplaintHandling {

  private ComplaintHandling() {}

  /** The process definition key, to start a case and to query its touchpoints. */
  public static final String PROCESS_KEY = "complaint-handling";

  /** The classpath resource of the BPMN model, to deploy it. */
  public static final String RESOURCE = ServiceModels.RESOURCE_PATH + "complaint-handling.bpmn";

  /** Correlate this message to the case (business key) when the complainant withdraws. */
  public static final String MESSAGE_WITHDRAWN = "ComplaintWithdrawn";

  /** Start event: the complainant lodges a complaint. */
  public static final String COMPLAINT_LODGED = "ComplaintLodged";

  /** User task of the complaint officer (complaint desk): acknowledge the complaint. */
  public static final String ACKNOWLEDGE_COMPLAINT = "AcknowledgeComplaint";

  /**
   * Timer on {@link #ACKNOWLEDGE_COMPLAINT}, due at {@link #ACKNOWLEDGEMENT_DUE}: the
   * acknowledgement goes to the section head.
   */
  public static final String ACKNOWLEDGEMENT_OVERDUE = "AcknowledgementOverdue";

  /** User task of the section head: acknowledge a complaint past its acknowledgement deadline. */
  public static final String ACKNOWLEDGE_OVERDUE_COMPLAINT = "AcknowledgeOverdueComplaint";

  /** Gateway where the on-time and the overdue acknowledgement join. */
  public static final String ACKNOWLEDGED = "Acknowledged";

  /** Gateway where the first classification and the complainant's further details join. */
  public static final String DETAILS_IN = "DetailsIn";

  /** User task of the complaint officer: classify the complaint (tier and competence). */
  public static final String CLASSIFY_COMPLAINT = "ClassifyComplaint";

  /** Gateway: details sufficient, or the complainant is asked for more. */
  public static final String DETAILS_SUFFICIENT_GATEWAY = "DetailsSufficientGateway";

  /**
   * User task of the complainant (assigned to {@link #CITIZEN_USER_ID} when set): provide more
   * details.
   */
  public static final String PROVIDE_DETAILS = "ProvideDetails";

  /** Gateway: within the agency's competence, or referred to the competent agency. */
  public static final String WITHIN_COMPETENCE_GATEWAY = "WithinCompetenceGateway";

  /** User task of the complaint officer: refer the complaint to the competent agency. */
  public static final String REFER_COMPLAINT = "ReferComplaint";

  /** End event: the complaint was referred to another agency. */
  public static final String COMPLAINT_REFERRED = "ComplaintReferred";

  /**
   * Service task: sets the resolution deadline, the tier's limit after classification unless {@link
   * #RESOLUTION_DUE} was given.
   */
  public static final String SET_RESOLUTION_DEADLINE = "SetResolutionDeadline";

  /** User task of the complaint officer: resolve the complaint. */
  public static final String RESOLVE_COMPLAINT = "ResolveComplaint";

  /**
   * Timer on {@link #RESOLVE_COMPLAINT}, due at {@link #RESOLUTION_DUE}: the resolution goes to the
   * section head.
   */
  public static final String RESOLUTION_OVERDUE = "ResolutionOverdue";

  /** User task of the section head: resolve a complaint past its resolution deadline. */
  public static final String RESOLVE_OVERDUE_COMPLAINT = "ResolveOverdueComplaint";

  /** Gateway where the on-time and the overdue resolution join. */
  public static final String RESOLVED = "Resolved";

  /** User task of the complaint officer (complaint desk): answer the complainant. */
  public static final String ANSWER_COMPLAINANT = "AnswerComplainant";

  /** End event: the complainant has received the answer. */
  public static final String ANSWER_RECEIVED = "AnswerReceived";

  /** Event subprocess: the complainant withdraws the complaint at any time. */
  public static final String CITIZEN_WITHDRAWS = "CitizenWithdraws";

  /** Message start event of {@link #CITIZEN_WITHDRAWS}, triggered by {@link #MESSAGE_WITHDRAWN}. */
  public static final String WITHDRAWAL_RECEIVED = "WithdrawalReceived";

  /** End event: the complaint was withdrawn and the case ends. */
  public static final String COMPLAINT_WITHDRAWN = "ComplaintWithdrawn";

  /** Resolution tier: at most 2 working days. */
  public static final String TIER_LIGHT = "LIGHT";

  /** Resolution tier: at most 5 working days. */
  public static final String TIER_NORMATIVE = "NORMATIVE";

  /** Resolution tier: at most 14 working days. */
  public static final String TIER_SERIOUS = "SERIOUS";

  /** Resolution tier for complaints that need supervision: at most 60 working days. */
  public static final String TIER_SUPERVISION = "SUPERVISION";

  /** The tiers, lightest first. */
  public static final List<String> TIERS =
      List.of(TIER_LIGHT, TIER_NORMATIVE, TIER_SERIOUS, TIER_SUPERVISION);

  /** The complaint's id, given by the starter (the voice API). */
  public static final Variable<String> COMPLAINT_ID = Variable.of("complaintId", String.class);

  /** Optional: the case (business key) the complaint is about. */
  public static final Variable<String> CASE_ID = Variable.of("caseId", String.class);

  /** The complainant's user id, optional (complaints may be anonymous). */
  public static final Variable<String> CITIZEN_USER_ID = Variable.of("citizenUserId", String.class);

  /** One of {@link #TIERS}, set when completing {@link #CLASSIFY_COMPLAINT}. */
  public static final Variable<String> TIER = Variable.of("tier", String.class);

  /**
   * When the acknowledgement is due: an ISO date ({@code 2026-02-02}, meaning the end of that
   * office day) or date-time. Optional at the start; when absent the model sets it to the lodging
   * time plus the complaint policy's acknowledgement. The model stores it as an ISO instant.
   */
  public static final Variable<String> ACKNOWLEDGEMENT_DUE =
      Variable.of("acknowledgementDue", String.class);

  /**
   * When the resolution is due: an ISO date ({@code 2026-02-02}, meaning the end of that office day
   * on the working calendar) or date-time ({@code 2026-02-02T09:00:00Z}). Optional at the start;
   * when absent the model computes it from {@link #TIER}. The model stores it as an ISO instant.
   */
  public static final Variable<String> RESOLUTION_DUE = Variable.of("resolutionDue", String.class);

  /**
   * How long resolution may take, as a service duration ({@code 3 working days}, {@code P10D}).
   * Optional; when given without {@link #RESOLUTION_DUE} it replaces the tier's limit in the
   * complaint policy for this one complaint.
   */
  public static final Variable<String> RESOLUTION_TIME =
      Variable.of("resolutionTime", String.class);

  /** Set when completing {@link #CLASSIFY_COMPLAINT}: false sends the complainant for details. */
  public static final Variable<Boolean> DETAILS_SUFFICIENT =
      Variable.of("detailsSufficient", Boolean.class);

  /** Set when completing {@link #CLASSIFY_COMPLAINT}: false refers the complaint elsewhere. */
  public static final Variable<Boolean> WITHIN_COMPETENCE =
      Variable.of("withinCompetence", Boolean.class);
}
