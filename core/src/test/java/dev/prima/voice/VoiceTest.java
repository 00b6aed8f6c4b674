package dev.prima.voice;

import static dev.prima.voice.VoiceFixture.OPENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.MutableClock;
import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.strategy.Breach;
import dev.prima.strategy.BreachKind;
import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Complaints and suggestions: storage, handling process, masking and the deadline breach. */
class VoiceTest {

  private static final Set<String> OFFICER = Set.of("complaint-officer");
  private static final Set<String> COUNTER = Set.of("counter-officer");

  private final MutableClock clock = new MutableClock(OPENING);
  private final List<Breach> heard = new CopyOnWriteArrayList<>();

  private Prima start(TestDatabase database, boolean jobExecutor) {
    Prima prima =
        VoiceFixture.start(
            database,
            database.builder().clock(clock).jobExecutor(jobExecutor).breachListener(heard::add));
    clock.wakeJobExecutorOf(prima);
    return prima;
  }

  private static ComplaintRequest.Builder about(String caseId) {
    return ComplaintRequest.aboutCase(caseId)
        .complainant(Complainant.of("Dewi Lestari", "dewi@example.org"))
        .channel(Channel.ONLINE)
        .text("The form lost my attachments twice");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aComplaintStartsTheHandlingProcessAndIsRecordedAsVoiceOnItsCase(TestDatabase database) {
    try (Prima prima = start(database, false)) {
      ProcessEngine engine = prima.processEngine();
      VoiceFixture.deployComplaintHandling(prima);
      VoiceFixture.apply(prima, "P-1");
      String submit = prima.touchpoints().query().caseId("P-1").list().get(0).id();
      clock.advance(Duration.ofHours(1));

      Complaint complaint = prima.voice().lodgeComplaint(about("P-1").touchpoint(submit).build());

      assertThat(complaint.serviceKey()).isEqualTo("permit");
      assertThat(complaint.lodged()).isEqualTo(OPENING.plus(Duration.ofHours(1)));
      assertThat(complaint.deadline()).isEqualTo(complaint.lodged().plus(Duration.ofDays(14)));
      assertThat(complaint.deadlineLimit()).isEqualTo("P14D");
      assertThat(complaint.handlingProcessInstanceId()).isNotNull();
      Map<String, Object> variables =
          engine.getRuntimeService().getVariables(complaint.handlingProcessInstanceId());
      assertThat(variables)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of("complaintId", complaint.id(), "caseId", "P-1", "tier", "LIGHT"));
      assertThat(
              engine
                  .getRuntimeService()
                  .createProcessInstanceQuery()
                  .processInstanceId(complaint.handlingProcessInstanceId())
                  .singleResult()
                  .getProcessDefinitionId())
          .startsWith("complaint-handling:");
      assertThat(prima.touchpoints().query().caseId("P-1").kind(TouchpointKind.VOICE).list())
          .extracting(Touchpoint::elementId, Touchpoint::moment, Touchpoint::channel)
          .containsExactly(tuple("prima:complaint", "Complaint lodged", Channel.ONLINE));
      assertThat(prima.voice().complaintsOfCase("P-1", OFFICER)).containsExactly(complaint);
      assertThat(prima.voice().complaint(complaint.id(), OFFICER).orElseThrow().touchpointId())
          .isEqualTo(submit);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void onlyComplaintOfficersSeeWhoComplained(TestDatabase database) {
    try (Prima prima = start(database, false)) {
      VoiceFixture.apply(prima, "P-2");
      Complaint named = prima.voice().lodgeComplaint(about("P-2").build());
      clock.advance(Duration.ofMinutes(1)); // lodged later, listed later
      Complaint anonymous = prima.voice().lodgeComplaint(about("P-2").anonymous().build());

      assertThat(prima.voice().complaint(named.id(), OFFICER).orElseThrow().complainant())
          .isEqualTo(Complainant.of("Dewi Lestari", "dewi@example.org"));
      Complaint masked = prima.voice().complaint(named.id(), COUNTER).orElseThrow();
      assertThat(masked.complainant()).isEqualTo(Complainant.HIDDEN);
      assertThat(masked.complainant().name()).isEqualTo("(hidden)");
      assertThat(masked.complainant().contact()).isEqualTo("(hidden)");
      assertThat(masked.text()).isEqualTo(named.text());
      assertThat(prima.voice().complaintsOfCase("P-2", Set.of()))
          .extracting(Complaint::complainant)
          .containsExactly(Complainant.HIDDEN, null);
      assertThat(prima.voice().complaint(anonymous.id(), OFFICER).orElseThrow().complainant())
          .isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theOfficerRolesAreConfigurable(TestDatabase database) {
    try (Prima prima =
        VoiceFixture.start(
            database, database.builder().clock(clock).complaintOfficerRoles("ombudsman-liaison"))) {
      VoiceFixture.apply(prima, "P-3");
      Complaint named = prima.voice().lodgeComplaint(about("P-3").build());

      assertThat(prima.voice().complaint(named.id(), OFFICER).orElseThrow().complainant())
          .isEqualTo(Complainant.HIDDEN);
      assertThat(
              prima
                  .voice()
                  .complaint(named.id(), Set.of("ombudsman-liaison"))
                  .orElseThrow()
                  .complainant()
                  .name())
          .isEqualTo("Dewi Lestari");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anUnansweredComplaintBreachesItsDeadlineThroughTheJobExecutor(TestDatabase database)
      throws Exception {
    try (Prima prima = start(database, true)) {
      VoiceFixture.deployComplaintHandling(prima);
      VoiceFixture.apply(prima, "P-4");
      Complaint complaint = prima.voice().lodgeComplaint(about("P-4").build());

      clock.advance(Duration.ofDays(13));
      Thread.sleep(300);
      assertThat(heard).isEmpty();

      clock.advance(Duration.ofDays(1).plusMinutes(1));
      VoiceFixture.await(() -> heard.size() == 1);
      assertThat(heard)
          .extracting(Breach::id, Breach::kind, Breach::caseId, Breach::limit, Breach::due)
          .containsExactly(
              tuple(
                  "COMPLAINT_DEADLINE:" + complaint.id(),
                  BreachKind.COMPLAINT_DEADLINE,
                  "P-4",
                  "P14D",
                  OPENING.plus(Duration.ofDays(14))));
      assertThat(heard.get(0).processInstanceId()).isEqualTo(complaint.handlingProcessInstanceId());
      assertThat(prima.standards().breachesOf("P-4")).containsExactlyElementsOf(heard);
      assertThat(prima.voice().overdue(OFFICER)).extracting(Complaint::id).contains(complaint.id());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anAnsweredComplaintRecordsNoBreachAndLeavesNoTimer(TestDatabase database) throws Exception {
    try (Prima prima = start(database, true)) {
      ProcessEngine engine = prima.processEngine();
      VoiceFixture.deployComplaintHandling(prima);
      VoiceFixture.apply(prima, "P-5");
      Complaint complaint = prima.voice().lodgeComplaint(about("P-5").build());
      String handling = complaint.handlingProcessInstanceId();
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(handling).count())
          .isEqualTo(1);

      clock.advance(Duration.ofDays(3));
      Complaint answered = prima.voice().answer(complaint.id(), "Attachments restored; apologies");

      assertThat(engine.getManagementService().createJobQuery().processInstanceId(handling).count())
          .isZero();
      clock.advance(Duration.ofDays(20));
      Thread.sleep(500);
      assertThat(heard).isEmpty();
      assertThat(prima.standards().breachesOf("P-5")).isEmpty();
      Complaint stored = prima.voice().complaint(complaint.id(), OFFICER).orElseThrow();
      assertThat(stored.masked()).isEqualTo(answered);
      assertThat(answered.complainant()).isEqualTo(Complainant.HIDDEN);
      assertThat(stored.answered()).isEqualTo(OPENING.plus(Duration.ofDays(3)));
      assertThat(stored.outcome()).isEqualTo("Attachments restored; apologies");
      assertThat(stored.answeredInTime()).contains(true);
      assertThat(prima.voice().overdue(OFFICER)).isEmpty();
      assertThatThrownBy(() -> prima.voice().answer(complaint.id(), "again"))
          .isInstanceOf(InvalidVoiceException.class)
          .hasMessageContaining("already answered");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void withoutAHandlingProcessAnOverdueComplaintIsFoundOnQuery(TestDatabase database) {
    try (Prima prima = start(database, false)) {
      Complaint general =
          prima
              .voice()
              .lodgeComplaint(
                  ComplaintRequest.aboutService("permit")
                      .channel(Channel.PHONE)
                      .text("Nobody answers the phone")
                      .build());
      clock.advance(Duration.ofMinutes(1));
      Complaint suggestion =
          prima
              .voice()
              .lodgeSuggestion(
                  ComplaintRequest.aboutService("permit").text("Open on Saturdays").build());

      assertThat(general.handlingProcessInstanceId()).isNull();
      assertThat(general.caseId()).isNull();
      assertThat(suggestion.kind()).isEqualTo(VoiceKind.SUGGESTION);
      assertThat(prima.voice().overdue(OFFICER)).isEmpty();
      clock.advance(Duration.ofDays(14));
      assertThat(prima.voice().overdue(OFFICER))
          .extracting(Complaint::id)
          .containsExactly(general.id());
      clock.advance(Duration.ofMinutes(1));
      assertThat(prima.voice().overdue(OFFICER))
          .extracting(Complaint::id)
          .containsExactlyInAnyOrder(general.id(), suggestion.id());
      assertThat(
              prima
                  .voice()
                  .complaintsOfService(
                      "permit", OPENING, OPENING.plus(Duration.ofDays(1)), OFFICER))
          .extracting(Complaint::kind)
          .containsExactly(VoiceKind.COMPLAINT, VoiceKind.SUGGESTION);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aCaseNamedByItsProcessInstanceIdKeepsItsRowsUnderItsKey(TestDatabase database) {
    try (Prima prima = start(database, false)) {
      String running = VoiceFixture.apply(prima, "SAFE-1");
      String finished = VoiceFixture.apply(prima, "SAFE-2");
      VoiceFixture.complete(prima.processEngine(), "SAFE-2");

      Complaint aboutRunning = prima.voice().lodgeComplaint(about(running).build());
      Complaint aboutFinished = prima.voice().lodgeComplaint(about(finished).build());
      prima.exits().switchChannel(running, Channel.COUNTER, Channel.ONLINE, "moved online");
      prima.exits().withdraw(running, "moved away");

      assertThat(aboutRunning.caseId()).isEqualTo("SAFE-1");
      assertThat(aboutFinished.caseId()).isEqualTo("SAFE-2");
      assertThat(prima.voice().complaintsOfCase("SAFE-1", OFFICER)).hasSize(1);
      assertThat(prima.voice().complaintsOfCase(running, OFFICER)).hasSize(1);
      assertThat(prima.voice().complaintsOfCase("SAFE-2", OFFICER)).hasSize(1);
      assertThat(prima.exits().exitsOf("SAFE-1"))
          .extracting(Exit::kind)
          .containsExactly(ExitKind.CHANNEL_SWITCH, ExitKind.WITHDRAWAL);
      assertThat(prima.exits().exitsOf(running)).hasSize(2);
      assertThat(prima.touchpoints().query().caseId(running).count()).isZero();
      assertThat(prima.touchpoints().query().caseId(finished).count()).isZero();
      assertThat(prima.journeys().cycleOf(running)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void badVoiceIsRejectedWithTheOffendingValue(TestDatabase database) {
    try (Prima prima = start(database, false)) {
      assertThatThrownBy(() -> prima.voice().lodgeComplaint(about("NO-CASE").build()))
          .isInstanceOf(UnknownCaseException.class)
          .hasMessageContaining("'NO-CASE'");
      assertThatThrownBy(
              () -> prima.voice().lodgeComplaint(about("P-9").touchpoint("no-such-tp").build()))
          .isInstanceOf(UnknownTouchpointException.class)
          .hasMessageContaining("'no-such-tp'");
      assertThatThrownBy(() -> prima.voice().answer("no-such-complaint", "ok"))
          .isInstanceOf(UnknownComplaintException.class)
          .hasMessageContaining("'no-such-complaint'");
      assertThatThrownBy(() -> ComplaintRequest.aboutCase("P-9").text(" ").build())
          .isInstanceOf(InvalidVoiceException.class)
          .hasMessageContaining("text must not be blank");
      assertThat(prima.voice().overdue(OFFICER)).isEmpty();
    }
  }
}
