package dev.prima.testing;

import static dev.prima.testing.CertificateApplication.*;
import static dev.prima.testing.PrimaAssertions.assertThat;
import static dev.prima.testing.PrimaAssertions.assertThatCase;
import static dev.prima.testing.Steps.staff;
import static dev.prima.testing.Steps.waits;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.prima.Prima;
import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A failing assertion shows the actual cycle of service, so the reader sees what happened instead.
 * Every test here catches the failure and reads its message.
 */
@PrimaTest
@Deploy(RESOURCE)
class FailureMessageTest {

  /** Case SKT-7 after its documents were checked, one hour into waiting for approval. */
  static final String TIMELINE =
      """
      moment                                role             person  start                wait  time in  outcome
      Application handed in at the counter  -                dewi    2026-01-05 08:00:00  0s    0s       COMPLETED
      Documents checked at the counter      counter-officer  siti    2026-01-05 08:00:00  0s    20m      COMPLETED
      Completeness decided                  -                siti    2026-01-05 08:20:00  0s    0s       COMPLETED
      Certificate approved                  section-head     -       2026-01-05 08:20:00  0s    1h       ACTIVE
      lead time 1h 20m (running)""";

  Prima prima;
  ServiceScenario scenario;
  ServiceCase application;

  @BeforeEach
  void dewiWaitsForApproval() {
    application =
        scenario
            .citizen("dewi")
            .starts(PROCESS_KEY, "SKT-7", Map.of(VAR_CITIZEN_USER_ID, "dewi"))
            .then(
                staff("siti")
                    .completes(TASK_VERIFY_DOCUMENTS)
                    .after(ofMinutes(20))
                    .with(VAR_DOCUMENTS_COMPLETE, true))
            .then(waits(ofHours(1)));
  }

  private static String failureOf(Runnable assertion) {
    AssertionError error = catchThrowableOfType(AssertionError.class, assertion::run);
    assertThat(error).as("the assertion should have failed").isNotNull();
    return error.getMessage();
  }

  @Test
  void wrongMomentsShowTheActualCycle() {
    String message =
        failureOf(() -> assertThatCase(prima, "SKT-7").hasMoments(HANDED_IN, CHECKED, APPROVED));

    assertThat(message)
        .isEqualTo(
            "Expecting the cycle of service of case SKT-7 to have exactly the moments\n"
                + "  [Application handed in at the counter, Documents checked at the counter,"
                + " Certificate approved]\n"
                + "but it was:\n"
                + TIMELINE);
  }

  @Test
  void momentsOutOfOrderNameTheMissingOne() {
    String message =
        failureOf(() -> assertThatCase(prima, "SKT-7").containsMomentsInOrder(APPROVED, CHECKED));

    assertThat(message)
        .startsWith(
            "Expecting the cycle of service of case SKT-7 to contain the moments in order\n"
                + "  [Certificate approved, Documents checked at the counter]\n"
                + "('Documents checked at the counter' is missing after 'Certificate approved')\n"
                + "but it was:\n")
        .endsWith(TIMELINE);
  }

  @Test
  void aTooLongTimeSaysByHowMuch() {
    String message =
        failureOf(() -> assertThatCase(prima, "SKT-7").timeIn(CHECKED).isAtMost(ofMinutes(15)));

    assertThat(message)
        .isEqualTo(
            "Expecting the cycle of service of case SKT-7 to have the time in '"
                + CHECKED
                + "' at most 15m (it was 20m)\nbut it was:\n"
                + TIMELINE);
  }

  @Test
  void aWaitOrLeadTimeOverTheLimitShowsTheCycle() {
    assertThat(
            failureOf(
                () ->
                    assertThatCase(prima, "SKT-7").hasWaitAtLeast(CHECKED, Duration.ofMinutes(1))))
        .contains("to have the wait before '" + CHECKED + "' at least 1m (it was 0s)")
        .endsWith(TIMELINE);
    assertThat(failureOf(() -> assertThatCase(prima, "SKT-7").hasLeadTimeAtMost(ofHours(1))))
        .contains("to have the lead time at most 1h (it was 1h 20m)")
        .endsWith(TIMELINE);
  }

  @Test
  void theWrongPersonOrRoleNamesWhoServed() {
    assertThat(failureOf(() -> assertThatCase(prima, "SKT-7").momentServedBy(CHECKED, "budi")))
        .contains("to have '" + CHECKED + "' served by budi (it was served by siti)")
        .endsWith(TIMELINE);
    assertThat(
            failureOf(
                () -> assertThatCase(prima, "SKT-7").momentServedByRole(APPROVED, "district-head")))
        .contains("served by the role district-head (its role was section-head)")
        .endsWith(TIMELINE);
  }

