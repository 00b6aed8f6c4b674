package dev.prima.models;

/**
 * Social assistance application with an eligibility decision table: the names in {@code
 * social-assistance.bpmn} and {@code social-assistance-eligibility.dmn} (deploy both, as {@link
 * ServiceModels#SOCIAL_ASSISTANCE} does).
 *
 * <p>Paths: documents complete or sent back (loop), a home visit overdue after 10 days done under
 * the section head, eligible (approved and paid out) or declined by the decision table, and
 * withdrawal at any time (message {@link #MESSAGE_WITHDRAWN}).
 */
public final class SocialAssistance {

  private SocialAssistance() {}

  public static final String PROCESS_KEY = "social-assistance";
  public static final String RESOURCE = ServiceModels.RESOURCE_PATH + "social-assistance.bpmn";

  /** The eligibility decision table the process calls. */
  public static final String DECISION_RESOURCE =
      ServiceModels.RESOURCE_PATH + "social-assistance-eligibility.dmn";

  /** The decision key ({@code camunda:decisionRef}) of the eligibility table. */
  public static final String DECISION_KEY = "social-assistance-eligibility";

  /** Correlate this message to the case (business key) when the applicant withdraws. */
  public static final String MESSAGE_WITHDRAWN = "SocialAssistanceWithdrawn";

  public static final String APPLICATION_SUBMITTED = "ApplicationSubmitted";
  public static final String DOCUMENTS_HANDED_IN = "DocumentsHandedIn";
  public static final String CHECK_DOCUMENTS = "CheckDocuments";
  public static final String DOCUMENTS_COMPLETE_GATEWAY = "DocumentsCompleteGateway";
  public static final String BRING_MISSING_DOCUMENTS = "BringMissingDocuments";
  public static final String ASSESS_HOUSEHOLD = "AssessHousehold";
  public static final String ASSESSMENT_OVERDUE = "AssessmentOverdue";
  public static final String ASSESS_OVERDUE_HOUSEHOLD = "AssessOverdueHousehold";
  public static final String ASSESSMENT_DONE = "AssessmentDone";
  public static final String DECIDE_ELIGIBILITY = "DecideEligibility";
  public static final String ELIGIBLE_GATEWAY = "EligibleGateway";
  public static final String APPLICATION_DECLINED = "ApplicationDeclined";
  public static final String APPROVE_ASSISTANCE = "ApproveAssistance";
  public static final String PAY_OUT_ASSISTANCE = "PayOutAssistance";
  public static final String ASSISTANCE_RECEIVED = "AssistanceReceived";
  public static final String CITIZEN_WITHDRAWS = "CitizenWithdraws";
  public static final String WITHDRAWAL_RECEIVED = "WithdrawalReceived";
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
