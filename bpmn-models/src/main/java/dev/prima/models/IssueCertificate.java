package dev.prima.models;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The service task "Issue certificate" of {@code certificate-application.bpmn}: sets {@link
 * CertificateApplication#CERTIFICATE_NUMBER} after the case's business key.
 *
 * <p>A key of the form {@code SKT-2026-0002} (prefix, year, sequence) becomes {@code
 * 474/0002/KEC/2026}. Any other key becomes {@code 474/<the part after the last '-', or the whole
 * key>/KEC/<the current year in Asia/Jakarta>}, such as {@code P-7KQ2MXA9TB} in 2026 becoming
 * {@code 474/7KQ2MXA9TB/KEC/2026}; the current time is Camunda's clock, which Prima keeps in step
 * with its own.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class IssueCertificate implements JavaDelegate {

  /** The office's time zone, which decides the year of a certificate. */
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private static final Pattern PREFIX_YEAR_SEQUENCE = Pattern.compile("[^-]+-(\\d{4})-([^-]+)");

  /**
   * Sets the certificate number.
   *
   * @throws IllegalStateException when the case has no business key, naming the process instance
   */
  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        CertificateApplication.CERTIFICATE_NUMBER.name(),
        certificateNumber(
            execution.getProcessBusinessKey(),
            execution.getProcessInstanceId(),
            ClockUtil.getCurrentTime().toInstant()));
  }

  static String certificateNumber(String businessKey, String processInstanceId, Instant now) {
    if (businessKey == null || businessKey.isBlank()) {
      throw new IllegalStateException(
          "Process instance "
              + processInstanceId
              + " of "
              + CertificateApplication.PROCESS_KEY
              + " has no business key, but the certificate number is made from it."
              + " Fix: start the case with a business key, such as SKT-2026-0001");
    }
    Matcher prefixYearSequence = PREFIX_YEAR_SEQUENCE.matcher(businessKey);
    if (prefixYearSequence.matches()) {
      return number(prefixYearSequence.group(2), prefixYearSequence.group(1));
    }
    String tail = businessKey.substring(businessKey.lastIndexOf('-') + 1);
    String year = String.valueOf(now.atZone(JAKARTA).getYear());
    return number(tail.isEmpty() ? businessKey : tail, year);
  }

  private static String number(String sequence, String year) {
    return "474/" + sequence + "/KEC/" + year;
  }
}
