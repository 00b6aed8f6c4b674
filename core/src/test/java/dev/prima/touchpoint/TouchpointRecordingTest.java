package dev.prima.touchpoint;

import static dev.prima.TestModels.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.History;
import dev.prima.MutableClock;
import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.TestModels;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each test asserts the exact ordered touchpoints a case produced, on H2 and on PostgreSQL. */
class TouchpointRecordingTest {

  private final List<Touchpoint> heard = new CopyOnWriteArrayList<>();

  private Prima start(TestDatabase database, History history) {
    return database.builder().history(history).listener(heard::add).build();
  }

  private static void deploy(Prima prima, BpmnModelInstance... models) {
    var deployment = prima.processEngine().getRepositoryService().createDeployment();
    for (int i = 0; i < models.length; i++) {
      deployment.addModelInstance("model" + i + ".bpmn", models[i]);
    }
    deployment.deploy();
  }

  private static void completeTask(ProcessEngine engine, String caseId, String assignee) {
    Task task =
        engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
    engine.getTaskService().setAssignee(task.getId(), assignee);
    engine.getTaskService().complete(task.getId());
  }

  static BpmnModelInstance straightPath() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("ktp")
            .startEvent("submitted")
            .name("Application submitted")
            .userTask("verify")
            .name("Verify documents")
            .camundaCandidateGroups("counter-officer")
            .serviceTask("record")
            .camundaExpression("${true}")
            .userTask("collect")
            .name("Collect card")
            .camundaCandidateGroups("counter-officer")
            .endEvent("issued")
            .done();
    touchpoint(model, "submitted", "Application submitted online", "online", "CUSTOMER");
    touchpoint(model, "verify", "Documents checked at the counter", "counter", "FRONTSTAGE");
    TestModels.mark(model, "verify", TouchpointProperties.TARGET, "PT15M");
    touchpoint(model, "record", "Data recorded", "online", "BACKSTAGE");
    touchpoint(model, "collect", "Card handed over", "counter", "FRONTSTAGE");
    touchpoint(model, "issued", "Card issued", "counter", "EVIDENCE");
    return model;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void recordsTouchpointsOfAStraightPathInOrder(TestDatabase database) {
    try (Prima prima = start(database, History.AUDIT)) {
      ProcessEngine engine = prima.processEngine();
      deploy(prima, straightPath());

      engine.getIdentityService().setAuthenticatedUserId("citizen-7");
      engine.getRuntimeService().startProcessInstanceByKey("ktp", "KTP-7");
      engine.getIdentityService().clearAuthentication();
      completeTask(engine, "KTP-7", "siti");
      completeTask(engine, "KTP-7", "budi");

      List<Touchpoint> journal = prima.touchpoints().query().caseId("KTP-7").list();
      assertThat(journal)
          .extracting(
              Touchpoint::elementId,
              Touchpoint::moment,
              Touchpoint::channel,
              Touchpoint::lane,
              Touchpoint::kind,
              Touchpoint::userId,
              Touchpoint::role,
              Touchpoint::outcome)
          .containsExactly(
              tuple(
                  "submitted",
                  "Application submitted online",
                  Channel.ONLINE,
                  Lane.CUSTOMER,
                  TouchpointKind.CONTACT,
                  "citizen-7",
                  null,
                  Outcome.COMPLETED),
              tuple(
                  "verify",
                  "Documents checked at the counter",
                  Channel.COUNTER,
                  Lane.FRONTSTAGE,
                  TouchpointKind.CONTACT,
                  "siti",
                  "counter-officer",
                  Outcome.COMPLETED),
              tuple(
                  "record",
                  "Data recorded",
                  Channel.ONLINE,
                  Lane.BACKSTAGE,
                  TouchpointKind.CONTACT,
                  null,
                  null,
                  Outcome.COMPLETED),
              tuple(
                  "collect",
                  "Card handed over",
                  Channel.COUNTER,
                  Lane.FRONTSTAGE,
                  TouchpointKind.CONTACT,
                  "budi",
                  "counter-officer",
                  Outcome.COMPLETED),
              tuple(
                  "issued",
                  "Card issued",
                  Channel.COUNTER,
                  Lane.EVIDENCE,
                  TouchpointKind.DELIVERY,
                  null,
                  null,
                  Outcome.COMPLETED));
      Touchpoint verify = journal.get(1);
      assertThat(verify.target()).isEqualTo(Duration.ofMinutes(15));
      assertThat(verify.processDefinitionKey()).isEqualTo("ktp");
      assertThat(verify.processDefinitionVersion()).isEqualTo(1);
      assertThat(verify.elementName()).isEqualTo("Verify documents");
      assertThat(journal).allSatisfy(t -> assertThat(t.start()).isNotNull());
      assertThat(journal).allSatisfy(t -> assertThat(t.caseId()).isEqualTo("KTP-7"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void listenersHearEachMomentStartAndEndAfterCommit(TestDatabase database) {
    try (Prima prima = start(database, History.NONE)) {
      ProcessEngine engine = prima.processEngine();
      deploy(prima, straightPath());

      engine.getRuntimeService().startProcessInstanceByKey("ktp", "KTP-8");
      completeTask(engine, "KTP-8", "siti");

      assertThat(heard)
          .extracting(Touchpoint::elementId, Touchpoint::outcome, Touchpoint::userId)
          .containsExactly(
              tuple("submitted", Outcome.COMPLETED, null),
              tuple("verify", Outcome.ACTIVE, null),
              tuple("verify", Outcome.COMPLETED, "siti"),
              tuple("record", Outcome.COMPLETED, null),
              tuple("collect", Outcome.ACTIVE, null));
      assertThat(heard.get(2).start()).isEqualTo(heard.get(1).start());
      assertThat(prima.touchpoints().query().caseId("KTP-8").active(true).list())
          .extracting(Touchpoint::elementId)
          .containsExactly("collect");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void recordsTheBranchTakenAtAnExclusiveGateway(TestDatabase database) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("permit")
            .startEvent("start")
            .userTask("check")
            .camundaCandidateGroups("officer")
            .exclusiveGateway("complete")
            .name("Documents complete?")
            .condition("no", "${!complete}")
            .userTask("bringDocument")
            .camundaCandidateGroups("citizen")
            .endEvent("returned")
            .moveToLastGateway()
            .condition("yes", "${complete}")
            .serviceTask("issue")
            .camundaExpression("${true}")
            .endEvent("issued")
            .done();
    touchpoint(model, "check", "Documents checked", "counter", "FRONTSTAGE");
    touchpoint(model, "complete", "Completeness decided", "counter", "BACKSTAGE");
    touchpoint(model, "bringDocument", "Missing document brought", "counter", "CUSTOMER");
    touchpoint(model, "issue", "Permit issued", "online", "BACKSTAGE");
    touchpoint(model, "returned", "Sent back", "counter", "EVIDENCE");
    touchpoint(model, "issued", "Permit delivered", "mail", "EVIDENCE");
    try (Prima prima = start(database, History.AUDIT)) {
      ProcessEngine engine = prima.processEngine();
      deploy(prima, model);

      engine
          .getRuntimeService()
          .startProcessInstanceByKey("permit", "P-1", java.util.Map.of("complete", false));
      completeTask(engine, "P-1", "siti");
      completeTask(engine, "P-1", "citizen-1");

      assertThat(prima.touchpoints().query().caseId("P-1").list())
          .extracting(Touchpoint::elementId, Touchpoint::kind)
          .containsExactly(
              tuple("check", TouchpointKind.CONTACT),
              tuple("complete", TouchpointKind.DECISION),
              tuple("bringDocument", TouchpointKind.CONTACT),
              tuple("returned", TouchpointKind.DELIVERY));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void boundaryTimerInterruptingAUserTaskEndsItAsInterrupted(TestDatabase database) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("queue")
            .startEvent("start")
            .userTask("serve")
            .camundaCandidateGroups("counter-officer")
            .boundaryEvent("tooLong")
            .timerWithDuration("PT15M")
            .serviceTask("escalate")
            .camundaExpression("${true}")
            .endEvent("escalated")
            .moveToActivity("serve")
            .endEvent("served")
            .done();
    touchpoint(model, "serve", "Served at the counter", "counter", "FRONTSTAGE");
    touchpoint(model, "tooLong", "Waited too long", "counter", "CUSTOMER");
    touchpoint(model, "escalate", "Escalated to supervisor", "counter", "BACKSTAGE");
    MutableClock clock = new MutableClock(Instant.parse("2026-05-04T01:00:00Z"));
    try (Prima prima =
        database.builder().history(History.AUDIT).clock(clock).listener(heard::add).build()) {
      ProcessEngine engine = prima.processEngine();
      deploy(prima, model);
      engine.getRuntimeService().startProcessInstanceByKey("queue", "Q-1");

      clock.advance(Duration.ofMinutes(16));
      String jobId = engine.getManagementService().createJobQuery().singleResult().getId();
      engine.getManagementService().executeJob(jobId);

      List<Touchpoint> journal = prima.touchpoints().query().caseId("Q-1").list();
      assertThat(journal)
          .extracting(Touchpoint::elementId, Touchpoint::outcome, Touchpoint::kind)
          .containsExactly(
              tuple("serve", Outcome.INTERRUPTED, TouchpointKind.CONTACT),
              tuple("tooLong", Outcome.COMPLETED, TouchpointKind.WAIT),
              tuple("escalate", Outcome.COMPLETED, TouchpointKind.CONTACT));
      assertThat(journal.get(0).duration()).contains(Duration.ofMinutes(16));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void asyncContinuationIsRecordedWhenTheJobExecutorRunsIt(TestDatabase database)
      throws InterruptedException {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("notify")
            .startEvent("start")
            .serviceTask("sms")
            .camundaAsyncBefore()
            .camundaExpression("${true}")
            .endEvent("done")
            .done();
    touchpoint(model, "start", "Request received", "online", "CUSTOMER");
    touchpoint(model, "sms", "SMS sent", "sms", "FRONTSTAGE");
    TestModels.mark(model, "sms", TouchpointProperties.KIND, "notification");
    try (Prima prima =
        database.builder().history(History.NONE).jobExecutor(true).listener(heard::add).build()) {
      deploy(prima, model);
      ProcessInstance instance =
          prima.processEngine().getRuntimeService().startProcessInstanceByKey("notify", "N-1");

      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (prima.processEngine().getManagementService().createJobQuery().count() > 0
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }

      assertThat(prima.touchpoints().query().processInstanceId(instance.getId()).list())
          .extracting(Touchpoint::elementId, Touchpoint::channel, Touchpoint::kind)
          .containsExactly(
              tuple("start", Channel.ONLINE, TouchpointKind.CONTACT),
              tuple("sms", Channel.SMS, TouchpointKind.NOTIFICATION));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void calledProcessTouchpointsBelongToTheParentCase(TestDatabase database) {
    BpmnModelInstance child =
        Bpmn.createExecutableProcess("payFee")
            .startEvent("payStart")
            .userTask("pay")
            .camundaCandidateGroups("cashier")
            .endEvent("paid")
            .done();
    touchpoint(child, "pay", "Fee paid at the cashier", "counter", "FRONTSTAGE");
    BpmnModelInstance parent =
        Bpmn.createExecutableProcess("licence")
            .startEvent("apply")
            .callActivity("fee")
            .calledElement("payFee")
            .userTask("approve")
            .camundaCandidateGroups("section-head")
            .endEvent("licensed")
            .done();
    touchpoint(parent, "apply", "Application made", "online", "CUSTOMER");
    touchpoint(parent, "fee", "Fee stage", "counter", "FRONTSTAGE");
    touchpoint(parent, "approve", "Licence approved", "online", "BACKSTAGE");
    try (Prima prima = start(database, History.NONE)) {
      ProcessEngine engine = prima.processEngine();
      deploy(prima, child, parent);

      ProcessInstance instance =
          engine.getRuntimeService().startProcessInstanceByKey("licence", "SIUP-1");
      Task pay = engine.getTaskService().createTaskQuery().taskDefinitionKey("pay").singleResult();
      engine.getTaskService().setAssignee(pay.getId(), "kasir");
      engine.getTaskService().complete(pay.getId());
      completeTask(engine, "SIUP-1", "kepala");

      List<Touchpoint> journal = prima.touchpoints().query().caseId("SIUP-1").list();
      assertThat(journal)
          .extracting(Touchpoint::elementId, Touchpoint::processDefinitionKey, Touchpoint::userId)
          .containsExactly(
              tuple("apply", "licence", null),
              tuple("fee", "licence", null),
              tuple("pay", "payFee", "kasir"),
              tuple("approve", "licence", "kepala"));
      assertThat(journal)
          .allSatisfy(t -> assertThat(t.rootProcessInstanceId()).isEqualTo(instance.getId()));
      assertThat(journal.get(2).processInstanceId()).isNotEqualTo(instance.getId());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void eachInstanceOfAMultiInstanceTaskIsItsOwnTouchpoint(TestDatabase database) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("review")
            .startEvent("start")
            .userTask("sign")
            .camundaCandidateGroups("signatory")
            .multiInstance()
            .parallel()
            .cardinality("3")
            .multiInstanceDone()
            .endEvent("signed")
            .done();
    touchpoint(model, "sign", "Signature given", "counter", "BACKSTAGE");
    try (Prima prima = start(database, History.AUDIT)) {
      ProcessEngine engine = prima.processEngine();
      deploy(prima, model);
      engine.getRuntimeService().startProcessInstanceByKey("review", "R-1");
      List<Task> tasks = engine.getTaskService().createTaskQuery().list();
      assertThat(tasks).hasSize(3);
      String[] signers = {"ani", "bayu", "citra"};
      for (int i = 0; i < tasks.size(); i++) {
        engine.getTaskService().setAssignee(tasks.get(i).getId(), signers[i]);
        engine.getTaskService().complete(tasks.get(i).getId());
      }

      List<Touchpoint> journal = prima.touchpoints().query().caseId("R-1").list();
      assertThat(journal).extracting(Touchpoint::elementId).containsOnly("sign").hasSize(3);
      assertThat(journal)
          .extracting(Touchpoint::userId)
          .containsExactlyInAnyOrder("ani", "bayu", "citra");
      assertThat(journal).extracting(Touchpoint::id).doesNotHaveDuplicates();
      assertThat(journal).allSatisfy(t -> assertThat(t.outcome()).isEqualTo(Outcome.COMPLETED));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aRolledBackCommandLeavesNoRowAndCallsNoListener(TestDatabase database) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("broken")
            .startEvent("start")
            .serviceTask("fail")
            .camundaExpression("${undefinedBean.call()}")
            .endEvent("end")
            .done();
    touchpoint(model, "start", "Application submitted", "online", "CUSTOMER");
    touchpoint(model, "fail", "Registry consulted", "online", "BACKSTAGE");
    try (Prima prima = start(database, History.AUDIT)) {
      deploy(prima, model);

      AtomicReference<Exception> failure = new AtomicReference<>();
      try {
        prima.processEngine().getRuntimeService().startProcessInstanceByKey("broken", "B-1");
      } catch (RuntimeException e) {
        failure.set(e);
      }

      assertThat(failure.get()).isNotNull();
      assertThat(prima.touchpoints().query().count()).isZero();
      assertThat(heard).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aThrowingListenerAffectsNeitherTheCommandNorOtherListeners(TestDatabase database) {
    List<String> second = new CopyOnWriteArrayList<>();
    try (Prima prima =
        database
            .builder()
            .listener(
                t -> {
                  throw new IllegalStateException("listener bug");
                })
            .listener(t -> second.add(t.elementId()))
            .build()) {
      deploy(prima, straightPath());

      ProcessInstance instance =
          prima.processEngine().getRuntimeService().startProcessInstanceByKey("ktp", "KTP-9");

      assertThat(instance.getId()).isNotNull();
      assertThat(second).containsExactly("submitted", "verify");
      assertThat(prima.touchpoints().query().caseId("KTP-9").count()).isEqualTo(2);
    }
  }
}
