package dev.prima.models;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Business licence (online submission, back-office verification, site inspection): the names in
 * {@code business-licence.bpmn}.
 *
 * <p>Paths: application complete or returned for revision (loop), site compliant or the licence
 * refused, a verification overdue after 3 days done by the section head, and withdrawal at any time
 * (message {@link #MESSAGE_WITHDRAWN}).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class BusinessLicence {

  private BusinessLicence() {}

  /** The process definition key, to start a case and to query its touchpoints. */
  public static final String PROCESS_KEY = "business-licence";

  /** The classpath resource of the BPMN model, to deploy it. */
  public static final String RESOURCE = ServiceModels.RESOURCE_PATH + "business-licence.bpmn";

  /** Correlate this message to the case (business key) when the applicant withdraws. */
  public static final String MESSAGE_WITHDRAWN = "BusinessLicenceWithdrawn";

  /** Start event: the applicant submits the licence application online. */
  public static final String APPLICATION_SUBMITTED = "ApplicationSubmitted";

  /** Gateway where the first submission and a revised application join before verification. */
  public static final String APPLICATION_IN = "ApplicationIn";

  /** User task of the licensing officer: verify the application. */
  public static final String VERIFY_APPLICATION = "VerifyApplication";

  /**
   * Timer on {@link #VERIFY_APPLICATION}: after 3 days the verification goes to the section head.
   */
  public static final String VERIFICATION_OVERDUE = "VerificationOverdue";

  /** User task of the section head: verify an application the officer left for over 3 days. */
  public static final String VERIFY_OVERDUE_APPLICATION = "VerifyOverdueApplication";

  /** Gateway where the on-time and the overdue verification join. */
  public static final String VERIFICATION_DONE = "VerificationDone";

  /** Gateway: application complete, or back to the applicant to revise it. */
  public static final String APPLICATION_COMPLETE_GATEWAY = "ApplicationCompleteGateway";

  /**
   * User task of the applicant (assigned to {@link #CITIZEN_USER_ID} when set): revise the
   * application.
   */
  public static final String REVISE_APPLICATION = "ReviseApplication";

  /** User task of the licensing officer: schedule the site inspection. */
  public static final String SCHEDULE_INSPECTION = "ScheduleInspection";

  /** User task of the field inspector: inspect the business site. */
  public static final String INSPECT_SITE = "InspectSite";

  /** Gateway: the site meets the requirements, or the licence is refused. */
  public static final String SITE_COMPLIANT_GATEWAY = "SiteCompliantGateway";

  /** End event: the licence is refused. */
  public static final String LICENCE_REFUSED = "LicenceRefused";

  /** User task of the section head: issue the licence. */
  public static final String ISSUE_LICENCE = "IssueLicence";

  /** End event: the applicant has received the licence. */
  public static final String LICENCE_RECEIVED = "LicenceReceived";

  /** Event subprocess: the applicant withdraws the application at any time. */
  public static final String CITIZEN_WITHDRAWS = "CitizenWithdraws";

  /** Message start event of {@link #CITIZEN_WITHDRAWS}, triggered by {@link #MESSAGE_WITHDRAWN}. */
  public static final String WITHDRAWAL_RECEIVED = "WithdrawalReceived";

  /** End event: the application was withdrawn and the case ends. */
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
