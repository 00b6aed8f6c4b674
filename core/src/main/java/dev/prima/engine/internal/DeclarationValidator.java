package dev.prima.engine.internal;

import dev.prima.touchpoint.InvalidTouchpointDeclarationException;
import dev.prima.touchpoint.InvalidTouchpointDeclarationException.Finding;
import dev.prima.touchpoint.TouchpointDeclaration;
import dev.prima.touchpoint.TouchpointProperties;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Runs before Camunda's own deployers: checks every {@code prima.*} property of a new deployment's
 * BPMN resources and rejects the whole deployment, listing every problem, before anything is
 * stored.
 */
public final class DeclarationValidator implements Deployer {

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    List<Finding> findings = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (isBpmn(resource.getName())) {
        findings.addAll(validate(resource.getName(), resource.getBytes()));
      }
    }
    if (!findings.isEmpty()) {
      throw new InvalidTouchpointDeclarationException(
          deployment.getName() == null ? "(unnamed)" : deployment.getName(), findings);
    }
  }

  static boolean isBpmn(String name) {
    return name != null && (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml"));
  }

  static List<Finding> validate(String resourceName, byte[] bytes) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
    } catch (RuntimeException e) {
      return List.of(); // not valid BPMN: Camunda's own parser reports it
    }
    List<Finding> findings = new ArrayList<>();
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    for (Process process : processes) {
      checkNames(resourceName, process, properties(process), List.of(), findings);
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      Map<String, String> properties = properties(node);
      if (properties.isEmpty()) {
        continue;
      }
      checkNames(resourceName, node, properties, TouchpointProperties.NAMES, findings);
      TouchpointDeclaration.Reading reading =
          TouchpointDeclaration.read(node.getElementType().getTypeName(), properties);
      for (TouchpointDeclaration.Problem problem : reading.problems()) {
        findings.add(
            new Finding(
                resourceName,
                node.getId(),
                problem.property(),
                problem.value(),
                problem.message()));
      }
    }
    return findings;
  }

  private static void checkNames(
      String resourceName,
      BaseElement element,
      Map<String, String> properties,
      List<String> known,
      List<Finding> findings) {
    for (String name : properties.keySet()) {
      if (name.startsWith(TouchpointProperties.PREFIX) && !known.contains(name)) {
        findings.add(
            new Finding(
                resourceName,
                element.getId(),
                name,
                properties.get(name),
                "unknown property '"
                    + name
                    + "'"
                    + (known.isEmpty()
                        ? "; Prima properties belong on flow nodes (tasks, events, gateways)"
                        : "; valid: " + String.join(", ", known))));
      }
    }
  }

  private static Map<String, String> properties(BaseElement element) {
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
}
