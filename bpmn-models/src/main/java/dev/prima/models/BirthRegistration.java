package dev.prima.models;

/**
 * Birth certificate registration (akta kelahiran): the names in {@code birth-registration.bpmn}.
 *
 * <p>Paths: documents complete or the parents asked to upload the missing ones (loop), birth data
 * valid or the registration refused, a verification overdue after 3 days done by the section head,
 * and withdrawal at any time (message {@link #MESSAGE_WITHDRAWN}).
 */
public final class BirthRegistration {

  private BirthRegistration() {}

  public static final String PROCESS_KEY = "birth-registration";
  public static final String RESOURCE = ServiceModels.RESOURCE_PATH + "birth-registration.bpmn";

  /** Correlate this message to the case (business key) when the parents withdraw. */
  public static final String MESSAGE_WITHDRAWN = "BirthRegistrationWithdrawn";

  public static final String BIRTH_REPORTED = "BirthReported";
  public static final String DOCUMENTS_UPLOADED = "DocumentsUploaded";
  public static final String CHECK_BIRTH_DOCUMENTS = "CheckBirthDocuments";
  public static final String DOCUMENTS_COMPLETE_GATEWAY = "DocumentsCompleteGateway";
  public static final String UPLOAD_MISSING_DOCUMENTS = "UploadMissingDocuments";
  public static final String VERIFY_BIRTH_DATA = "VerifyBirthData";
  public static final String VERIFICATION_OVERDUE = "VerificationOverdue";
  public static final String VERIFY_OVERDUE_REGISTRATION = "VerifyOverdueRegistration";
  public static final String VERIFICATION_DONE = "VerificationDone";
  public static final String BIRTH_DATA_VALID_GATEWAY = "BirthDataValidGateway";
  public static final String REGISTRATION_REFUSED = "RegistrationRefused";
  public static final String SIGN_CERTIFICATE = "SignCertificate";
  public static final String SEND_CERTIFICATE = "SendCertificate";
  public static final String CERTIFICATE_RECEIVED = "CertificateReceived";
  public static final String CITIZEN_WITHDRAWS = "CitizenWithdraws";
  public static final String WITHDRAWAL_RECEIVED = "WithdrawalReceived";
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
