package dev.prima.system.internal;

import dev.prima.touchpoint.TouchpointDeclaration;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Reads {@code camunda:properties} from BPMN model elements. */
public final class ModelProperties {
  private ModelProperties() {}

  /** The element's properties in document order; empty when it has none. */
  public static Map<String, String> of(BaseElement element) {
    Map<String, String> properties = new LinkedHashMap<>();
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return properties;
    }
    for (CamundaProperties group : extensions.getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : group.getCamundaProperties()) {
        if (property.getCamundaName() != null) {
          properties.put(property.getCamundaName(), property.getCamundaValue());
        }
      }
    }
    return properties;
  }

  /** The valid {@code prima.target} of each touchpoint in a process, by element id. */
  public static Map<String, Duration> targets(Process process) {
    Map<String, Duration> targets = new LinkedHashMap<>();
    for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
      collect(node, targets);
    }
    return targets;
  }

  private static void collect(FlowNode node, Map<String, Duration> targets) {
    TouchpointDeclaration.read(node.getElementType().getTypeName(), of(node))
        .declaration()
        .map(TouchpointDeclaration::target)
        .ifPresent(target -> targets.put(node.getId(), target));
    for (FlowNode child : node.getChildElementsByType(FlowNode.class)) {
      collect(child, targets);
    }
  }
}
