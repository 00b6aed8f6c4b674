package dev.prima;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Adds Prima's camunda:properties to test models, as an analyst would in Camunda Modeler. */
public final class TestModels {
  private TestModels() {}

  /** Adds {@code camunda:properties} to an element: name, value, name, value, ... */
  public static BpmnModelInstance mark(
      BpmnModelInstance model, String elementId, String... nameValues) {
    BaseElement element = model.getModelElementById(elementId);
    if (element == null) {
      throw new IllegalArgumentException("no element " + elementId);
    }
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      extensions = model.newInstance(ExtensionElements.class);
      element.setExtensionElements(extensions);
    }
    CamundaProperties properties =
        extensions.getChildElementsByType(CamundaProperties.class).stream()
            .findFirst()
            .orElse(null);
    if (properties == null) {
      properties = extensions.addExtensionElement(CamundaProperties.class);
    }
    for (int i = 0; i < nameValues.length; i += 2) {
      CamundaProperty property = model.newInstance(CamundaProperty.class);
      property.setCamundaName(nameValues[i]);
      property.setCamundaValue(nameValues[i + 1]);
      properties.addChildElement(property);
    }
    return model;
  }

  /** Marks an element as a touchpoint named {@code moment}, with the given channel and lane. */
  public static BpmnModelInstance touchpoint(
      BpmnModelInstance model, String elementId, String moment, String channel, String lane) {
    return mark(
        model, elementId, "prima.touchpoint", moment, "prima.channel", channel, "prima.lane", lane);
  }
}
