package dev.prima.models;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Identity card (e-KTP) issuance or renewal: the names in {@code ektp-issuance.bpmn}.
 *
 * <p>Paths: documents complete or sent back to the citizen (loop), identity verified or the
 * application rejected, a verification overdue after 5 days decided by the section head, and the
 * citizen's withdrawal at any time (message {@link #MESSAGE_WITHDRAWN}).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class EktpIssuance {

  private EktpIssuance() {}

  /** The process definition key, to start a case and to query its touchpoints. */
  public static final String PROCESS_KEY = "ektp-issuance";

  /** The classpath resource of the BPMN model, to deploy it. */
  public static final String RESOURCE = ServiceModels.RESOURCE_PATH + "ektp-issuance.bpmn";

  /** Correlate this message to the case (business key) when the citizen withdraws. */
  public static final String MESSAGE_WITHDRAWN = "EktpApplicationWithdrawn";

  /** Start event: the citizen applies for the e-KTP. */
  public static final String APPLICATION_SUBMITTED = "ApplicationSubmitted";

  /**
   * Gateway where the first hand-in and the missing documents brought later join before the check.
   */
  public static final String DOCUMENTS_HANDED_IN = "DocumentsHandedIn";

  /** User task of the counter officer: check that the documents are complete. */
  public static final String CHECK_DOCUMENTS = "CheckDocuments";

  /** Gateway: documents complete, or the citizen brings the missing ones. */
  public static final String DOCUMENTS_COMPLETE_GATEWAY = "DocumentsCompleteGateway";

  /**
   * User task of the citizen (assigned to {@link #CITIZEN_USER_ID} when set): bring the missing
   * documents.
   */
  public static final String COMPLETE_DOCUMENTS = "CompleteDocuments";

  /** User task of the counter officer: record the citizen's biometrics. */
  public static final String RECORD_BIOMETRICS = "RecordBiometrics";

  /** User task of the registry officer (back office): verify the identity data. */
  public static final String VERIFY_IDENTITY = "VerifyIdentity";

  /** Timer on {@link #VERIFY_IDENTITY}: after 5 days the verification goes to the section head. */
  public static final String VERIFICATION_OVERDUE = "VerificationOverdue";

  /** User task of the section head: decide a verification left for over 5 days. */
  public static final String DECIDE_OVERDUE_VERIFICATION = "DecideOverdueVerification";

  /** Gateway where the on-time and the overdue verification join. */
  public static final String VERIFICATION_DONE = "VerificationDone";

  /** Gateway: identity verified, or the application rejected. */
  public static final String IDENTITY_VERIFIED_GATEWAY = "IdentityVerifiedGateway";

  /** End event: the application is rejected. */
  public static final String APPLICATION_REJECTED = "ApplicationRejected";

  /** User task of the registry officer: print the card. */
  public static final String PRINT_CARD = "PrintCard";

  /** User task of the counter officer: hand the card over to the citizen. */
  public static final String HAND_OVER_CARD = "HandOverCard";

  /** End event: the citizen has received the e-KTP. */
  public static final String CARD_RECEIVED = "CardReceived";

  /** Event subprocess: the citizen withdraws the application at any time. */
  public static final String CITIZEN_WITHDRAWS = "CitizenWithdraws";

  /** Message start event of {@link #CITIZEN_WITHDRAWS}, triggered by {@link #MESSAGE_WITHDRAWN}. */
  public static final String WITHDRAWAL_RECEIVED = "WithdrawalReceived";

  /** End event: the application was withdrawn and the case ends. */
  public static final String APPLICATION_WITHDRAWN = "ApplicationWithdrawn";

  /** The citizen's user id, optional: the citizen's own task is assigned to them when set. */
  public static final Variable<String> CITIZEN_USER_ID = Variable.of("citizenUserId", String.class);

  /** Set when completing {@link #CHECK_DOCUMENTS}. */
  public static final Variable<Boolean> DOCUMENTS_COMPLETE =
      Variable.of("documentsComplete", Boolean.class);

  /** Set when completing {@link #VERIFY_IDENTITY} or {@link #DECIDE_OVERDUE_VERIFICATION}. */
  public static final Variable<Boolean> IDENTITY_VERIFIED =
      Variable.of("identityVerified", Boolean.class);
}
