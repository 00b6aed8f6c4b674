package dev.prima.models;

/**
 * Business licence (online submission, back-office verification, site inspection): the names in
 * {@code business-licence.bpmn}.
 *
 * <p>Paths: application complete or returned for revision (loop), site compliant or the licence
 * refused, a verification overdue after 3 days done by the section head, and withdrawal at any time
 * (message {@link #MESSAGE_WITHDRAWN}).
 */
public final class BusinessLicence {

  private BusinessLicence() {}

  public static final String PROCESS_KEY = "business-licence";
  public static final String RESOURCE = ServiceModels.RESOURCE_PATH + "business-licence.bpmn";

  /** Correlate this message to the case (business key) when the applicant withdraws. */
  public static final String MESSAGE_WITHDRAWN = "BusinessLicenceWithdrawn";

  public static final String APPLICATION_SUBMITTED = "ApplicationSubmitted";
  public static final String APPLICATION_IN = "ApplicationIn";
  public static final String VERIFY_APPLICATION = "VerifyApplication";
  public static final String VERIFICATION_OVERDUE = "VerificationOverdue";
  public static final String VERIFY_OVERDUE_APPLICATION = "VerifyOverdueApplication";
  public static final String VERIFICATION_DONE = "VerificationDone";
  public static final String APPLICATION_COMPLETE_GATEWAY = "ApplicationCompleteGateway";
  public static final String REVISE_APPLICATION = "ReviseApplication";
  public static final String SCHEDULE_INSPECTION = "ScheduleInspection";
  public static final String INSPECT_SITE = "InspectSite";
  public static final String SITE_COMPLIANT_GATEWAY = "SiteCompliantGateway";
  public static final String LICENCE_REFUSED = "LicenceRefused";
  public static final String ISSUE_LICENCE = "IssueLicence";
  public static final String LICENCE_RECEIVED = "LicenceReceived";
  public static final String CITIZEN_WITHDRAWS = "CitizenWithdraws";
  public static final String WITHDRAWAL_RECEIVED = "WithdrawalReceived";
  public static final String APPLICATION_WITHDRAWN = "ApplicationWithdrawn";

  /** The applicant's user id, optional: their own task is assigned to them when set. */
  public static final Variable<String> CITIZEN_USER_ID = Variable.of("citizenUserId", String.class);

  /** Set when completing {@link #VERIFY_APPLICATION} or {@link #VERIFY_OVERDUE_APPLICATION}. */
  public static final Variable<Boolean> APPLICATION_COMPLETE =
      Variable.of("applicationComplete", Boolean.class);

  /** Set when completing {@link #INSPECT_SITE}. */
  public static final Variable<Boolean> SITE_COMPLIANT =
      Variable.of("siteCompliant", Boolean.class);
}
