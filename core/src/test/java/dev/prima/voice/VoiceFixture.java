package dev.prima.voice;

import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.TestModels;
import dev.prima.touchpoint.TouchpointProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** A small permit service, a clock the test moves and helpers shared by the voice tests. */
final class VoiceFixture {

  /** Monday 7 September 2026, 09:00 in Jakarta. */
  static final Instant OPENING = Instant.parse("2026-09-07T02:00:00Z");

  static final String SERVICE = "permit";

  private VoiceFixture() {}

  /**
   * submit (the citizen fills in the form online: lane CUSTOMER) then verify (the counter officer
   * checks it: lane FRONTSTAGE).
   */
  static BpmnModelInstance permit() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(SERVICE)
            .startEvent("start")
            .userTask("submit")
            .userTask("verify")
            .camundaCandidateGroups("counter-officer")
            .endEvent("end")
            .done();
    mark(model, "submit", "Application form filled in", "online", "CUSTOMER");
    mark(model, "verify", "Documents checked at the counter", "counter", "FRONTSTAGE");
    return model;
  }

  private static void mark(
      BpmnModelInstance model, String id, String moment, String channel, String lane) {
    TestModels.mark(model, id, TouchpointProperties.TOUCHPOINT, moment);
    TestModels.mark(model, id, TouchpointProperties.CHANNEL, channel);
    TestModels.mark(model, id, TouchpointProperties.LANE, lane);
  }

  /** Prima on {@code database} with the permit service deployed. */
  static Prima start(TestDatabase database, Prima.Builder builder) {
    Prima prima = builder.build();
    prima
        .processEngine()
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("permit.bpmn", permit())
        .deploy();
    return prima;
  }

  static void deployComplaintHandling(Prima prima) {
    prima
        .processEngine()
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("dev/prima/voice/complaint-handling-test.bpmn")
        .deploy();
  }

  /** Starts a permit case; returns its process instance id. */
  static String apply(Prima prima, String caseId) {
    return prima
        .processEngine()
        .getRuntimeService()
        .startProcessInstanceByKey(SERVICE, caseId)
        .getId();
  }

  /** Completes the case's one open task. */
  static void complete(ProcessEngine engine, String caseId) {
    Task task =
        engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
    engine.getTaskService().complete(task.getId());
  }

  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(25);
    }
  }
}
