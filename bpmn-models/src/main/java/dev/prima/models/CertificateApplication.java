package dev.prima.models;

/**
 * Certificate application (surat keterangan) at a district office (kecamatan): the names in {@code
 * certificate-application.bpmn}.
 *
 * <p>Paths: documents complete or the citizen sent back for a missing one (loop), the certificate
 * approved or refused by the section head, an approval overdue after 1 day decided by the section
 * heads, and withdrawal at any time (message {@link #MESSAGE_WITHDRAWN}). The service task {@link
 * #ISSUE_CERTIFICATE} runs {@link IssueCertificate}, which sets {@link #CERTIFICATE_NUMBER}.
 */
public final class CertificateApplication {

  private CertificateApplication() {}

  public static final String PROCESS_KEY = "certificate-application";
  public static final String RESOURCE =
      ServiceModels.RESOURCE_PATH + "certificate-application.bpmn";

  /** Correlate this message to the case (business key) when the citizen withdraws. */
  public static final String MESSAGE_WITHDRAWN = "CertificateApplicationWithdrawn";

  public static final String APPLICATION_RECEIVED = "ApplicationReceived";
  public static final String DOCUMENTS_HANDED_IN = "DocumentsHandedIn";
  public static final String VERIFY_DOCUMENTS = "VerifyDocuments";
  public static final String DOCUMENTS_COMPLETE_GATEWAY = "DocumentsComplete";
  public static final String BRING_MISSING_DOCUMENT = "BringMissingDocument";
  public static final String APPROVE_CERTIFICATE = "ApproveCertificate";
  public static final String APPROVAL_OVERDUE = "ApprovalOverdue";
  public static final String DECIDE_OVERDUE_APPROVAL = "DecideOverdueApproval";
  public static final String APPROVAL_DONE = "ApprovalDone";
  public static final String APPROVED_GATEWAY = "ApprovedGateway";
  public static final String APPLICATION_REFUSED = "ApplicationRefused";
  public static final String ISSUE_CERTIFICATE = "IssueCertificate";
  public static final String CERTIFICATE_ISSUED = "CertificateIssued";
  public static final String CITIZEN_WITHDRAWS = "CitizenWithdraws";
  public static final String WITHDRAWAL_RECEIVED = "WithdrawalReceived";
  public static final String APPLICATION_WITHDRAWN = "ApplicationWithdrawn";

  /** The citizen's full name, optional; the model does not read it. */
  public static final Variable<String> CITIZEN_NAME = Variable.of("citizenName", String.class);

  /** The citizen's user id, optional: the citizen's own task is assigned to them when set. */
  public static final Variable<String> CITIZEN_USER_ID = Variable.of("citizenUserId", String.class);

  /** Set when completing {@link #VERIFY_DOCUMENTS}. */
  public static final Variable<Boolean> DOCUMENTS_COMPLETE =
      Variable.of("documentsComplete", Boolean.class);

  /**
   * Set when completing {@link #APPROVE_CERTIFICATE} or {@link #DECIDE_OVERDUE_APPROVAL}; {@code
   * false} refuses the application, unset approves it.
   */
  public static final Variable<Boolean> APPROVED = Variable.of("approved", Boolean.class);

  /** Task-local, optional: what the person who completed a task decided or did, for the record. */
  public static final Variable<String> OUTCOME = Variable.of("outcome", String.class);

  /** The number of the issued certificate, such as {@code 474/0002/KEC/2026}. */
  public static final Variable<String> CERTIFICATE_NUMBER =
      Variable.of("certificateNumber", String.class);
}
