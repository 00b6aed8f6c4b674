package dev.prima.models;

import static dev.prima.models.ComplaintHandling.*;
import static dev.prima.testing.Steps.staff;
import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.strategy.Breach;
import dev.prima.strategy.BreachKind;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.WorkingCalendar;
import dev.prima.testing.Actor;
import dev.prima.testing.OpenTask;
import dev.prima.testing.PrimaExtension;
import dev.prima.testing.ServiceScenario;
import dev.prima.testing.TestClock;
import dev.prima.voice.Complaint;
import dev.prima.voice.ComplaintPolicy;
import dev.prima.voice.ComplaintRequest;
import dev.prima.voice.ComplaintTier;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The complaint model's deadlines on the Prima instance's own calendar (Indonesia's 2026 holidays
 * and collective leave) and complaint policy, equal to the voice API's.
 */
class ComplaintHandlingDeadlinesTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final Actor OFFICER = staff("rina").inRole("complaint-officer");

  /** An agency's faster promise: acknowledged within 3 working days. */
  static final ComplaintPolicy POLICY =
      ComplaintPolicy.custom().acknowledgement(ServiceDuration.workingDays(3)).build();

  @RegisterExtension
  static final PrimaExtension PRIMA =
      PrimaExtension.builder()
          .deploy(RESOURCE)
          .configure(prima -> prima.calendar(calendar2026()).complaintPolicy(POLICY))
          .build();

  Prima prima;
  ServiceScenario scenario;
  TestClock clock;
  HistoryService history;

  static WorkingCalendar calendar2026() {
    try (Reader holidays =
        new InputStreamReader(
            Objects.requireNonNull(
                ComplaintHandlingDeadlinesTest.class.getResourceAsStream("/libur-2026.txt")),
            StandardCharsets.UTF_8)) {
      return WorkingCalendar.custom().holidaysFrom(holidays, "libur-2026.txt").build();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Duration until(String jakartaTime) {
    return Duration.between(
        clock.instant(), LocalDateTime.parse(jakartaTime).atZone(JAKARTA).toInstant());
  }

  private String variable(String caseId, String name) {
    String instance =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .singleResult()
            .getId();
    return (String)
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance)
            .variableName(name)
            .singleResult()
            .getValue();
  }

  @Test
  void aNormativeComplaintClassifiedBeforeIdulFitriIsDueAfterTheCollectiveLeave() {
    // given lodged Monday 16 March 2026, 09:00 in Jakarta
    startAt("2026-03-16T09:00", "ADU-31");

    // when classified NORMATIVE on Tuesday 17 March, 10:00
    classifyAt("ADU-31", "2026-03-17T10:00", TIER_NORMATIVE);

    // then 5 working days skip Nyepi, Idul Fitri and its collective leave (18 to 24 March):
    // Tuesday 31 March, 10:00 in Jakarta, not Tuesday 24 March
    assertThat(variable("ADU-31", RESOLUTION_DUE.name())).isEqualTo("2026-03-31T03:00:00Z");
  }

  @Test
  void aLightComplaintClassifiedBeforeChristmasIsDueAfterIt() {
    startAt("2026-12-22T09:00", "ADU-32");

    classifyAt("ADU-32", "2026-12-23T11:00", TIER_LIGHT);

    // 2 working days skip the collective leave of 24 and Christmas on 25 December:
    // Tuesday 29 December, 11:00 in Jakarta, not Friday 25 December
    assertThat(variable("ADU-32", RESOLUTION_DUE.name())).isEqualTo("2026-12-29T04:00:00Z");
  }

  @Test
  void theModelsAcknowledgementDeadlineIsTheVoiceApisAndItsTimerFiresThen() {
    // given Tuesday 17 March 2026, 10:00 in Jakarta; the agency promises 3 working days
    clock.advanceAndRunDueJobs(until("2026-03-17T10:00"));

    // when a complaint about a service without a standard is lodged through the voice API
    Complaint complaint =
        prima
            .voice()
            .lodgeComplaint(
                ComplaintRequest.aboutService("pelayanan-umum")
                    .anonymous()
                    .text("Nobody answers the phone")
                    .tier(ComplaintTier.LIGHT)
                    .build());

    // then both deadlines are Friday 27 March, 10:00 (Nyepi, Idul Fitri and its leave skipped)
    assertThat(complaint.deadline()).isEqualTo(Instant.parse("2026-03-27T03:00:00Z"));
    assertThat(variable(complaint.id(), ACKNOWLEDGEMENT_DUE.name()))
        .isEqualTo(complaint.deadline().toString());
    clock.advanceAndRunDueJobs(until("2026-03-27T09:59"));
    assertThat(scenario.caseOf(complaint.id()).openTasks())
        .extracting(OpenTask::elementId)
        .containsExactly(ACKNOWLEDGE_COMPLAINT);
    clock.advanceAndRunDueJobs(Duration.ofMinutes(1));
    assertThat(scenario.caseOf(complaint.id()).openTasks())
        .extracting(OpenTask::elementId)
        .containsExactly(ACKNOWLEDGE_OVERDUE_COMPLAINT);
  }

  @Test
  void aSupervisionComplaintAnsweredWithinItsTierBreachesNoLeadTime() {
    // given lodged Monday 3 August 2026, classified SUPERVISION on Friday 14 August
    startAt("2026-08-03T09:00", "ADU-34");
    classifyAt("ADU-34", "2026-08-14T10:00", TIER_SUPERVISION);
    Instant tierDue = Instant.parse(variable("ADU-34", RESOLUTION_DUE.name()));

    // when resolved on Wednesday 4 November, within the tier, and answered the next day
    scenario
        .caseOf("ADU-34")
        .then(OFFICER.completes(RESOLVE_COMPLAINT).after(until("2026-11-04T10:00")))
        .then(OFFICER.completes(ANSWER_COMPLAINANT).after(Duration.ofDays(1)));

    // then the late classification is a breach, but the case's lead time is not
    assertThat(tierDue)
        .isAfter(LocalDateTime.parse("2026-11-04T10:00").atZone(JAKARTA).toInstant());
    assertThat(prima.standards().breachesOf("ADU-34"))
        .extracting(Breach::kind)
        .contains(BreachKind.TOUCHPOINT_TARGET)
        .doesNotContain(BreachKind.LEAD_TIME);
  }

  @Test
  void theModelsLeadTimeCoversItsLongestPathWithinItsDeadlines() {
    ServiceDuration leadTime = prima.standards().of(PROCESS_KEY).orElseThrow().leadTime();
    long classification =
        prima
            .standards()
            .of(PROCESS_KEY)
            .orElseThrow()
            .targetOf(CLASSIFY_COMPLAINT)
            .orElseThrow()
            .calendar()
            .toDays();

    // a calendar day holds at most one working day
    assertThat(leadTime.mode()).isEqualTo(ServiceDuration.Mode.WORKING_DAYS);
    assertThat(leadTime.count())
        .isGreaterThanOrEqualTo(
            (int)
                (ComplaintPolicy.MAX_ACKNOWLEDGEMENT.calendar().toDays()
                    + classification
                    + ComplaintPolicy.MAX_RESOLUTION.get(ComplaintTier.SUPERVISION).count()));
  }

  private String startAt(String jakartaTime, String caseId) {
    clock.advanceAndRunDueJobs(until(jakartaTime));
    scenario.citizen("joko").starts(PROCESS_KEY, caseId, Map.of(COMPLAINT_ID.name(), caseId));
    return caseId;
  }

  private void classifyAt(String caseId, String jakartaTime, String tier) {
    scenario
        .caseOf(caseId)
        .then(OFFICER.completes(ACKNOWLEDGE_COMPLAINT).after(ofHours(1)))
        .then(
            OFFICER
                .completes(CLASSIFY_COMPLAINT)
                .after(until(jakartaTime))
                .with(
                    Map.of(
                        DETAILS_SUFFICIENT.name(), true,
                        WITHIN_COMPETENCE.name(), true,
                        TIER.name(), tier)));
  }
}
