package dev.prima.testing;

import static dev.prima.testing.PrimaAssertions.assertThatCase;
import static dev.prima.testing.Steps.staff;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.prima.Prima;
import dev.prima.touchpoint.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * {@code certificate-with-deadline}: registering is an async continuation, and approval is
 * escalated to the district head by an interrupting 4-hour timer.
 */
@PrimaTest
@Deploy("certificate-with-deadline.bpmn")
class TestClockTest {

  static final String KEY = "certificate-with-deadline";
  static final Instant EIGHT_AM = Instant.parse("2026-01-05T08:00:00Z");
  static final String APPROVED = "Certificate approved";
  static final String OVERDUE = "Approval overdue";
  static final String ESCALATED = "Approved by the district head";

  Prima prima;
  TestClock clock;
  ServiceScenario scenario;
  ManagementService management;
  HistoryService history;

  private ServiceCase ekaApplies() {
    return scenario.citizen("eka").starts(KEY, "SKO-1");
  }

  @Test
  void theClockStartsAtItsStartAndDrivesCamundasClock() {
    assertThat(clock.instant()).isEqualTo(EIGHT_AM).isEqualTo(TestClock.DEFAULT_START);
    assertThat(prima.clock()).isSameAs(clock);

    clock.advance(ofMinutes(30));
    ServiceCase application = ekaApplies();

    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(application.processInstanceId())
                .singleResult()
                .getStartTime()
                .toInstant())
        .isEqualTo(EIGHT_AM.plus(ofMinutes(30)));
  }

  @Test
  void runDueJobsRunsAsyncContinuationsButNoTimerBeforeItIsDue() {
    ServiceCase application = ekaApplies();
    assertThat(application.openTasks()).isEmpty();

    assertThat(clock.runDueJobs()).isEqualTo(1);

    assertThat(application.openTasks())
        .extracting(OpenTask::elementId)
        .containsExactly("ApproveCertificate");
    Job timer = management.createJobQuery().timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(EIGHT_AM.plus(ofHours(4)));
    assertThat(clock.runDueJobs()).isZero();
  }

  @Test
  void theBoundaryTimerFiresAtItsDueInstantWithinALongerJump() {
    ServiceCase application = ekaApplies();

    int ran = clock.advanceAndRunDueJobs(Duration.ofDays(1));

    assertThat(ran).as("the async registration and the timer").isEqualTo(2);
    assertThat(clock.instant()).isEqualTo(EIGHT_AM.plus(Duration.ofDays(1)));
    assertThat(application.openTasks())
        .extracting(OpenTask::elementId)
        .containsExactly("EscalateToHead");
    assertThatCase(prima, "SKO-1")
        .containsMomentsInOrder(APPROVED, OVERDUE, ESCALATED)
        .momentHasOutcome(APPROVED, Outcome.INTERRUPTED)
        .isAtMoment(ESCALATED);
    assertThatCase(prima, "SKO-1").timeIn(APPROVED).isEqualTo(ofHours(4));
    assertThat(prima.touchpoints().query().caseId("SKO-1").list())
        .filteredOn(t -> t.moment().equals(OVERDUE))
        .singleElement()
        .satisfies(t -> assertThat(t.start()).isEqualTo(EIGHT_AM.plus(ofHours(4))));
  }

  @Test
  void theTimerDoesNotFireAMinuteEarly() {
    ServiceCase application = ekaApplies();

    assertThat(clock.advanceAndRunDueJobs(ofHours(4).minusMinutes(1))).isEqualTo(1);
    assertThat(application.openTasks())
        .extracting(OpenTask::elementId)
        .containsExactly("ApproveCertificate");

    assertThat(clock.advanceAndRunDueJobs(ofMinutes(1))).isEqualTo(1);
    assertThat(application.openTasks())
        .extracting(OpenTask::elementId)
        .containsExactly("EscalateToHead");
  }

  @Test
  void approvingInTimeEndsTheCaseAndTheTimer() {
    ekaApplies().then(staff("budi").completes("Approve certificate").after(ofHours(3)));

    assertThatCase(prima, "SKO-1")
        .isFinished()
        .doesNotContainMoment(OVERDUE)
        .momentServedBy(APPROVED, "budi");
    assertThat(management.createJobQuery().count()).isZero();
  }

  @Test
  void aStepAfterTheDeadlineFindsTheTaskEscalated() {
    ServiceCase application = ekaApplies();

    AssertionError late =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                application.then(staff("budi").completes("Approve certificate").after(ofHours(5))));

    assertThat(late)
        .hasMessageContaining("no such task is open")
        .hasMessageContaining("'Approve as district head' (EscalateToHead) for [district-head]")
        .hasMessageContaining("Approval overdue");
  }

  @Test
  void timeMovesOnlyForwardByAdvanceButAnywhereBySet() {
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must not be negative, but was PT-1S; use set(Instant) to go back");

    clock.set(EIGHT_AM.minus(Duration.ofDays(1)));
    assertThat(clock.instant()).isEqualTo(EIGHT_AM.minus(Duration.ofDays(1)));
    clock.reset();
    assertThat(clock.instant()).isEqualTo(EIGHT_AM);
  }

  @Test
  void aZoneViewSharesTheTime() {
    TestClock jakarta = clock.withZone(ZoneId.of("Asia/Jakarta"));

    clock.advance(ofHours(2));

    assertThat(jakarta.instant()).isEqualTo(EIGHT_AM.plus(ofHours(2)));
    assertThat(jakarta.getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    assertThat(clock.withZone(clock.getZone())).isSameAs(clock);
  }

  @Test
  void aClockWithoutAnEngineSaysHowToAttachIt() {
    TestClock loose = TestClock.startingAt(EIGHT_AM);

    assertThatThrownBy(() -> loose.advanceAndRunDueJobs(ofHours(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call attach(prima.processEngine())");
  }
}
