package dev.prima.models;

/**
 * Identity card (e-KTP) issuance or renewal: the names in {@code ektp-issuance.bpmn}.
 *
 * <p>Paths: documents complete or sent back to the citizen (loop), identity verified or the
 * application rejected, a verification overdue after 5 days decided by the section head, and the
 * citizen's withdrawal at any time (message {@link #MESSAGE_WITHDRAWN}).
 */
public final class EktpIssuance {

  private EktpIssuance() {}

  public static final String PROCESS_KEY = "ektp-issuance";
  public static final String RESOURCE = ServiceModels.RESOURCE_PATH + "ektp-issuance.bpmn";

  /** Correlate this message to the case (business key) when the citizen withdraws. */
  public static final String MESSAGE_WITHDRAWN = "EktpApplicationWithdrawn";

  public static final String APPLICATION_SUBMITTED = "ApplicationSubmitted";
  public static final String DOCUMENTS_HANDED_IN = "DocumentsHandedIn";
  public static final String CHECK_DOCUMENTS = "CheckDocuments";
  public static final String DOCUMENTS_COMPLETE_GATEWAY = "DocumentsCompleteGateway";
  public static final String COMPLETE_DOCUMENTS = "CompleteDocuments";
  public static final String RECORD_BIOMETRICS = "RecordBiometrics";
  public static final String VERIFY_IDENTITY = "VerifyIdentity";
  public static final String VERIFICATION_OVERDUE = "VerificationOverdue";
  public static final String DECIDE_OVERDUE_VERIFICATION = "DecideOverdueVerification";
  public static final String VERIFICATION_DONE = "VerificationDone";
  public static final String IDENTITY_VERIFIED_GATEWAY = "IdentityVerifiedGateway";
  public static final String APPLICATION_REJECTED = "ApplicationRejected";
  public static final String PRINT_CARD = "PrintCard";
  public static final String HAND_OVER_CARD = "HandOverCard";
  public static final String CARD_RECEIVED = "CardReceived";
  public static final String CITIZEN_WITHDRAWS = "CitizenWithdraws";
  public static final String WITHDRAWAL_RECEIVED = "WithdrawalReceived";
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
