package dev.prima.examples;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Issue certificate": numbers the certificate after the application's business key,
 * e.g. {@code SKT-2026-0002} becomes {@code 474/0002/KEC/2026}.
 */
public final class IssueCertificate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        CertificateApplication.VAR_CERTIFICATE_NUMBER,
        certificateNumber(execution.getProcessBusinessKey()));
  }

  static String certificateNumber(String businessKey) {
    String[] parts = businessKey.split("-");
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "business key must look like SKT-2026-0001, but was '" + businessKey + "'");
    }
    return "474/" + parts[2] + "/KEC/" + parts[1];
  }
}
