package dev.prima.system;

import java.util.Objects;

/**
 * One problem in a BPMN model, measured against the service triangle.
 *
 * @param elementId the BPMN element, or {@code null} when the problem concerns the whole file
 * @param fix how to fix it, in the words of Camunda Modeler where possible
 */
public record Finding(
    Severity severity, String resource, String elementId, String message, String fix) {

  public Finding {
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(resource, "resource must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(fix, "fix must not be null");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code ERROR akta.bpmn, element 'verify': message. Fix: fix} */
  @Override
  public String toString() {
    return severity
        + " "
        + resource
        + (elementId == null ? "" : ", element '" + elementId + "'")
        + ": "
        + message
        + ". Fix: "
        + fix;
  }
}
