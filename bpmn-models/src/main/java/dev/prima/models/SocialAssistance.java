package dev.prima.models;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Social assistance application with an eligibility decision table: the names in {@code
 * social-assistance.bpmn} and {@code social-assistance-eligibility.dmn} (deploy both, as {@link
 * ServiceModels#SOCIAL_ASSISTANCE} does).
 *
 * <p>Paths: documents complete or sent back (loop), a home visit overdue after 10 days done under
 * the section head, eligible (approved and paid out) or declined by the decision table, and
 * withdrawal at any time (message {@link #MESSAGE_WITHDRAWN}).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class SocialAssistance {

  private SocialAssistance() {}

  /** The process definition key, to start a case and to query its touchpoints. */
  public static final String PROCESS_KEY = "social-assistance";

  /**
   * The classpath resource of the BPMN model, to deploy it; deploy it with {@link
   * #DECISION_RESOURCE}.
   */
  public static final String RESOURCE = ServiceModels.RESOURCE_PATH + "social-assistance.bpmn";

  /** The eligibility decision table the process calls. */
  public static final String DECISION_RESOURCE =
      ServiceModels.RESOURCE_PATH + "social-assistance-eligibility.dmn";

  /** The decision key ({@code camunda:decisionRef}) of the eligibility table. */
  public static final String DECISION_KEY = "social-assistance-eligibility";

  /** Correlate this message to the case (business key) when the applicant withdraws. */
  public static final String MESSAGE_WITHDRAWN = "SocialAssistanceWithdrawn";

  /** Start event: the applicant applies for social assistance. */
  public static final String APPLICATION_SUBMITTED = "ApplicationSubmitted";

  /**
   * Gateway where the first hand-in and the missing documents brought later join before the check.
   */
  public static final String DOCUMENTS_HANDED_IN = "DocumentsHandedIn";

  /** User task of the counter officer: check that the documents are complete. */
  public static final String CHECK_DOCUMENTS = "CheckDocuments";

  /** Gateway: documents complete, or the applicant brings the missing ones. */
  public static final String DOCUMENTS_COMPLETE_GATEWAY = "DocumentsCompleteGateway";

  /**
   * User task of the applicant (assigned to {@link #CITIZEN_USER_ID} when set): bring the missing
   * documents.
   */
  public static final String BRING_MISSING_DOCUMENTS = "BringMissingDocuments";

  /** User task of the social worker: assess the household on a home visit. */
  public static final String ASSESS_HOUSEHOLD = "AssessHousehold";

  /** Timer on {@link #ASSESS_HOUSEHOLD}: after 10 days the assessment goes to the section head. */
  public static final String ASSESSMENT_OVERDUE = "AssessmentOverdue";

  /** User task of the section head: assess a household left for over 10 days. */
  public static final String ASSESS_OVERDUE_HOUSEHOLD = "AssessOverdueHousehold";

  /** Gateway where the on-time and the overdue assessment join. */
  public static final String ASSESSMENT_DONE = "AssessmentDone";

  /** Business rule task: the eligibility table ({@link #DECISION_KEY}) decides. */
  public static final String DECIDE_ELIGIBILITY = "DecideEligibility";

  /** Gateway: eligible, or the application declined. */
  public static final String ELIGIBLE_GATEWAY = "EligibleGateway";

  /** End event: the application is declined. */
  public static final String APPLICATION_DECLINED = "ApplicationDeclined";

  /** User task of the section head: approve the assistance. */
  public static final String APPROVE_ASSISTANCE = "ApproveAssistance";

  /** User task of the social worker: pay out the assistance. */
  public static final String PAY_OUT_ASSISTANCE = "PayOutAssistance";

  /** End event: the applicant has received the assistance. */
  public static final String ASSISTANCE_RECEIVED = "AssistanceReceived";

  /** Event subprocess: the applicant withdraws the application at any time. */
  public static final String CITIZEN_WITHDRAWS = "CitizenWithdraws";

  /** Message start event of {@link #CITIZEN_WITHDRAWS}, triggered by {@link #MESSAGE_WITHDRAWN}. */
  public static final String WITHDRAWAL_RECEIVED = "WithdrawalReceived";

  /** End event: the application was withdrawn and the case ends. */
  public static final String APPLICATION_WITHDRAWN = "ApplicationWithdrawn";

  /** The applicant's user id, optional: their own task is assigned to them when set. */
  public static final Variable<String> CITIZEN_USER_ID = Variable.of("citizenUserId", String.class);

  /** Set when completing {@link #CHECK_DOCUMENTS}. */
  public static final Variable<Boolean> DOCUMENTS_COMPLETE =
      Variable.of("documentsComplete", Boolean.class);

  /**
   * Input of the decision table, set by the home visit: the household is registered in DTSEN (Data
   * Tunggal Sosial dan Ekonomi Nasional), the single data that Inpres 4/2025 made the basis of
   * social assistance, merging DTKS, Regsosek and P3KE.
   */
  public static final Variable<Boolean> REGISTERED_IN_DTSEN =
      Variable.of("registeredInDtsen", Boolean.class);

  /** Input of the decision table, set by the home visit: rupiah per person per month. */
  public static final Variable<Long> MONTHLY_INCOME_PER_CAPITA =
      Variable.of("monthlyIncomePerCapita", Long.class);

  /** Input of the decision table, set by the home visit. */
  public static final Variable<Integer> HOUSEHOLD_MEMBERS =
      Variable.of("householdMembers", Integer.class);

  /** Output of the decision table. */
  public static final Variable<Boolean> ELIGIBLE = Variable.of("eligible", Boolean.class);
}
