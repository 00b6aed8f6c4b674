package dev.prima.testing;

import static dev.prima.testing.CertificateApplication.*;
import static dev.prima.testing.PrimaAssertions.assertThatCase;
import static dev.prima.testing.Steps.citizen;
import static dev.prima.testing.Steps.staff;
import static dev.prima.testing.Steps.waits;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.TouchpointKind;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;

/** The certificate application through each of its paths; together they cover every element. */
@PrimaTest(minimumCoverage = 1.0)
@Deploy(RESOURCE)
class CertificateApplicationTest {

  Prima prima;
  ServiceScenario scenario;
  HistoryService history;

  private ServiceCase dewiApplies(String caseId) {
    return scenario
        .citizen("dewi")
        .starts(PROCESS_KEY, caseId, Map.of(VAR_CITIZEN_USER_ID, "dewi"));
  }

  @Test
  void completeDocumentsGoStraightToApproval() {
    dewiApplies("SKT-1")
        .then(
            staff("siti")
                .inRole(GROUP_COUNTER_OFFICER)
                .completes(TASK_VERIFY_DOCUMENTS)
                .after(ofMinutes(20))
                .with(VAR_DOCUMENTS_COMPLETE, true))
        .then(staff("budi").completes(TASK_APPROVE_CERTIFICATE).after(ofHours(2)));

    assertThatCase(prima, "SKT-1")
        .isFinished()
        .hasMoments(HANDED_IN, CHECKED, DECIDED, APPROVED, PRINTED, HANDED_OVER)
        .hasPath(
            APPLICATION_RECEIVED,
            VERIFY_DOCUMENTS,
            DOCUMENTS_COMPLETE,
            APPROVE_CERTIFICATE,
            ISSUE_CERTIFICATE,
            CERTIFICATE_ISSUED)
        .momentServedBy(HANDED_IN, "dewi")
        .momentServedBy(CHECKED, "siti")
        .momentServedByRole(CHECKED, GROUP_COUNTER_OFFICER)
        .momentServedBy(APPROVED, "budi")
        .momentServedByRole(APPROVED, GROUP_SECTION_HEAD)
        .momentHasOutcome(APPROVED, Outcome.COMPLETED)
        .hasWaitAtMost(APPROVED, ofMinutes(0))
        .hasLeadTimeAtMost(ofHours(3))
        .doesNotContainMoment(BROUGHT_BACK);
    assertThatCase(prima, "SKT-1").timeIn(CHECKED).isEqualTo(ofMinutes(20));
    assertThatCase(prima, "SKT-1").timeIn(APPROVED).isBetween(ofHours(1), ofHours(2));
    assertThatCase(prima, "SKT-1").leadTime().isEqualTo(ofHours(2).plusMinutes(20));
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .variableName(VAR_CERTIFICATE_NUMBER)
                .singleResult()
                .getValue())
        .isEqualTo("474/SKT-1");
  }

  @Test
  void aMissingDocumentSendsTheCitizenBackToTheCounter() {
    dewiApplies("SKT-2")
        .then(
            staff("siti")
                .completes(TASK_VERIFY_DOCUMENTS)
                .after(ofMinutes(20))
                .with(Map.of(VAR_DOCUMENTS_COMPLETE, false)))
        .then(citizen("dewi").completes(TASK_BRING_MISSING_DOCUMENT).after(ofDays(1)))
        .then(
            staff("rina")
                .completes(VERIFY_DOCUMENTS)
                .after(ofMinutes(5))
                .with(VAR_DOCUMENTS_COMPLETE, true))
        .then(staff("budi").inRole(GROUP_SECTION_HEAD).completes(TASK_APPROVE_CERTIFICATE));

    assertThatCase(prima, "SKT-2")
        .isFinished()
        .containsMomentsInOrder(CHECKED, BROUGHT_BACK, CHECKED, APPROVED, HANDED_OVER)
        .momentServedBy(BROUGHT_BACK, "dewi")
        .momentServedByRole(BROUGHT_BACK, GROUP_CITIZEN)
        .hasLeadTimeAtMost(ofDays(2));
    assertThatCase(prima, "SKT-2").timeIn(BROUGHT_BACK).isEqualTo(ofDays(1));
    assertThatCase(prima, "SKT-2")
        .moment(CHECKED, 2)
        .wasServedBy("rina")
        .hasDuration(ofMinutes(5))
        .hasChannel(Channel.COUNTER)
        .isInLane(Lane.FRONTSTAGE);
    assertThatCase(prima, "SKT-2")
        .moment(BROUGHT_BACK)
        .isOfKind(TouchpointKind.WAIT)
        .isCompleted()
        .hasDurationAtLeast(ofHours(24));
  }

  @Test
  void aCaseWaitingForApprovalIsAtTheApprovalMoment() {
    ServiceCase application =
        dewiApplies("SKT-3")
            .then(
                staff("siti")
                    .completes(TASK_VERIFY_DOCUMENTS)
                    .after(ofMinutes(10))
                    .with(VAR_DOCUMENTS_COMPLETE, true))
            .then(waits(ofHours(3)));

    assertThat(application.isFinished()).isFalse();
    assertThat(application.openTasks())
        .containsExactly(
            new OpenTask(
                TASK_APPROVE_CERTIFICATE,
                APPROVE_CERTIFICATE,
                null,
                java.util.List.of(GROUP_SECTION_HEAD)));
    assertThatCase(prima, "SKT-3")
        .isRunning()
        .isAtMoment(APPROVED)
        .hasLeadTimeAtMost(ofHours(3).plusMinutes(10));
    assertThatCase(prima, "SKT-3")
        .moment(APPROVED)
        .isActive()
        .isInLane(Lane.BACKSTAGE)
        .isOfKind(TouchpointKind.CONTACT)
        .wasServedByRole(GROUP_SECTION_HEAD);
    assertThatCase(prima.journeys(), "SKT-3").timeIn(APPROVED).isEqualTo(ofHours(3));
  }
}
