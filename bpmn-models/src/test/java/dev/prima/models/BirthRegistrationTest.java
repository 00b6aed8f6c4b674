package dev.prima.models;

import static dev.prima.models.BirthRegistration.*;
import static dev.prima.testing.PrimaAssertions.assertThatCase;
import static dev.prima.testing.PrimaAssertions.assertThatCoverage;
import static dev.prima.testing.Steps.citizen;
import static dev.prima.testing.Steps.staff;
import static dev.prima.testing.Steps.waits;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;

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

/** Birth registration through each of its paths; together they reach every element. */
@PrimaTest(minimumCoverage = 1.0)
@Deploy(RESOURCE)
class BirthRegistrationTest {

  static final Actor REGISTRY = staff("rudi").inRole("registry-officer");
  static final Actor SECTION_HEAD = staff("budi").inRole("section-head");
  static final Actor AYU = citizen("ayu");

  Prima prima;
  ServiceScenario scenario;

  private ServiceCase ayuReportsABirth(String caseId) {
    return scenario
        .citizen("ayu")
        .starts(PROCESS_KEY, caseId, Map.of(CITIZEN_USER_ID.name(), "ayu"));
  }

  @Test
  void ayuUploadsAMissingDocumentAndReceivesTheCertificateByEmail() {
    ayuReportsABirth("AKL-1")
        .then(
            REGISTRY
                .completes(CHECK_BIRTH_DOCUMENTS)
                .after(ofHours(2))
                .with(DOCUMENTS_COMPLETE.name(), false))
        .then(AYU.completes(UPLOAD_MISSING_DOCUMENTS).after(ofHours(20)))
        .then(
            REGISTRY
                .completes(CHECK_BIRTH_DOCUMENTS)
                .after(ofHours(1))
                .with(DOCUMENTS_COMPLETE.name(), true))
        .then(
            REGISTRY
                .completes(VERIFY_BIRTH_DATA)
                .after(ofDays(1))
                .with(BIRTH_DATA_VALID.name(), true))
        .then(SECTION_HEAD.completes(SIGN_CERTIFICATE).after(ofHours(3)))
        .then(REGISTRY.completes(SEND_CERTIFICATE).after(ofHours(1)));

    assertThatCase(prima, "AKL-1")
        .isFinished()
        .hasMoments(
            "Birth registration submitted online",
            "Documents checked online",
            "Missing documents uploaded",
            "Documents checked online",
            "Birth data verified",
            "Birth certificate signed electronically",
            "Certificate sent by e-mail",
            "Birth certificate received")
        .momentServedBy("Missing documents uploaded", "ayu")
        .momentServedByRole("Birth certificate signed electronically", "section-head")
        .hasLeadTimeAtMost(ofDays(3));
  }

  @Test
  void anOverdueVerificationGoesToTheSectionHeadWhoRefusesTheRegistration() {
    ayuReportsABirth("AKL-2")
        .then(
            REGISTRY
                .completes(CHECK_BIRTH_DOCUMENTS)
                .after(ofHours(2))
                .with(DOCUMENTS_COMPLETE.name(), true))
        .then(waits(ofDays(4)))
        .then(
            SECTION_HEAD
                .completes(VERIFY_OVERDUE_REGISTRATION)
                .with(BIRTH_DATA_VALID.name(), false));

    assertThatCase(prima, "AKL-2")
        .isFinished()
        .hasMoments(
            "Birth registration submitted online",
            "Documents checked online",
            "Birth data verified",
            "Overdue registration verified by the section head",
            "Refusal and its reasons received")
        .momentHasOutcome("Birth data verified", Outcome.INTERRUPTED);
    assertThatCase(prima, "AKL-2").timeIn("Birth data verified").isEqualTo(ofDays(3));
  }

  @Test
  void ayuWithdrawsWhileTheDataIsVerified() {
    ayuReportsABirth("AKL-3")
        .then(
            REGISTRY
                .completes(CHECK_BIRTH_DOCUMENTS)
                .after(ofHours(2))
                .with(DOCUMENTS_COMPLETE.name(), true))
        .then(AYU.sends(MESSAGE_WITHDRAWN).after(ofHours(5)));

    assertThatCase(prima, "AKL-3")
        .isFinished()
        .hasMoments(
            "Birth registration submitted online",
            "Documents checked online",
            "Birth data verified",
            "Application withdrawn by the citizen",
            "Withdrawal confirmed")
        .momentHasOutcome("Birth data verified", Outcome.INTERRUPTED);
  }

  @AfterAll
  static void everyElementIsReached(CoverageReport coverage) {
    assertThatCoverage(coverage).hasProcessCoverageAtLeast(PROCESS_KEY, 1.0);
  }
}
