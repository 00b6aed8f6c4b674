package dev.prima.models;

import static dev.prima.models.ComplaintHandling.*;
import static dev.prima.testing.PrimaAssertions.assertThatCase;
import static dev.prima.testing.PrimaAssertions.assertThatCoverage;
import static dev.prima.testing.Steps.citizen;
import static dev.prima.testing.Steps.staff;
import static dev.prima.testing.Steps.waits;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.prima.Prima;
import dev.prima.testing.Actor;
import dev.prima.testing.CoverageReport;
import dev.prima.testing.Deploy;
import dev.prima.testing.PrimaTest;
import dev.prima.testing.ServiceCase;
import dev.prima.testing.ServiceScenario;
import dev.prima.touchpoint.Outcome;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Complaint handling through each of its paths; together they reach every element. The clock starts
 * on Monday 5 January 2026, 08:00 UTC (15:00 in Jakarta, where the default working calendar keeps
 * office hours 08:00 to 16:00).
 */
@PrimaTest(minimumCoverage = 1.0)
@Deploy(RESOURCE)
class ComplaintHandlingTest {

  static final Actor OFFICER = staff("rina").inRole("complaint-officer");
  static final Actor SECTION_HEAD = staff("budi").inRole("section-head");
  static final Actor JOKO = citizen("joko");

  Prima prima;
  ServiceScenario scenario;
  HistoryService history;

  private String variable(String name) {
    return (String)
        history.createHistoricVariableInstanceQuery().variableName(name).singleResult().getValue();
  }

  @Test
  void aLightComplaintWithMissingDetailsIsResolvedWithinTwoWorkingDays() {
    scenario
        .citizen("joko")
        .starts(
            PROCESS_KEY,
            "ADU-1",
            Map.of(
                COMPLAINT_ID.name(), "ADU-1",
                CASE_ID.name(), "KTP-9",
                CITIZEN_USER_ID.name(), "joko"))
        .then(OFFICER.completes(ACKNOWLEDGE_COMPLAINT).after(ofHours(1)))
        .then(
            OFFICER
                .completes(CLASSIFY_COMPLAINT)
                .after(ofHours(1))
                .with(DETAILS_SUFFICIENT.name(), false))
        .then(JOKO.completes(PROVIDE_DETAILS).after(ofHours(16)))
        .then(
            OFFICER
                .completes(CLASSIFY_COMPLAINT)
                .with(
                    Map.of(
                        DETAILS_SUFFICIENT.name(), true,
                        WITHIN_COMPETENCE.name(), true,
                        TIER.name(), TIER_LIGHT)))
        .then(OFFICER.completes(RESOLVE_COMPLAINT).after(ofDays(1)))
        .then(OFFICER.completes(ANSWER_COMPLAINANT).after(ofHours(1)));

    assertThatCase(prima, "ADU-1")
        .isFinished()
        .hasMoments(
            "Complaint lodged",
            "Complaint acknowledged",
            "Complaint classified",
            "More details provided",
            "Complaint classified",
            "Complaint resolved",
            "Answer sent",
            "Answer received")
        .momentServedBy("More details provided", "joko")
        .momentServedBy("Complaint resolved", "rina");
    // classified on Tuesday 09:00 in Jakarta: two working days later is Thursday 09:00
    assertThat(variable(RESOLUTION_DUE.name())).isEqualTo("2026-01-08T02:00:00Z");
    assertThat(variable(CASE_ID.name())).isEqualTo("KTP-9");
  }

  @Test
  void anAgencysOwnResolutionTimeReplacesTheTiersDefault() {
    scenario
        .citizen("joko")
        .starts(
            PROCESS_KEY,
            "ADU-6",
            Map.of(COMPLAINT_ID.name(), "ADU-6", RESOLUTION_TIME.name(), "3 working days"))
        .then(OFFICER.completes(ACKNOWLEDGE_COMPLAINT).after(ofHours(1)))
        .then(
            OFFICER
                .completes(CLASSIFY_COMPLAINT)
                .after(ofHours(1))
                .with(
                    Map.of(
                        DETAILS_SUFFICIENT.name(), true,
                        WITHIN_COMPETENCE.name(), true,
                        TIER.name(), TIER_LIGHT)));

    // classified Monday 17:00 in Jakarta, after closing: three working days from Tuesday 08:00
    // end on Thursday at 16:00 (the light tier's default would have been Wednesday 16:00)
    assertThat(variable(RESOLUTION_DUE.name())).isEqualTo("2026-01-08T09:00:00Z");
  }

