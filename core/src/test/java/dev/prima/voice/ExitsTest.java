package dev.prima.voice;

import static dev.prima.voice.VoiceFixture.OPENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.MutableClock;
import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.ServiceStandard;
import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointKind;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Withdrawal, channel switch and abandonment recorded as exits on a real engine. */
class ExitsTest {

  private final MutableClock clock = new MutableClock(OPENING);

  private Prima start(TestDatabase database) {
    return VoiceFixture.start(
        database,
        database
            .builder()
            .clock(clock)
            .standard(
                ServiceStandard.forService(VoiceFixture.SERVICE)
                    .name("Permit")
                    .leadTime(ServiceDuration.calendarDays(10))
                    .build()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void withdrawalRecordsOneExitAndEndsTheCaseWithNothingLeft(TestDatabase database) {
    try (Prima prima = start(database)) {
      ProcessEngine engine = prima.processEngine();
      String instance = VoiceFixture.apply(prima, "P-1");
      VoiceFixture.complete(engine, "P-1");
      clock.advance(Duration.ofMinutes(20));
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance).count())
          .as("the lead-time timer exists before")
          .isEqualTo(1);

      Exit exit = prima.exits().withdraw("P-1", "moved to another city");

      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).list())
          .isEmpty();
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance).list())
          .isEmpty();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
      List<Touchpoint> exits =
          prima.touchpoints().query().caseId("P-1").kind(TouchpointKind.EXIT).list();
      assertThat(exits)
          .extracting(Touchpoint::elementId, Touchpoint::moment, Touchpoint::outcome)
          .containsExactly(
              tuple("prima:withdrawal", "Case withdrawn by the citizen", Outcome.COMPLETED));
      assertThat(exits.get(0).id()).isEqualTo(exit.touchpointId());
      assertThat(prima.touchpoints().query().caseId("P-1").list())
          .extracting(Touchpoint::elementId, Touchpoint::outcome)
          .containsExactly(
              tuple("submit", Outcome.COMPLETED),
              tuple("verify", Outcome.WITHDRAWN),
              tuple("prima:withdrawal", Outcome.COMPLETED));
      assertThat(prima.exits().exitsOf("P-1"))
          .extracting(Exit::kind, Exit::note, Exit::at, Exit::processDefinitionKey)
          .containsExactly(
              tuple(
                  ExitKind.WITHDRAWAL,
                  "moved to another city",
                  OPENING.plus(Duration.ofMinutes(20)),
                  "permit"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void withdrawingAnUnknownOrFinishedCaseNamesTheCaseAndChangesNothing(TestDatabase database) {
    try (Prima prima = start(database)) {
      ProcessEngine engine = prima.processEngine();
      VoiceFixture.apply(prima, "P-2");
      VoiceFixture.complete(engine, "P-2");
      VoiceFixture.complete(engine, "P-2");

      assertThatThrownBy(() -> prima.exits().withdraw("P-2", "too late"))
          .isInstanceOf(CaseNotRunningException.class)
          .hasMessageContaining("'P-2' has already ended");
      assertThatThrownBy(() -> prima.exits().withdraw("NO-SUCH-CASE", "why"))
          .isInstanceOf(UnknownCaseException.class)
          .hasMessageContaining("No case 'NO-SUCH-CASE'");
      assertThat(prima.touchpoints().query().kind(TouchpointKind.EXIT).count()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void channelSwitchRecordsAnExitFromOneChannelAndAnEntryIntoTheOther(TestDatabase database) {
    try (Prima prima = start(database)) {
      VoiceFixture.apply(prima, "P-3");

      Exit exit =
          prima.exits().switchChannel("P-3", Channel.ONLINE, Channel.COUNTER, "site kept failing");

      assertThat(exit.kind()).isEqualTo(ExitKind.CHANNEL_SWITCH);
      assertThat(exit.channel()).isEqualTo(Channel.ONLINE);
      assertThat(prima.touchpoints().query().caseId("P-3").list())
          .extracting(Touchpoint::elementId, Touchpoint::kind, Touchpoint::channel)
          .containsExactly(
              tuple("submit", TouchpointKind.CONTACT, Channel.ONLINE),
              tuple("prima:channel-exit", TouchpointKind.EXIT, Channel.ONLINE),
              tuple("prima:channel-entry", TouchpointKind.CONTACT, Channel.COUNTER));
      assertThat(prima.processEngine().getRuntimeService().createProcessInstanceQuery().count())
          .as("the case keeps running")
          .isEqualTo(1);
      assertThatThrownBy(
              () -> prima.exits().switchChannel("P-3", Channel.PHONE, Channel.PHONE, "same"))
          .isInstanceOf(InvalidVoiceException.class)
          .hasMessageContaining("both were phone");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void idleCasesWaitingOnTheCitizenAreFlaggedOnceOrClosed(TestDatabase database) {
    try (Prima prima = start(database)) {
      ProcessEngine engine = prima.processEngine();
      VoiceFixture.apply(prima, "A-1");
      String closed = VoiceFixture.apply(prima, "A-2");
      VoiceFixture.apply(prima, "A-3");
      VoiceFixture.complete(engine, "A-3"); // waits on the officer, not on the citizen
      clock.advance(Duration.ofDays(6));
      VoiceFixture.apply(prima, "A-4"); // started recently
      clock.advance(Duration.ofDays(2));

      assertThat(prima.exits().abandonIdleCases(Duration.ofDays(7), AbandonPolicy.FLAG))
          .containsExactly("A-1", "A-2");
      assertThat(prima.exits().abandonIdleCases(Duration.ofDays(7), AbandonPolicy.FLAG))
          .as("a daily run flags a case once per wait")
          .isEmpty();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(4);

      clock.advance(Duration.ofDays(1));
      VoiceFixture.complete(engine, "A-1"); // the citizen came back
      assertThat(prima.exits().abandonIdleCases(Duration.ofDays(7), AbandonPolicy.CLOSE))
          .containsExactly("A-2");

      assertThat(engine.getRuntimeService().createProcessInstanceQuery().list())
          .extracting(instance -> instance.getBusinessKey())
          .containsExactlyInAnyOrder("A-1", "A-3", "A-4");
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(closed).count())
          .isZero();
      assertThat(prima.touchpoints().query().caseId("A-2").list())
          .extracting(Touchpoint::elementId, Touchpoint::outcome)
          .containsExactly(
              tuple("submit", Outcome.WITHDRAWN), tuple("prima:abandonment", Outcome.COMPLETED));
      assertThat(prima.exits().exitsOf("A-2"))
          .extracting(Exit::kind, Exit::channel, Exit::at)
          .as("flagged once, then closed without a second exit")
          .containsExactly(
              tuple(ExitKind.ABANDONMENT, Channel.ONLINE, OPENING.plus(Duration.ofDays(8))));
      assertThat(prima.exits().exitsOf("A-1")).hasSize(1);
      assertThat(prima.exits().exitsOf("A-4")).isEmpty();
    }
  }
}