  @Test
  void stateAndOutcomeFailuresShowTheCycle() {
    assertThat(failureOf(() -> assertThatCase(prima, "SKT-7").isFinished()))
        .isEqualTo(
            "Expecting the cycle of service of case SKT-7 to be finished\nbut it was:\n"
                + TIMELINE);
    assertThat(failureOf(() -> assertThatCase(prima, "SKT-7").isAtMoment(CHECKED)))
        .contains("to be at the moment '" + CHECKED + "' (it is at '" + APPROVED + "')");
    assertThat(
            failureOf(
                () ->
                    assertThatCase(prima, "SKT-7").momentHasOutcome(APPROVED, Outcome.INTERRUPTED)))
        .contains("to have '" + APPROVED + "' end INTERRUPTED (it was ACTIVE)")
        .endsWith(TIMELINE);
  }

  @Test
  void aMissingMomentOrOccurrenceIsNamed() {
    assertThat(failureOf(() -> assertThatCase(prima, "SKT-7").moment(HANDED_OVER)))
        .startsWith(
            "Expecting the cycle of service of case SKT-7 to have the moment '"
                + HANDED_OVER
                + "'\nbut it was:\n")
        .endsWith(TIMELINE);
    assertThat(failureOf(() -> assertThatCase(prima, "SKT-7").moment(CHECKED, 2)))
        .contains("to have the moment '" + CHECKED + "' 2 times (it occurred 1 time)");
  }

  @Test
  void aTouchpointOfTheCycleShowsTheCycleToo() {
    String message =
        failureOf(() -> assertThatCase(prima, "SKT-7").moment(CHECKED).hasChannel(Channel.ONLINE));

    assertThat(message)
        .isEqualTo(
            "Expecting the touchpoint '"
                + CHECKED
                + "' at VerifyDocuments of case SKT-7 to have channel ONLINE (it was COUNTER)\n"
                + "in the cycle of service:\n"
                + TIMELINE);
  }

  @Test
  void aTouchpointOnItsOwnShowsItself() {
    Touchpoint approved = prima.touchpoints().query().caseId("SKT-7").active(true).list().get(0);

    assertThat(failureOf(() -> assertThat(approved).hasDurationAtMost(ofHours(4))))
        .startsWith(
            "Expecting the touchpoint '"
                + APPROVED
                + "' at ApproveCertificate of case SKT-7 to have a duration (it has none: it is"
                + " still active)\nTouchpoint: Touchpoint[SKT-7 '"
                + APPROVED
                + "' at ApproveCertificate via counter BACKSTAGE as section-head ACTIVE]");
  }

  @Test
  void aDescriptionPrefixesTheMessage() {
    assertThat(
            failureOf(() -> assertThatCase(prima, "SKT-7").as("Dewi's certificate").isFinished()))
        .startsWith("[Dewi's certificate] Expecting the cycle of service of case SKT-7");
  }

  @Test
  void anUnknownCaseListsTheCasesInTheJournal() {
    assertThat(failureOf(() -> assertThatCase(prima, "SKT-99")))
        .isEqualTo(
            "Expecting case SKT-99 to have a cycle of service, but the journal holds no touchpoint"
                + " of it; cases in the journal: [SKT-7]");
  }

  @Test
  void aTaskThatIsNotOpenListsTheOpenTasksAndTheCycle() {
    String message =
        failureOf(
            () ->
                application.then(
                    staff("siti").completes(TASK_BRING_MISSING_DOCUMENT).after(ofMinutes(5))));

    assertThat(message)
        .isEqualTo(
            "Case SKT-7: staff siti completes 'Bring missing document' after 5m: no such task is"
                + " open\n"
                + "Open tasks of case SKT-7:\n"
                + "  - 'Approve certificate' (ApproveCertificate) for [section-head], unassigned\n"
                + "Cycle of service so far:\n"
                + TIMELINE
                    .replace("1h       ACTIVE", "1h 5m    ACTIVE")
                    .replace("lead time 1h 20m", "lead time 1h 25m"));
  }

  @Test
  void aTaskOfAnotherRoleSaysWhoItIsFor() {
    assertThat(
            failureOf(
                () ->
                    application.then(
                        staff("siti")
                            .inRole(GROUP_COUNTER_OFFICER)
                            .completes(TASK_APPROVE_CERTIFICATE))))
        .startsWith(
            "Case SKT-7: staff siti as [counter-officer] completes 'Approve certificate': the task"
                + " is open, but not for siti in the roles [counter-officer]\n"
                + "Open tasks of case SKT-7:\n"
                + "  - 'Approve certificate' (ApproveCertificate) for [section-head], unassigned");
  }

  @Test
  void aTaskAssignedToSomeoneElseNamesTheAssignee() {
    prima
        .processEngine()
        .getTaskService()
        .claim(application.openTaskEntities().get(0).getId(), "budi");

    assertThat(failureOf(() -> application.then(staff("sari").completes(APPROVE_CERTIFICATE))))
        .startsWith(
            "Case SKT-7: staff sari completes 'ApproveCertificate': the task is assigned to budi");
  }

  @Test
  void aCutOffDurationAlsoShowsItsExactValue() {
    assertThat(ServiceTimeAssert.show(ofHours(26).plusMinutes(25))).isEqualTo("1d 2h (PT26H25M)");
    assertThat(ServiceTimeAssert.show(ofHours(26))).isEqualTo("1d 2h");
    assertThat(ServiceTimeAssert.show(ofMinutes(20))).isEqualTo("20m");
  }
}
