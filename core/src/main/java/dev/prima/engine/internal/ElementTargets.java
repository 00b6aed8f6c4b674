package dev.prima.engine.internal;

import dev.prima.touchpoint.TouchpointDeclaration;
import dev.prima.touchpoint.TouchpointProperties;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** The {@code prima.target} of every touchpoint under a process element, by element id. */
final class ElementTargets {
  private ElementTargets() {}

  static Map<String, Duration> of(Element processElement) {
    Map<String, Duration> targets = new LinkedHashMap<>();
    collect(processElement, targets);
    return targets;
  }

  private static void collect(Element parent, Map<String, Duration> targets) {
    for (Element child : parent.elements()) {
      if ("extensionElements".equals(child.getTagName())) {
        continue;
      }
      Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(child);
      if (properties != null && properties.containsKey(TouchpointProperties.TARGET)) {
        TouchpointDeclaration.read(child.getTagName(), properties)
            .declaration()
            .map(TouchpointDeclaration::target)
            .ifPresent(target -> targets.put(child.attribute("id"), target));
      }
      collect(child, targets);
    }
  }
}
