package dev.prima.models;

import static dev.prima.testing.PrimaAssertions.assertThatCase;
import static dev.prima.testing.PrimaAssertions.assertThatCoverage;
import static dev.prima.testing.Steps.*;
import static java.time.Duration.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.testing.CoverageReport;
import dev.prima.testing.Deploy;
import dev.prima.testing.PrimaTest;
import dev.prima.testing.ServiceScenario;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The README's prima-testing example as a user runs it: on this module's model, whose service task
 * is {@link IssueCertificate}. Its one path leaves refusal, the overdue approval and withdrawal
 * unreached, so its coverage minimum is lower than the README's 0.9 (as the README says).
 */
@PrimaTest(minimumCoverage = 0.6)
@Deploy("dev/prima/models/certificate-application.bpmn")
class ReadmeExampleOnTheModelTest {

  Prima prima;
  ServiceScenario scenario;

  @Test
  void dewiBringsAMissingDocumentAndGetsHerCertificate() {
    scenario
        .citizen("dewi")
        .starts("certificate-application", "SKT-1", Map.of("citizenUserId", "dewi"))
        .then(
            staff("siti")
                .completes("Verify documents")
                .after(ofMinutes(20))
                .with("documentsComplete", false))
        .then(citizen("dewi").completes("Bring missing document").after(ofDays(1)))
        .then(
            staff("siti")
                .completes("Verify documents")
                .after(ofMinutes(5))
                .with("documentsComplete", true))
        .then(staff("budi").completes("Approve certificate").after(ofHours(2)));

    assertThatCase(prima, "SKT-1")
        .isFinished()
        .containsMomentsInOrder(
            "Documents checked at the counter",
            "Missing document brought back",
            "Certificate approved",
            "Certificate handed over")
        .momentServedBy("Certificate approved", "budi")
        .hasWaitAtMost("Certificate approved", ofMinutes(30))
        .hasLeadTimeAtMost(ofDays(2));
  }

  @AfterAll
  static void theOnePathMissesRefusalOverdueApprovalAndWithdrawal(CoverageReport coverage) {
    assertThatCoverage(coverage).hasProcessCoverageAtLeast(CertificateApplication.PROCESS_KEY, 0.6);
    assertThat(coverage.processes().get(CertificateApplication.PROCESS_KEY).missedFlowNodes())
        .containsExactlyInAnyOrder(
            CertificateApplication.APPLICATION_REFUSED,
            CertificateApplication.APPROVAL_OVERDUE,
            CertificateApplication.DECIDE_OVERDUE_APPROVAL,
            CertificateApplication.CITIZEN_WITHDRAWS,
            CertificateApplication.WITHDRAWAL_RECEIVED,
            CertificateApplication.APPLICATION_WITHDRAWN);
  }
}
