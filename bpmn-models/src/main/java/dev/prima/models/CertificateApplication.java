package dev.prima.models;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Certificate application (surat keterangan) at a district office (kecamatan): the names in {@code
 * certificate-application.bpmn}.
 *
 * <p>Paths: documents complete or the citizen sent back for a missing one (loop), the certificate
 * approved or refused by the section head, an approval overdue after 1 day decided by the section
 * heads, and withdrawal at any time (message {@link #MESSAGE_WITHDRAWN}). The service task {@link
 * #ISSUE_CERTIFICATE} runs {@link IssueCertificate}, which sets {@link #CERTIFICATE_NUMBER}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CertificateApplication {

  private CertificateApplication() {}

  /** The process definition key, to start a case and to query its touchpoints. */
  public static final String PROCESS_KEY = "certificate-application";

  /** The classpath resource of the BPMN model, to deploy it. */
  public static final String RESOURCE =
      ServiceModels.RESOURCE_PATH + "certificate-application.bpmn";

  /** Correlate this message to the case (business key) when the citizen withdraws. */
  public static final String MESSAGE_WITHDRAWN = "CertificateApplicationWithdrawn";

  /** Start event: the office receives the citizen's application. */
  public static final String APPLICATION_RECEIVED = "ApplicationReceived";

  /**
   * Gateway where the first hand-in and a missing document brought later join before verification.
   */
  public static final String DOCUMENTS_HANDED_IN = "DocumentsHandedIn";

  /** User task of the counter officer: verify that the documents are complete. */
  public static final String VERIFY_DOCUMENTS = "VerifyDocuments";

  /** Gateway: documents complete, or the citizen brings the missing one. */
  public static final String DOCUMENTS_COMPLETE_GATEWAY = "DocumentsComplete";

  /**
   * User task of the citizen (assigned to {@link #CITIZEN_USER_ID} when set): bring the missing
   * document.
   */
  public static final String BRING_MISSING_DOCUMENT = "BringMissingDocument";

  /** User task of the section head: approve the certificate. */
  public static final String APPROVE_CERTIFICATE = "ApproveCertificate";

  /** Timer on {@link #APPROVE_CERTIFICATE}: after 1 day the approval is decided as overdue. */
  public static final String APPROVAL_OVERDUE = "ApprovalOverdue";

  /** User task of the section head: decide an approval left for over 1 day. */
  public static final String DECIDE_OVERDUE_APPROVAL = "DecideOverdueApproval";

  /** Gateway where the on-time and the overdue approval join. */
  public static final String APPROVAL_DONE = "ApprovalDone";

  /** Gateway: approved, or the application refused. */
  public static final String APPROVED_GATEWAY = "ApprovedGateway";

  /** End event: the application is refused. */
  public static final String APPLICATION_REFUSED = "ApplicationRefused";

  /** Service task: the certificate is issued automatically once approved. */
  public static final String ISSUE_CERTIFICATE = "IssueCertificate";

  /** End event: the citizen has the certificate. */
  public static final String CERTIFICATE_ISSUED = "CertificateIssued";

  /** Event subprocess: the citizen withdraws the application at any time. */
  public static final String CITIZEN_WITHDRAWS = "CitizenWithdraws";

  /** Message start event of {@link #CITIZEN_WITHDRAWS}, triggered by {@link #MESSAGE_WITHDRAWN}. */
  public static final String WITHDRAWAL_RECEIVED = "WithdrawalReceived";

  /** End event: the application was withdrawn and the case ends. */
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
