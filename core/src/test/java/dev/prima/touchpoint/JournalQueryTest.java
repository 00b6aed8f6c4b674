package dev.prima.touchpoint;

import static dev.prima.TestModels.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.journey.ServiceCycle;
import dev.prima.journey.ServiceProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Query, paging, purge and the journeys read from the journal. */
class JournalQueryTest {

  private static final Instant MONDAY = Instant.parse("2026-06-01T01:00:00Z");

  private static BpmnModelInstance counterService() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("kk")
            .startEvent("start")
            .userTask("serve")
            .camundaCandidateGroups("counter-officer")
            .userTask("sign")
            .camundaCandidateGroups("section-head")
            .endEvent("end")
            .done();
    touchpoint(model, "start", "Number taken", "kiosk", "CUSTOMER");
    touchpoint(model, "serve", "Served at the counter", "counter", "FRONTSTAGE");
    touchpoint(model, "sign", "Signed", "online", "BACKSTAGE");
    return model;
  }

  /** Runs cases 0..n-1; case i is served by staff[i % 2] for i+1 minutes; the last stays open. */
  private static void runCases(Prima prima, dev.prima.MutableClock clock, int n) {
    ProcessEngine engine = prima.processEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("kk.bpmn", counterService())
        .deploy();
    String[] staff = {"siti", "budi"};
    for (int i = 0; i < n; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("kk", "KK-" + i);
      clock.advance(Duration.ofMinutes(i + 1));
      Task serve =
          engine
              .getTaskService()
              .createTaskQuery()
              .processInstanceBusinessKey("KK-" + i)
              .singleResult();
      engine.getTaskService().setAssignee(serve.getId(), staff[i % 2]);
      engine.getTaskService().complete(serve.getId());
      clock.advance(Duration.ofMinutes(1));
      if (i < n - 1) {
        Task sign =
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey("KK-" + i)
                .singleResult();
        engine.getTaskService().setAssignee(sign.getId(), "kepala");
        engine.getTaskService().complete(sign.getId());
      }
      clock.advance(Duration.ofHours(1));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void filtersByPersonRoleChannelLaneKindStateAndTime(TestDatabase database) {
    var clock = new dev.prima.MutableClock(MONDAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      runCases(prima, clock, 4);
      TouchpointJournal journal = prima.touchpoints();

      assertThat(journal.query().count()).isEqualTo(12);
      assertThat(journal.query().userId("siti").list())
          .extracting(Touchpoint::caseId)
          .containsExactly("KK-0", "KK-2");
      assertThat(journal.query().role("section-head").count()).isEqualTo(4);
      assertThat(journal.query().channel(Channel.KIOSK).count()).isEqualTo(4);
      assertThat(journal.query().lane(Lane.BACKSTAGE).active(false).count()).isEqualTo(3);
      assertThat(journal.query().active(true).list())
          .extracting(Touchpoint::caseId, Touchpoint::elementId)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("KK-3", "sign"));
      assertThat(journal.query().kind(TouchpointKind.CONTACT).processDefinitionKey("kk").count())
          .isEqualTo(12);
      Instant secondCaseStart = journal.query().caseId("KK-1").list().get(0).start();
      assertThat(journal.query().startedAfter(secondCaseStart).channel(Channel.KIOSK).list())
          .extracting(Touchpoint::caseId)
          .containsExactly("KK-1", "KK-2", "KK-3");
      assertThat(journal.query().startedBefore(secondCaseStart).count()).isEqualTo(3);
      assertThat(journal.query().caseId("KK-1").list())
          .extracting(Touchpoint::duration)
          .containsExactly(
              java.util.Optional.of(Duration.ZERO),
              java.util.Optional.of(Duration.ofMinutes(2)),
              java.util.Optional.of(Duration.ofMinutes(1)));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void pagesCaseByCaseWithoutOffsets(TestDatabase database) {
    var clock = new dev.prima.MutableClock(MONDAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      runCases(prima, clock, 3);

      assertThat(prima.touchpoints().query().orderByCase().caseAfter("KK-0").list())
          .extracting(Touchpoint::caseId)
          .containsExactly("KK-1", "KK-1", "KK-1", "KK-2", "KK-2", "KK-2");
      assertThat(prima.touchpoints().query().orderByCase().caseAfter("KK-2").list()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void streamsWhatTheListHoldsInTheSameOrder(TestDatabase database) {
    var clock = new dev.prima.MutableClock(MONDAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      runCases(prima, clock, 3);
      List<Touchpoint> streamed = new java.util.ArrayList<>();

      // when
      prima.touchpoints().query().orderByCase().descending().forEach(streamed::add);

      // then
      assertThat(streamed)
          .hasSize(9)
          .isEqualTo(prima.touchpoints().query().orderByCase().descending().list());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void readsThePeriodsCasesWithTheirWholeHistories(TestDatabase database) {
    var clock = new dev.prima.MutableClock(MONDAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      // given: KK-1 starts 62 minutes after Monday 01:00 and is signed 2 minutes later
      runCases(prima, clock, 3);
      Instant kk1 = MONDAY.plus(Duration.ofMinutes(62));

      // when: a period that holds only KK-1's signing
      var touched =
          prima
              .touchpoints()
              .query()
              .ofCasesTouchedIn("kk", kk1.plusSeconds(60), kk1.plusSeconds(180))
              .list();

      List<Touchpoint> streamed = new java.util.ArrayList<>();
      prima
          .touchpoints()
          .query()
          .ofCasesTouchedIn("kk", kk1.plusSeconds(60), kk1.plusSeconds(180))
          .orderByCase()
          .forEach(streamed::add);

      // then: all of KK-1, its touchpoints before the period too, and no other case
      assertThat(streamed).isEqualTo(touched);
      assertThat(touched)
          .extracting(Touchpoint::caseId, Touchpoint::elementId)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("KK-1", "start"),
              org.assertj.core.groups.Tuple.tuple("KK-1", "serve"),
              org.assertj.core.groups.Tuple.tuple("KK-1", "sign"));
      assertThat(
              prima
                  .touchpoints()
                  .query()
                  .ofCasesTouchedIn("other", MONDAY, MONDAY.plus(Duration.ofDays(1)))
                  .list())
          .isEmpty();
      assertThatThrownBy(() -> prima.touchpoints().query().ofCasesTouchedIn("kk", kk1, kk1))
          .hasMessageContaining("from must be before to");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void pagesInStartOrderBothWays(TestDatabase database) {
    var clock = new dev.prima.MutableClock(MONDAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      runCases(prima, clock, 3);
      TouchpointJournal journal = prima.touchpoints();

      var all = journal.query().list();
      assertThat(journal.query().listPage(0, 4)).isEqualTo(all.subList(0, 4));
      assertThat(journal.query().listPage(4, 4)).isEqualTo(all.subList(4, 8));
      assertThat(journal.query().listPage(8, 4)).isEqualTo(all.subList(8, 9));
      assertThat(journal.query().descending().listPage(0, 2))
          .containsExactly(all.get(8), all.get(7));
      assertThatThrownBy(() -> journal.query().listPage(0, 0))
          .hasMessage("maxResults must be >= 1, but was 0");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void ordersByCaseThenStartAndPagesThroughThatOrder(TestDatabase database) {
    var clock = new dev.prima.MutableClock(MONDAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      ProcessEngine engine = prima.processEngine();
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance("kk.bpmn", counterService())
          .deploy();
      // given: B starts before A, so start order interleaves the two cases
      engine.getRuntimeService().startProcessInstanceByKey("kk", "KK-B");
      clock.advance(Duration.ofMinutes(1));
      engine.getRuntimeService().startProcessInstanceByKey("kk", "KK-A");
      clock.advance(Duration.ofMinutes(1));
      for (String caseId : new String[] {"KK-B", "KK-A"}) {
        Task serve =
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseId)
                .singleResult();
        engine.getTaskService().complete(serve.getId());
        clock.advance(Duration.ofMinutes(1));
      }
      TouchpointJournal journal = prima.touchpoints();

      // when
      var byCase = journal.query().orderByCase().list();

      // then
      assertThat(journal.query().list())
          .extracting(Touchpoint::caseId)
          .containsExactly("KK-B", "KK-B", "KK-A", "KK-A", "KK-B", "KK-A");
      assertThat(byCase)
          .extracting(Touchpoint::caseId, Touchpoint::elementId)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("KK-A", "start"),
              org.assertj.core.groups.Tuple.tuple("KK-A", "serve"),
              org.assertj.core.groups.Tuple.tuple("KK-A", "sign"),
              org.assertj.core.groups.Tuple.tuple("KK-B", "start"),
              org.assertj.core.groups.Tuple.tuple("KK-B", "serve"),
              org.assertj.core.groups.Tuple.tuple("KK-B", "sign"));
      assertThat(journal.query().orderByCase().listPage(2, 2)).isEqualTo(byCase.subList(2, 4));
      assertThat(journal.query().orderByCase().descending().list())
          .extracting(Touchpoint::caseId, Touchpoint::elementId)
          .startsWith(org.assertj.core.groups.Tuple.tuple("KK-B", "sign"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void purgesEndedTouchpointsOlderThanTheCutoffAndKeepsActiveOnes(TestDatabase database) {
    var clock = new dev.prima.MutableClock(MONDAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      runCases(prima, clock, 3);
      Instant cutoff = prima.touchpoints().query().caseId("KK-2").list().get(0).start();

      long purged = prima.touchpoints().purgeEndedBefore(cutoff);

      assertThat(purged).isEqualTo(6);
      assertThat(prima.touchpoints().query().list())
          .extracting(Touchpoint::caseId)
          .containsOnly("KK-2");
      assertThat(prima.touchpoints().query().active(true).count()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rebuildsTheCycleOfOneCaseAndTheProfileOfTheService(TestDatabase database) {
    var clock = new dev.prima.MutableClock(MONDAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      runCases(prima, clock, 4);

      var cycle = prima.journeys().cycleOf("KK-2").orElseThrow();
      assertThat(cycle.momentNames())
          .containsExactly("Number taken", "Served at the counter", "Signed");
      assertThat(cycle.finished()).isTrue();
      assertThat(cycle.leadTime()).isEqualTo(Duration.ofMinutes(4));
      assertThat(cycle.servedBy()).containsExactly("siti", "kepala");
      assertThat(prima.journeys().cycleOf("KK-3").orElseThrow().finished()).isFalse();
      assertThat(prima.journeys().cycleOf("nobody")).isEmpty();
      // many cases at once: the same cycles as one by one, in the order asked, unknown ones left
      // out
      List<String> asked = List.of("KK-3", "nobody", "KK-0", "KK-2");
      assertThat(prima.journeys().cyclesOf(asked))
          .containsExactly(
              prima.journeys().cycleOf("KK-3").orElseThrow(),
              prima.journeys().cycleOf("KK-0").orElseThrow(),
              prima.journeys().cycleOf("KK-2").orElseThrow());
      assertThat(prima.journeys().cyclesOf(asked))
          .extracting(ServiceCycle::finished)
          .containsExactly(false, true, true);
      assertThat(prima.journeys().cyclesOf(List.of())).isEmpty();
      assertThatThrownBy(() -> prima.journeys().cyclesOf(List.of("KK-1", "KK-1")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("KK-1 occurs twice");

      ServiceProfile profile =
          prima.journeys().profileOf("kk", MONDAY, MONDAY.plus(Duration.ofDays(1))).orElseThrow();
      assertThat(profile.cases()).isEqualTo(4);
      assertThat(profile.mostCommonPath().elementIds()).containsExactly("start", "serve", "sign");
      assertThat(profile.mostCommonPath().cases()).isEqualTo(4);
      var serve =
          profile.touchpoints().stream()
              .filter(s -> s.elementId().equals("serve"))
              .findFirst()
              .orElseThrow();
      assertThat(serve.count()).isEqualTo(4);
      assertThat(serve.median()).isEqualTo(Duration.ofSeconds(150));
      assertThat(prima.journeys().profileOf("kk", MONDAY.minus(Duration.ofDays(2)), MONDAY))
          .isEmpty();
      // KK-0 began at MONDAY: a period from a minute later sees its later moments, not the case
      assertThat(
              prima
                  .journeys()
                  .profileOf("kk", MONDAY.plusSeconds(60), MONDAY.plus(Duration.ofDays(1)))
                  .orElseThrow()
                  .cases())
          .isEqualTo(3);
    }
  }
}
