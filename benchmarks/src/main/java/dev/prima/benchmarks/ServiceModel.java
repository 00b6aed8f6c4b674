package dev.prima.benchmarks;

import dev.prima.touchpoint.TouchpointProperties;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The benchmarked five-step service: three user tasks and two expression service tasks, every step
 * a touchpoint. The bare engine deploys the same model and ignores the {@code prima.*} properties.
 */
final class ServiceModel {

  /** The process definition key. */
  static final String KEY = "benchService";

  /** User tasks the driver completes per instance. */
  static final int USER_TASKS = 3;

  private ServiceModel() {}

  /** A new instance of the model. */
  static BpmnModelInstance create() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(KEY)
            .name("Benchmark service")
            .startEvent("start")
            .userTask("apply")
            .name("Apply")
            .serviceTask("check")
            .name("Check")
            .camundaExpression("${true}")
            .userTask("verify")
            .name("Verify")
            .serviceTask("decide")
            .name("Decide")
            .camundaExpression("${true}")
            .userTask("issue")
            .name("Issue")
            .endEvent("end")
            .done();
    touchpoint(model, "apply", "Application submitted", "online", "CUSTOMER");
    touchpoint(model, "check", "Application checked", "online", "BACKSTAGE");
    touchpoint(model, "verify", "Documents verified at the counter", "counter", "FRONTSTAGE");
    touchpoint(model, "decide", "Decision made", "online", "BACKSTAGE");
    touchpoint(model, "issue", "Certificate handed over", "counter", "FRONTSTAGE");
    return model;
  }

  /** Deploys the model to an engine. */
  static void deploy(ProcessEngine engine) {
    engine
        .getRepositoryService()
        .createDeployment()
        .name("benchmark")
        .addModelInstance(KEY + ".bpmn", create())
        .deploy();
  }

  private static void touchpoint(
      BpmnModelInstance model, String elementId, String moment, String channel, String lane) {
    BaseElement element = model.getModelElementById(elementId);
    ExtensionElements extensions = model.newInstance(ExtensionElements.class);
    element.setExtensionElements(extensions);
    CamundaProperties properties = extensions.addExtensionElement(CamundaProperties.class);
    property(model, properties, TouchpointProperties.TOUCHPOINT, moment);
    property(model, properties, TouchpointProperties.CHANNEL, channel);
    property(model, properties, TouchpointProperties.LANE, lane);
  }

  private static void property(
      BpmnModelInstance model, CamundaProperties properties, String name, String value) {
    CamundaProperty property = model.newInstance(CamundaProperty.class);
    property.setCamundaName(name);
    property.setCamundaValue(value);
    properties.addChildElement(property);
  }
}
