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
    ServiceDuration target) {}
