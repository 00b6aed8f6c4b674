package dev.prima.models;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Birth certificate registration (akta kelahiran): the names in {@code birth-registration.bpmn}.
 *
 * <p>Paths: documents complete or the parents asked to upload the missing ones (loop), birth data
 * valid or the registration refused, a verification overdue after 3 days done by the section head,
 * and withdrawal at any time (message {@link #MESSAGE_WITHDRAWN}).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class BirthRegistration {

  private BirthRegistration() {}

  /** The process definition key, to start a case and to query its touchpoints. */
  public static final String PROCESS_KEY = "birth-registration";

  /** The classpath resource of the BPMN model, to deploy it. */
  public static final String RESOURCE = ServiceModels.RESOURCE_PATH + "birth-registration.bpmn";

  /** Correlate this message to the case (business key) when the parents withdraw. */
  public static final String MESSAGE_WITHDRAWN = "BirthRegistrationWithdrawn";

  /** Start event: the parent reports the birth online. */
  public static final String BIRTH_REPORTED = "BirthReported";

  /** Gateway where the first upload and a re-upload of missing documents join before the check. */
  public static final String DOCUMENTS_UPLOADED = "DocumentsUploaded";

  /**
   * User task of the registry officer (front office): check that the birth documents are complete.
   */
  public static final String CHECK_BIRTH_DOCUMENTS = "CheckBirthDocuments";

  /** Gateway: documents complete, or back to the parent for the missing ones. */
  public static final String DOCUMENTS_COMPLETE_GATEWAY = "DocumentsCompleteGateway";

  /**
   * User task of the citizen (assigned to {@link #CITIZEN_USER_ID} when set): upload the missing
   * documents.
   */
  public static final String UPLOAD_MISSING_DOCUMENTS = "UploadMissingDocuments";

  /**
   * User task of the registry officer (back office): verify the birth data against the documents.
   */
  public static final String VERIFY_BIRTH_DATA = "VerifyBirthData";

  /**
   * Timer on {@link #VERIFY_BIRTH_DATA}: after 3 days the verification goes to the section head.
   */
  public static final String VERIFICATION_OVERDUE = "VerificationOverdue";

  /** User task of the section head: verify a registration the officer left for over 3 days. */
  public static final String VERIFY_OVERDUE_REGISTRATION = "VerifyOverdueRegistration";

  /** Gateway where the on-time and the overdue verification join. */
  public static final String VERIFICATION_DONE = "VerificationDone";

  /** Gateway: birth data valid, or the registration refused. */
  public static final String BIRTH_DATA_VALID_GATEWAY = "BirthDataValidGateway";

  /** End event: the registration is refused. */
  public static final String REGISTRATION_REFUSED = "RegistrationRefused";

  /** User task of the section head: sign the birth certificate. */
  public static final String SIGN_CERTIFICATE = "SignCertificate";

  /** User task of the registry officer (front office): send the certificate to the parent. */
  public static final String SEND_CERTIFICATE = "SendCertificate";

  /** End event: the parent has received the birth certificate. */
  public static final String CERTIFICATE_RECEIVED = "CertificateReceived";

  /** Event subprocess: the citizen withdraws the registration at any time. */
  public static final String CITIZEN_WITHDRAWS = "CitizenWithdraws";

  /** Message start event of {@link #CITIZEN_WITHDRAWS}, triggered by {@link #MESSAGE_WITHDRAWN}. */
  public static final String WITHDRAWAL_RECEIVED = "WithdrawalReceived";

  /** End event: the registration was withdrawn and the case ends. */
  public static final String APPLICATION_WITHDRAWN = "ApplicationWithdrawn";

  /** The reporting parent's user id, optional: their own task is assigned to them when set. */
  public static final Variable<String> CITIZEN_USER_ID = Variable.of("citizenUserId", String.class);

  /** Set when completing {@link #CHECK_BIRTH_DOCUMENTS}. */
  public static final Variable<Boolean> DOCUMENTS_COMPLETE =
      Variable.of("documentsComplete", Boolean.class);

  /** Set when completing {@link #VERIFY_BIRTH_DATA} or {@link #VERIFY_OVERDUE_REGISTRATION}. */
  public static final Variable<Boolean> BIRTH_DATA_VALID =
      Variable.of("birthDataValid", Boolean.class);
}
