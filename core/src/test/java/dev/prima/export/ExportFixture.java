package dev.prima.export;

import dev.prima.MutableClock;
import dev.prima.Prima;
import dev.prima.touchpoint.TouchpointProperties;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * A real in-memory engine with two services and a clock the test moves.
 *
 * <p>{@link #serveThreeCases()} runs, from 2026-11-30T10:26+07:00 (03:26Z):
 *
 * <ul>
 *   <li>KTP-1 to the end: submitted 10:26, verified by siti 10:26-10:36, recorded 10:36, card
 *       handed over by budi 10:36-10:41, issued 10:41;
 *   <li>KTP-2 from 11:41, verified by siti 11:41-11:43, still waiting to collect;
 *   <li>KK-1 (service kk) from 12:43, cancelled while being served at 12:46.
 * </ul>
 */
final class ExportFixture implements AutoCloseable {

  static final Instant T0 = Instant.parse("2026-11-30T03:26:00Z");

  final MutableClock clock = new MutableClock(T0);
  final Prima prima = Prima.builder().clock(clock).build();
  final ProcessEngine engine = prima.processEngine();

  ExportFixture() {
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("ktp.bpmn", ktp())
        .addModelInstance("kk.bpmn", kk())
        .deploy();
  }

  static BpmnModelInstance ktp() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("ktp")
            .startEvent("submitted")
            .userTask("verify")
            .camundaCandidateGroups("counter-officer")
            .serviceTask("record")
            .camundaExpression("${true}")
            .userTask("collect")
            .camundaCandidateGroups("counter-officer")
            .endEvent("issued")
            .done();
    touchpoint(model, "submitted", "Application submitted online", "online", "CUSTOMER");
    touchpoint(model, "verify", "Documents checked at the counter", "counter", "FRONTSTAGE");
    touchpoint(model, "record", "Data recorded", "online", "BACKSTAGE");
    touchpoint(model, "collect", "Card handed over & \"signed\" <here>", "counter", "FRONTSTAGE");
    touchpoint(model, "issued", "Card issued", "counter", "EVIDENCE");
    return model;
  }

  static BpmnModelInstance kk() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("kk")
            .startEvent("start")
            .userTask("serve")
            .camundaCandidateGroups("counter-officer")
            .endEvent("end")
            .done();
    touchpoint(model, "start", "Number taken", "kiosk", "CUSTOMER");
    touchpoint(model, "serve", "Served at the counter", "counter", "FRONTSTAGE");
    return model;
  }

  private static void touchpoint(
      BpmnModelInstance model, String elementId, String moment, String channel, String lane) {
    BaseElement element = model.getModelElementById(elementId);
    ExtensionElements extensions = model.newInstance(ExtensionElements.class);
    element.setExtensionElements(extensions);
    CamundaProperties properties = extensions.addExtensionElement(CamundaProperties.class);
    String[] nameValues = {
      TouchpointProperties.TOUCHPOINT, moment,
      TouchpointProperties.CHANNEL, channel,
      TouchpointProperties.LANE, lane
    };
    for (int i = 0; i < nameValues.length; i += 2) {
      CamundaProperty property = model.newInstance(CamundaProperty.class);
      property.setCamundaName(nameValues[i]);
      property.setCamundaValue(nameValues[i + 1]);
      properties.addChildElement(property);
    }
  }

  void serveThreeCases() {
    engine.getRuntimeService().startProcessInstanceByKey("ktp", "KTP-1");
    // the citizen waits 4 minutes until siti calls (claims the task), then is served 6 minutes
    clock.advance(Duration.ofMinutes(4));
    String verify =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey("KTP-1")
            .singleResult()
            .getId();
    engine.getTaskService().claim(verify, "siti");
    clock.advance(Duration.ofMinutes(6));
    complete("KTP-1", "siti");
    clock.advance(Duration.ofMinutes(5));
    complete("KTP-1", "budi");
    clock.advance(Duration.ofHours(1));

    engine.getRuntimeService().startProcessInstanceByKey("ktp", "KTP-2");
    clock.advance(Duration.ofMinutes(2));
    complete("KTP-2", "siti");
    clock.advance(Duration.ofHours(1));

    String kk = engine.getRuntimeService().startProcessInstanceByKey("kk", "KK-1").getId();
    clock.advance(Duration.ofMinutes(3));
    engine.getRuntimeService().deleteProcessInstance(kk, "citizen left");
  }

  /** Completes the case's task as {@code user}, without a claim unless one came before. */
  void complete(String caseId, String user) {
    Task task =
        engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      engine.getTaskService().complete(task.getId());
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Override
  public void close() {
    prima.close();
  }
}