  @Test
  void overdueStepsGoToTheSectionHeadAndTheStartersResolutionDateIsKept() {
    scenario
        .citizen("anonymous")
        .starts(
            PROCESS_KEY,
            "ADU-2",
            Map.of(COMPLAINT_ID.name(), "ADU-2", RESOLUTION_DUE.name(), "2026-03-02"))
        .then(waits(ofDays(15)))
        .then(SECTION_HEAD.completes(ACKNOWLEDGE_OVERDUE_COMPLAINT))
        .then(
            OFFICER
                .completes(CLASSIFY_COMPLAINT)
                .after(ofHours(2))
                .with(
                    Map.of(
                        DETAILS_SUFFICIENT.name(), true,
                        WITHIN_COMPETENCE.name(), true,
                        TIER.name(), TIER_SUPERVISION)))
        .then(waits(ofDays(45)))
        .then(SECTION_HEAD.completes(RESOLVE_OVERDUE_COMPLAINT))
        .then(OFFICER.completes(ANSWER_COMPLAINANT).after(ofHours(1)));

    assertThatCase(prima, "ADU-2")
        .isFinished()
        .hasMoments(
            "Complaint lodged",
            "Complaint acknowledged",
            "Overdue complaint acknowledged by the section head",
            "Complaint classified",
            "Complaint resolved",
            "Overdue complaint resolved under the section head",
            "Answer sent",
            "Answer received")
        .momentHasOutcome("Complaint acknowledged", Outcome.INTERRUPTED)
        .momentHasOutcome("Complaint resolved", Outcome.INTERRUPTED)
        .momentServedBy("Overdue complaint resolved under the section head", "budi");
    assertThatCase(prima, "ADU-2").timeIn("Complaint acknowledged").isEqualTo(ofDays(14));
    // the end of the office day in Jakarta (16:00, UTC+7)
    assertThat(variable(RESOLUTION_DUE.name())).isEqualTo("2026-03-02T09:00:00Z");
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .activityId(RESOLUTION_OVERDUE)
                .singleResult()
                .getStartTime()
                .toInstant())
        .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
  }

  @Test
  void aComplaintOutsideTheAgencysCompetenceIsReferred() {
    scenario
        .citizen("joko")
        .starts(PROCESS_KEY, "ADU-3", Map.of(COMPLAINT_ID.name(), "ADU-3"))
        .then(OFFICER.completes(ACKNOWLEDGE_COMPLAINT).after(ofHours(1)))
        .then(
            OFFICER
                .completes(CLASSIFY_COMPLAINT)
                .after(ofHours(1))
                .with(Map.of(DETAILS_SUFFICIENT.name(), true, WITHIN_COMPETENCE.name(), false)))
        .then(OFFICER.completes(REFER_COMPLAINT).after(ofHours(2)));

    assertThatCase(prima, "ADU-3")
        .isFinished()
        .hasMoments(
            "Complaint lodged",
            "Complaint acknowledged",
            "Complaint classified",
            "Complaint referred to the competent agency",
            "Told where the complaint went");
  }

  @Test
  void anAnonymousComplainantWithdrawsWhenAskedForDetails() {
    scenario
        .citizen("anonymous")
        .starts(PROCESS_KEY, "ADU-4", Map.of(COMPLAINT_ID.name(), "ADU-4"))
        .then(OFFICER.completes(ACKNOWLEDGE_COMPLAINT).after(ofHours(1)))
        .then(
            OFFICER
                .completes(CLASSIFY_COMPLAINT)
                .after(ofHours(1))
                .with(DETAILS_SUFFICIENT.name(), false))
        .then(citizen("anonymous").sends(MESSAGE_WITHDRAWN).after(ofDays(2)));

    assertThatCase(prima, "ADU-4")
        .isFinished()
        .hasMoments(
            "Complaint lodged",
            "Complaint acknowledged",
            "Complaint classified",
            "More details provided",
            "Complaint withdrawn by the complainant",
            "Withdrawal confirmed")
        .momentHasOutcome("More details provided", Outcome.INTERRUPTED);
  }

  @Test
  void anUnknownTierIsRefusedAndTheClassificationStaysOpen() {
    ServiceCase complaint =
        scenario
            .citizen("joko")
            .starts(PROCESS_KEY, "ADU-5", Map.of(COMPLAINT_ID.name(), "ADU-5"))
            .then(OFFICER.completes(ACKNOWLEDGE_COMPLAINT).after(ofHours(1)));

    Throwable thrown =
        catchThrowable(
            () ->
                complaint.then(
                    OFFICER
                        .completes(CLASSIFY_COMPLAINT)
                        .with(
                            Map.of(
                                DETAILS_SUFFICIENT.name(), true,
                                WITHIN_COMPETENCE.name(), true,
                                TIER.name(), "URGENT"))));

    Throwable root = thrown;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    assertThat(root)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tier must be one of [LIGHT, NORMATIVE, SERIOUS, SUPERVISION]")
        .hasMessageContaining("'URGENT'");
    assertThatCase(prima, "ADU-5").isRunning().isAtMoment("Complaint classified");
  }

  @AfterAll
  static void everyElementIsReached(CoverageReport coverage) {
    assertThatCoverage(coverage).hasProcessCoverageAtLeast(PROCESS_KEY, 1.0);
  }
}
