package dev.prima.touchpoint;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Marks elements of test models as touchpoints, as an analyst would in Camunda Modeler. */
final class Models {
  private Models() {}

  /** Adds {@code camunda:properties} to an element: name, value, name, value, ... */
  static BpmnModelInstance mark(BpmnModelInstance model, String elementId, String... nameValues) {
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
  static BpmnModelInstance touchpoint(
      BpmnModelInstance model, String elementId, String moment, String channel, String lane) {
    return mark(
        model,
        elementId,
        TouchpointProperties.TOUCHPOINT,
        moment,
        TouchpointProperties.CHANNEL,
        channel,
        TouchpointProperties.LANE,
        lane);
  }
}
