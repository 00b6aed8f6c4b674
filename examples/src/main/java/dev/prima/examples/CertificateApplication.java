package dev.prima.examples;

/** Ids, groups and variables of {@code certificate-application.bpmn}; one place for each string. */
final class CertificateApplication {

  static final String RESOURCE = "dev/prima/examples/certificate-application.bpmn";
  static final String PROCESS_KEY = "certificate-application";

  static final String APPLICATION_RECEIVED = "ApplicationReceived";
  static final String VERIFY_DOCUMENTS = "VerifyDocuments";
  static final String DOCUMENTS_COMPLETE = "DocumentsComplete";
  static final String BRING_MISSING_DOCUMENT = "BringMissingDocument";
  static final String APPROVE_CERTIFICATE = "ApproveCertificate";
  static final String ISSUE_CERTIFICATE = "IssueCertificate";
  static final String CERTIFICATE_ISSUED = "CertificateIssued";

  static final String GROUP_COUNTER_OFFICER = "counter-officer";
  static final String GROUP_CITIZEN = "citizen";
  static final String GROUP_SECTION_HEAD = "section-head";

  /** String: the citizen's full name. */
  static final String VAR_CITIZEN_NAME = "citizenName";

  /** String: the citizen's user id; the assignee of "Bring missing document". */
  static final String VAR_CITIZEN_USER_ID = "citizenUserId";

  /** Boolean: the counter officer's verdict, read by the gateway "Documents complete?". */
  static final String VAR_DOCUMENTS_COMPLETE = "documentsComplete";

  /** String, task-local: what the person who completed the task decided or did. */
  static final String VAR_OUTCOME = "outcome";

  /** String: the number of the issued certificate, set by {@link IssueCertificate}. */
  static final String VAR_CERTIFICATE_NUMBER = "certificateNumber";

  private CertificateApplication() {}
}
