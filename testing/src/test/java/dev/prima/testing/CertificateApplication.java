package dev.prima.testing;

/** Ids, groups, variables and moments of {@code certificate-application.bpmn}, the test copy. */
final class CertificateApplication {

  static final String RESOURCE = "certificate-application.bpmn";
  static final String PROCESS_KEY = "certificate-application";

  static final String APPLICATION_RECEIVED = "ApplicationReceived";
  static final String VERIFY_DOCUMENTS = "VerifyDocuments";
  static final String DOCUMENTS_COMPLETE = "DocumentsComplete";
  static final String BRING_MISSING_DOCUMENT = "BringMissingDocument";
  static final String APPROVE_CERTIFICATE = "ApproveCertificate";
  static final String ISSUE_CERTIFICATE = "IssueCertificate";
  static final String CERTIFICATE_ISSUED = "CertificateIssued";

  static final String FLOW_DOCUMENTS_INCOMPLETE = "Flow_DocumentsIncomplete";
  static final String FLOW_BACK_TO_VERIFY = "Flow_BackToVerify";

  static final String GROUP_COUNTER_OFFICER = "counter-officer";
  static final String GROUP_CITIZEN = "citizen";
  static final String GROUP_SECTION_HEAD = "section-head";

  /** Task names, as staff see them. */
  static final String TASK_VERIFY_DOCUMENTS = "Verify documents";

  static final String TASK_BRING_MISSING_DOCUMENT = "Bring missing document";
  static final String TASK_APPROVE_CERTIFICATE = "Approve certificate";

  /** Moments of truth ({@code prima.touchpoint}), as the citizen lives them. */
  static final String HANDED_IN = "Application handed in at the counter";

  static final String CHECKED = "Documents checked at the counter";
  static final String DECIDED = "Completeness decided";
  static final String BROUGHT_BACK = "Missing document brought back";
  static final String APPROVED = "Certificate approved";
  static final String PRINTED = "Certificate printed";
  static final String HANDED_OVER = "Certificate handed over";

  /** String: the citizen's user id; the assignee of "Bring missing document". */
  static final String VAR_CITIZEN_USER_ID = "citizenUserId";

  /** Boolean: the counter officer's verdict, read by the gateway. */
  static final String VAR_DOCUMENTS_COMPLETE = "documentsComplete";

  /** String: set by {@link IssueCertificate}. */
  static final String VAR_CERTIFICATE_NUMBER = "certificateNumber";

  private CertificateApplication() {}
}
