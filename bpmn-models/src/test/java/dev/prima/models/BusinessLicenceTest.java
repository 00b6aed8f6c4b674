package dev.prima.models;

import static dev.prima.models.BusinessLicence.*;
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

/** Business licence through each of its paths; together they reach every element. */
@PrimaTest(minimumCoverage = 1.0)
@Deploy(RESOURCE)
class BusinessLicenceTest {

  static final Actor LICENSING = staff("nur").inRole("licensing-officer");
  static final Actor INSPECTOR = staff("agus").inRole("field-inspector");
  static final Actor SECTION_HEAD = staff("budi").inRole("section-head");
  static final Actor WAYAN = citizen("wayan");

  Prima prima;
  ServiceScenario scenario;

  private ServiceCase wayanApplies(String caseId) {
    return scenario
        .citizen("wayan")
        .starts(PROCESS_KEY, caseId, Map.of(CITIZEN_USER_ID.name(), "wayan"));
  }

  @Test
  void wayanRevisesTheApplicationAndReceivesTheLicenceAfterTheInspection() {
    wayanApplies("IZN-1")
        .then(
            LICENSING
                .completes(VERIFY_APPLICATION)
                .after(ofHours(4))
                .with(APPLICATION_COMPLETE.name(), false))
        .then(WAYAN.completes(REVISE_APPLICATION).after(ofDays(1)))
        .then(
            LICENSING
                .completes(VERIFY_APPLICATION)
                .after(ofHours(2))
                .with(APPLICATION_COMPLETE.name(), true))
        .then(LICENSING.completes(SCHEDULE_INSPECTION).after(ofHours(1)))
        .then(INSPECTOR.completes(INSPECT_SITE).after(ofDays(2)).with(SITE_COMPLIANT.name(), true))
        .then(SECTION_HEAD.completes(ISSUE_LICENCE).after(ofHours(6)));

    assertThatCase(prima, "IZN-1")
        .isFinished()
        .hasMoments(
            "Licence application submitted online",
            "Application verified",
            "Application revised online",
            "Application verified",
            "Site inspection appointment made",
            "Site inspected",
            "Licence signed",
            "Licence received online")
        .momentServedBy("Application revised online", "wayan")
        .momentServedBy("Site inspected", "agus")
        .momentServedByRole("Licence signed", "section-head");
  }

  @Test
  void anOverdueVerificationGoesToTheSectionHeadAndTheSiteFailsTheInspection() {
    wayanApplies("IZN-2")
        .then(waits(ofDays(4)))
        .then(
            SECTION_HEAD
                .completes(VERIFY_OVERDUE_APPLICATION)
                .with(APPLICATION_COMPLETE.name(), true))
        .then(LICENSING.completes(SCHEDULE_INSPECTION).after(ofHours(1)))
        .then(
            INSPECTOR.completes(INSPECT_SITE).after(ofDays(2)).with(SITE_COMPLIANT.name(), false));

    assertThatCase(prima, "IZN-2")
        .isFinished()
        .hasMoments(
            "Licence application submitted online",
            "Application verified",
            "Overdue application verified by the section head",
            "Site inspection appointment made",
            "Site inspected",
            "Refusal and its reasons received")
        .momentHasOutcome("Application verified", Outcome.INTERRUPTED);
    assertThatCase(prima, "IZN-2").timeIn("Application verified").isEqualTo(ofDays(3));
  }

  @Test
  void wayanWithdrawsBeforeTheInspection() {
    wayanApplies("IZN-3")
        .then(
            LICENSING
                .completes(VERIFY_APPLICATION)
                .after(ofHours(4))
                .with(APPLICATION_COMPLETE.name(), true))
        .then(LICENSING.completes(SCHEDULE_INSPECTION).after(ofHours(1)))
        .then(WAYAN.sends(MESSAGE_WITHDRAWN).after(ofDays(1)));

    assertThatCase(prima, "IZN-3")
        .isFinished()
        .hasMoments(
            "Licence application submitted online",
            "Application verified",
            "Site inspection appointment made",
            "Site inspected",
            "Application withdrawn by the citizen",
            "Withdrawal confirmed")
        .momentHasOutcome("Site inspected", Outcome.INTERRUPTED);
  }

  @AfterAll
  static void everyElementIsReached(CoverageReport coverage) {
    assertThatCoverage(coverage).hasProcessCoverageAtLeast(PROCESS_KEY, 1.0);
  }
}
