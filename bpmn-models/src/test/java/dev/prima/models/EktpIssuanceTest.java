package dev.prima.models;

import static dev.prima.models.EktpIssuance.*;
import static dev.prima.testing.PrimaAssertions.assertThatCase;
import static dev.prima.testing.PrimaAssertions.assertThatCoverage;
import static dev.prima.testing.Steps.citizen;
import static dev.prima.testing.Steps.staff;
import static dev.prima.testing.Steps.waits;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofMinutes;

import dev.prima.Prima;
import dev.prima.testing.Actor;
import dev.prima.testing.CoverageReport;
import dev.prima.testing.Deploy;
import dev.prima.testing.PrimaTest;
import dev.prima.testing.ServiceCase;
import dev.prima.testing.ServiceScenario;
import dev.prima.touchpoint.Outcome;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** e-KTP issuance through each of its paths; together they reach every element of the model. */
@PrimaTest(minimumCoverage = 1.0)
@Deploy(RESOURCE)
class EktpIssuanceTest {

  static final Actor COUNTER = staff("siti").inRole("counter-officer");
  static final Actor REGISTRY = staff("rudi").inRole("registry-officer");
  static final Actor SECTION_HEAD = staff("budi").inRole("section-head");
  static final Actor DEWI = citizen("dewi");

  Prima prima;
  ServiceScenario scenario;

  private ServiceCase dewiApplies(String caseId) {
    return scenario
        .citizen("dewi")
        .starts(PROCESS_KEY, caseId, Map.of(CITIZEN_USER_ID.name(), "dewi"));
  }

  @Test
  void dewiBringsAMissingDocumentAndReceivesHerCard() {
    dewiApplies("KTP-1")
        .then(
            COUNTER
                .completes(CHECK_DOCUMENTS)
                .after(ofMinutes(10))
                .with(DOCUMENTS_COMPLETE.name(), false))
        .then(DEWI.completes(COMPLETE_DOCUMENTS).after(ofDays(1)))
        .then(
            COUNTER
                .completes(CHECK_DOCUMENTS)
                .after(ofMinutes(5))
                .with(DOCUMENTS_COMPLETE.name(), true))
        .then(COUNTER.completes(RECORD_BIOMETRICS).after(ofMinutes(15)))
        .then(
            REGISTRY
                .completes(VERIFY_IDENTITY)
                .after(ofDays(1))
                .with(IDENTITY_VERIFIED.name(), true))
        .then(REGISTRY.completes(PRINT_CARD).after(ofDays(2)))
        .then(COUNTER.completes(HAND_OVER_CARD).after(ofDays(1)));

    assertThatCase(prima, "KTP-1")
        .isFinished()
        .hasMoments(
            "Application handed in at the counter",
            "Documents checked at the counter",
            "Missing documents brought back",
            "Documents checked at the counter",
            "Photo, fingerprints and signature taken",
            "Identity data verified with the national database",
            "Card printed",
            "Card handed over at the counter",
            "e-KTP card received")
        .momentServedBy("Missing documents brought back", "dewi")
        .momentServedByRole("Identity data verified with the national database", "registry-officer")
        .momentServedBy("Card handed over at the counter", "siti");
  }

  @Test
  void anOverdueVerificationGoesToTheSectionHeadWhoRejectsIt() {
    dewiApplies("KTP-2")
        .then(
            COUNTER
                .completes(CHECK_DOCUMENTS)
                .after(ofMinutes(10))
                .with(DOCUMENTS_COMPLETE.name(), true))
        .then(COUNTER.completes(RECORD_BIOMETRICS).after(ofMinutes(15)))
        .then(waits(ofDays(6)))
        .then(
            SECTION_HEAD
                .completes(DECIDE_OVERDUE_VERIFICATION)
                .with(IDENTITY_VERIFIED.name(), false));

    assertThatCase(prima, "KTP-2")
        .isFinished()
        .hasMoments(
            "Application handed in at the counter",
            "Documents checked at the counter",
            "Photo, fingerprints and signature taken",
            "Identity data verified with the national database",
            "Overdue verification decided by the section head",
            "Rejection explained to the citizen")
        .momentHasOutcome("Identity data verified with the national database", Outcome.INTERRUPTED)
        .momentServedBy("Overdue verification decided by the section head", "budi");
    assertThatCase(prima, "KTP-2")
        .timeIn("Identity data verified with the national database")
        .isEqualTo(ofDays(5));
  }

  @Test
  void dewiWithdrawsWhileAskedForAMissingDocument() {
    dewiApplies("KTP-3")
        .then(
            COUNTER
                .completes(CHECK_DOCUMENTS)
                .after(ofMinutes(10))
                .with(DOCUMENTS_COMPLETE.name(), false))
        .then(DEWI.sends(MESSAGE_WITHDRAWN).after(ofDays(2)));

    assertThatCase(prima, "KTP-3")
        .isFinished()
        .hasMoments(
            "Application handed in at the counter",
            "Documents checked at the counter",
            "Missing documents brought back",
            "Application withdrawn by the citizen",
            "Withdrawal confirmed")
        .momentHasOutcome("Missing documents brought back", Outcome.INTERRUPTED)
        .momentServedBy("Application withdrawn by the citizen", "dewi");
  }

  @AfterAll
  static void everyElementIsReached(CoverageReport coverage) {
    assertThatCoverage(coverage).hasProcessCoverageAtLeast(PROCESS_KEY, 1.0);
  }
}
