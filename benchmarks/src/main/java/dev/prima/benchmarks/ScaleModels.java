package dev.prima.benchmarks;

import dev.prima.touchpoint.TouchpointProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The services of the scale scenario: three services of a provincial office, each with a rework
 * loop ({@code revise} back to {@code verify}), one of them calling an inspection sub-process.
 */
final class ScaleModels {

  /** One step of a service: a user task and touchpoint; {@code role == null} for the citizen. */
  record Step(String id, String moment, String role, long targetMs) {

    boolean citizen() {
      return role == null;
    }
  }

  /**
   * A service: steps before the loop, the verify step the loop returns to, steps after it, and
   * optionally the index in {@code after} where the inspection call activity sits.
   */
  record Service(
      String key, String name, int share, List<Step> before, List<Step> after, int callAt) {}

  static final long HOUR = 3_600_000L;
  static final long DAY = 24 * HOUR;

  static final Step VERIFY = new Step("verify", "Berkas diverifikasi", "verifier", 8 * HOUR);
  static final Step REVISE = new Step("revise", "Berkas diperbaiki pemohon", null, 0);
  static final String INSPECTION_KEY = "scaleInspection";
  static final String CALL_ID = "inspect";
  static final List<Step> INSPECTION =
      List.of(
          new Step("schedule", "Jadwal peninjauan", "inspector", 0),
          new Step("visit", "Peninjauan lapangan", "inspector", 0),
          new Step("report", "Berita acara peninjauan", "inspector", 2 * DAY));

  static final List<Service> SERVICES =
      List.of(
          new Service(
              "scalePermit",
              "Izin bangunan",
              5,
              List.of(
                  new Step("apply", "Permohonan diajukan", null, 0),
                  new Step("screen", "Kelengkapan diperiksa", "counter-officer", 2 * HOUR)),
              List.of(
                  new Step("assess", "Kajian teknis", "assessor", 3 * DAY),
                  new Step("decide", "Keputusan", "head", 2 * DAY),
                  new Step("issue", "Izin diserahkan", "counter-officer", HOUR)),
              -1),
          new Service(
              "scaleAid",
              "Bantuan sosial",
              3,
              List.of(new Step("apply", "Permohonan diajukan", null, 0)),
              List.of(
                  new Step("assess", "Kajian kelayakan", "assessor", 3 * DAY),
                  new Step("decide", "Keputusan", "head", 2 * DAY),
                  new Step("pay", "Bantuan dibayarkan", "treasurer", DAY)),
              -1),
          new Service(
              "scaleLicence",
              "Izin usaha",
              2,
              List.of(new Step("apply", "Permohonan diajukan", null, 0)),
              List.of(
                  new Step("decide", "Keputusan", "head", 2 * DAY),
                  new Step("issue", "Izin diserahkan", "counter-officer", HOUR)),
              0));

  /** Lead-time limit of every service. */
  static final long LEAD_LIMIT_MS = 14 * DAY;

  /** The target of each element id (0 = none), over all services. */
  static final Map<String, Long> TARGETS = targets();

  private ScaleModels() {}

  private static Map<String, Long> targets() {
    Map<String, Long> targets = new java.util.HashMap<>();
    for (Service service : SERVICES) {
      for (Step step : service.before()) {
        targets.put(step.id(), step.targetMs());
      }
      for (Step step : service.after()) {
        targets.put(step.id(), step.targetMs());
      }
    }
    targets.put(VERIFY.id(), VERIFY.targetMs());
    targets.put(REVISE.id(), 0L);
    INSPECTION.forEach(step -> targets.put(step.id(), step.targetMs()));
    return Map.copyOf(targets);
  }

  /**
   * Deploys all services and the inspection unless already deployed (a kept database): the
   * builder's generated flow ids differ between runs, so duplicate filtering would not catch it.
   *
   * @return the deployed definition id of each process key, as the filler writes them
   */
  static Map<String, String> deploy(ProcessEngine engine) {
    deployOnce(engine);
    Map<String, String> definitionIds = new HashMap<>();
    for (ProcessDefinition definition :
        engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      definitionIds.put(definition.getKey(), definition.getId());
    }
    return definitionIds;
  }

  private static void deployOnce(ProcessEngine engine) {
    if (engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(INSPECTION_KEY)
            .count()
        > 0) {
      return;
    }
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("scale");
    for (Service service : SERVICES) {
      deployment.addModelInstance(service.key() + ".bpmn", model(service));
    }
    deployment.addModelInstance(INSPECTION_KEY + ".bpmn", inspection());
    deployment.deploy();
  }

  private static BpmnModelInstance model(Service service) {
    AbstractFlowNodeBuilder<?, ?> flow =
        Bpmn.createExecutableProcess(service.key()).name(service.name()).startEvent("start");
    for (Step step : service.before()) {
      flow = flow.userTask(step.id()).name(step.moment());
    }
    flow =
        flow.userTask(VERIFY.id())
            .name(VERIFY.moment())
            .exclusiveGateway("complete")
            .condition("incomplete", "${!complete}")
            .userTask(REVISE.id())
            .name(REVISE.moment())
            .connectTo(VERIFY.id())
            .moveToNode("complete")
            .condition("complete", "${complete}");
    for (int i = 0; i < service.after().size(); i++) {
      if (i == service.callAt()) {
        flow = flow.callActivity(CALL_ID).name("Peninjauan").calledElement(INSPECTION_KEY);
      }
      Step step = service.after().get(i);
      flow = flow.userTask(step.id()).name(step.moment());
    }
    BpmnModelInstance model = flow.endEvent("end").done();
    annotate(model, service.before());
    annotate(model, List.of(VERIFY, REVISE));
    annotate(model, service.after());
    return model;
  }

  private static BpmnModelInstance inspection() {
    AbstractFlowNodeBuilder<?, ?> flow =
        Bpmn.createExecutableProcess(INSPECTION_KEY).name("Peninjauan").startEvent("start");
    for (Step step : INSPECTION) {
      flow = flow.userTask(step.id()).name(step.moment());
    }
    BpmnModelInstance model = flow.endEvent("end").done();
    annotate(model, INSPECTION);
    return model;
  }

  private static void annotate(BpmnModelInstance model, List<Step> steps) {
    for (Step step : steps) {
      BaseElement element = model.getModelElementById(step.id());
      ExtensionElements extensions = model.newInstance(ExtensionElements.class);
      element.setExtensionElements(extensions);
      CamundaProperties properties = extensions.addExtensionElement(CamundaProperties.class);
      property(model, properties, TouchpointProperties.TOUCHPOINT, step.moment());
      property(
          model, properties, TouchpointProperties.LANE, step.citizen() ? "CUSTOMER" : "BACKSTAGE");
    }
  }

  private static void property(
      BpmnModelInstance model, CamundaProperties properties, String name, String value) {
    CamundaProperty property = model.newInstance(CamundaProperty.class);
    property.setCamundaName(name);
    property.setCamundaValue(value);
    properties.addChildElement(property);
  }
}
