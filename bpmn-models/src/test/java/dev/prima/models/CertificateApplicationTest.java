package dev.prima.models;

import static dev.prima.models.CertificateApplication.*;
import static dev.prima.testing.PrimaAssertions.assertThatCase;
import static dev.prima.testing.PrimaAssertions.assertThatCoverage;
import static dev.prima.testing.Steps.citizen;
import static dev.prima.testing.Steps.staff;
import static dev.prima.testing.Steps.waits;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.testing.Actor;
import dev.prima.testing.CoverageReport;
import dev.prima.testing.Deploy;
import dev.prima.testing.PrimaTest;
import dev.prima.testing.ServiceCase;
import dev.prima.testing.ServiceScenario;
import dev.prima.touchpoint.Outcome;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The certificate application through each of its paths; together they reach every element of the
 * model. The clock starts on Monday 5 January 2026, 08:00 UTC.
 */
@PrimaTest(minimumCoverage = 1.0)
@Deploy(RESOURCE)
class CertificateApplicationTest {

  static final Actor COUNTER = staff("siti").inRole("counter-officer");
  static final Actor SECTION_HEAD = staff("budi").inRole("section-head");
  static final Actor STANDING_IN = staff("wati").inRole("section-head");
  static final Actor DEWI = citizen("dewi");

  Prima prima;
  ServiceScenario scenario;
  HistoryService history;

  private ServiceCase dewiApplies(String caseId) {
    return scenario
        .citizen("dewi")
        .starts(
            PROCESS_KEY,
            caseId,
            Map.of(CITIZEN_USER_ID.name(), "dewi", CITIZEN_NAME.name(), "Dewi Lestari"));
  }

  private List<Object> certificateNumbers(ServiceCase application) {
    return history
        .createHistoricVariableInstanceQuery()
        .processInstanceId(application.processInstanceId())
        .variableName(CERTIFICATE_NUMBER.name())
        .list()
        .stream()
        .map(HistoricVariableInstance::getValue)
        .toList();
  }

  @Test
  void dewiBringsAMissingDocumentAndReceivesHerNumberedCertificate() {
    ServiceCase application =
        dewiApplies("SKT-2026-0002")
            .then(
                COUNTER
                    .completes(VERIFY_DOCUMENTS)
                    .after(ofMinutes(9))
                    .with(DOCUMENTS_COMPLETE.name(), false))
            .then(DEWI.completes(BRING_MISSING_DOCUMENT).after(ofDays(1)))
            .then(
                COUNTER
                    .completes(VERIFY_DOCUMENTS)
                    .after(ofMinutes(12))
                    .with(DOCUMENTS_COMPLETE.name(), true))
            // approved left unset: the section head's plain completion approves
            .then(SECTION_HEAD.completes(APPROVE_CERTIFICATE).after(ofHours(2)));

    assertThatCase(prima, "SKT-2026-0002")
        .isFinished()
        .hasMoments(
            "Application handed in at the counter",
            "Documents checked at the counter",
            "Completeness decided",
            "Missing document brought back",
            "Documents checked at the counter",
            "Completeness decided",
            "Certificate approved",
            "Certificate printed",
            "Certificate handed over")
        .momentServedBy("Missing document brought back", "dewi")
        .momentServedBy("Certificate approved", "budi");
    assertThat(certificateNumbers(application)).containsExactly("474/0002/KEC/2026");
  }

  @Test
  void theSectionHeadRefusesTheCertificate() {
    ServiceCase application =
        dewiApplies("SKT-2026-0003")
            .then(
                COUNTER
                    .completes(VERIFY_DOCUMENTS)
                    .after(ofMinutes(10))
                    .with(DOCUMENTS_COMPLETE.name(), true))
            .then(
                SECTION_HEAD
                    .completes(APPROVE_CERTIFICATE)
                    .after(ofHours(1))
                    .with(APPROVED.name(), false));

    assertThatCase(prima, "SKT-2026-0003")
        .isFinished()
        .hasMoments(
            "Application handed in at the counter",
            "Documents checked at the counter",
            "Completeness decided",
            "Certificate approved",
            "Refusal explained to the citizen");
    assertThat(certificateNumbers(application)).isEmpty();
  }

  @Test
  void anOverdueApprovalIsDecidedByAnotherSectionHead() {
    ServiceCase application =
        dewiApplies("P-7KQ2MXA9TB")
            .then(
                COUNTER
                    .completes(VERIFY_DOCUMENTS)
                    .after(ofMinutes(10))
                    .with(DOCUMENTS_COMPLETE.name(), true))
            .then(waits(ofDays(2)))
            .then(STANDING_IN.completes(DECIDE_OVERDUE_APPROVAL).with(APPROVED.name(), true));

    assertThatCase(prima, "P-7KQ2MXA9TB")
        .isFinished()
        .hasMoments(
            "Application handed in at the counter",
            "Documents checked at the counter",
            "Completeness decided",
            "Certificate approved",
            "Overdue approval decided by the section head",
            "Certificate printed",
            "Certificate handed over")
        .momentHasOutcome("Certificate approved", Outcome.INTERRUPTED)
        .momentServedBy("Overdue approval decided by the section head", "wati");
    assertThatCase(prima, "P-7KQ2MXA9TB").timeIn("Certificate approved").isEqualTo(ofDays(1));
    // not of the form SKT-<year>-<number>: the tail of the key and the year in Jakarta
    assertThat(certificateNumbers(application)).containsExactly("474/7KQ2MXA9TB/KEC/2026");
  }

  @Test
  void dewiWithdrawsWhileAskedForAMissingDocument() {
    dewiApplies("SKT-2026-0004")
        .then(
            COUNTER
                .completes(VERIFY_DOCUMENTS)
                .after(ofMinutes(10))
                .with(DOCUMENTS_COMPLETE.name(), false))
        .then(DEWI.sends(MESSAGE_WITHDRAWN).after(ofDays(2)));

    assertThatCase(prima, "SKT-2026-0004")
        .isFinished()
        .hasMoments(
            "Application handed in at the counter",
            "Documents checked at the counter",
            "Completeness decided",
            "Missing document brought back",
            "Application withdrawn by the citizen",
            "Withdrawal confirmed")
        .momentHasOutcome("Missing document brought back", Outcome.INTERRUPTED)
        .momentServedBy("Application withdrawn by the citizen", "dewi");
  }

  @AfterAll
  static void everyElementIsReached(CoverageReport coverage) {
    assertThatCoverage(coverage).hasProcessCoverageAtLeast(PROCESS_KEY, 1.0);
  }
}
