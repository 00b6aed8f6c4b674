package dev.prima.testing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Issue certificate" of the test copy of the model: numbers the certificate. */
public final class IssueCertificate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        CertificateApplication.VAR_CERTIFICATE_NUMBER, "474/" + execution.getProcessBusinessKey());
  }
}
