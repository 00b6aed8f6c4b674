package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A task of a case waiting for someone, as a scenario sees it.
 *
 * @param name the task's name; its element id when it has none
 * @param elementId the BPMN element id
 * @param assignee who it is assigned to; {@code null} when unassigned
 * @param roles the candidate groups it is offered to
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record OpenTask(String name, String elementId, String assignee, List<String> roles) {

  /**
   * Copies the roles, so the task cannot change afterwards.
   *
   * @param name the task's name, or its element id; not null
   * @param elementId the BPMN element id; not null
   * @param assignee the assignee, or {@code null}
   * @param roles the candidate groups; not null
   */
  public OpenTask {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(elementId, "elementId must not be null");
    roles = List.copyOf(roles);
  }

  /**
   * {@return whether the task is called {@code nameOrElementId}}
   *
   * @param nameOrElementId a task name or BPMN element id
   */
  public boolean isCalled(String nameOrElementId) {
    return name.equals(nameOrElementId) || elementId.equals(nameOrElementId);
  }

  /** E.g. {@code 'Verify documents' (VerifyDocuments) for [counter-officer], unassigned}. */
  @Override
  public String toString() {
    return "'"
        + name
        + "' ("
        + elementId
        + ")"
        + (roles.isEmpty() ? "" : " for " + roles)
        + (assignee == null ? ", unassigned" : ", assigned to " + assignee);
  }
}
