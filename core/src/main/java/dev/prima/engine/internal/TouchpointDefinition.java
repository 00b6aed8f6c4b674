package dev.prima.engine.internal;

import dev.prima.strategy.ServiceDuration;
import dev.prima.touchpoint.TouchpointDeclaration;

/**
 * A touchpoint declaration bound to its BPMN element; immutable, held by the element's listeners.
 */
record TouchpointDefinition(
    String elementId,
    String elementName,
    String elementType,
    String literalRole,
    TouchpointDeclaration declaration,
    ServiceDuration target) {

  /** Elements the system does on its own: nobody served at them, whoever's command ran them. */
  private static final java.util.Set<String> AUTOMATED =
      java.util.Set.of("serviceTask", "scriptTask", "businessRuleTask", "sendTask");

  /** Whether the system does this step itself, so its touchpoint names no user. */
  boolean automated() {
    return AUTOMATED.contains(elementType);
  }
}
