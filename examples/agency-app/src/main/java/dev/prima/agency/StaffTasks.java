package dev.prima.agency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Service;

/**
 * The office's open tasks and their completion by a staff member. A task that a gateway decides on
 * right after (such as "Check documents" before "Documents complete?") needs the staff member's yes
 * or no, which becomes the variable the gateway's conditions read.
 */
@Service
public class StaffTasks {

  /** One open task as the staff page shows it. */
  public record OpenTask(String id, String name, String caseKey, String role, String decision) {}

  /**
   * A condition on one Boolean variable: {@code ${documentsComplete}}, {@code
   * ${!documentsComplete}} or, for a variable that may be unset, {@code
   * ${execution.getVariable('approved') != false}}.
   */
  private static final Pattern CONDITION_VARIABLE =
      Pattern.compile(
          "^\\$\\{\\s*(?:!?\\s*([A-Za-z_][A-Za-z0-9_]*)"
              + "|execution\\.getVariable\\('([A-Za-z_][A-Za-z0-9_]*)'\\)\\s*[!=]=\\s*(?:true|false))"
              + "\\s*}$");

  private static final Pattern STAFF_ID = Pattern.compile("[a-z0-9._-]{2,64}");

  private final ProcessEngine engine;
  private final Map<String, Optional<String>> decisions = new ConcurrentHashMap<>();

  public StaffTasks(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Open tasks shown at once, oldest first. */
  static final int PAGE = 50;

  /** The oldest {@value #PAGE} open tasks, each with its case (one query for all cases). */
  public List<OpenTask> open() {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .active()
            .orderByTaskCreateTime()
            .asc()
            .listPage(0, PAGE);
    Map<String, String> caseKeys = new HashMap<>();
    Set<String> instances =
        tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    if (!instances.isEmpty()) {
      for (ProcessInstance instance :
          engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processInstanceIds(instances)
              .list()) {
        caseKeys.put(instance.getId(), instance.getBusinessKey());
      }
    }
    return tasks.stream()
        .map(task -> view(task, caseKeys.get(task.getProcessInstanceId())))
        .toList();
  }

  /**
   * Completes a task as the staff member; {@code decision} answers the gateway after it.
   *
   * @throws IllegalArgumentException for a malformed staff id or a missing decision
   * @throws UnknownTaskException when the task is not open (done by someone else, or no such task)
   */
  public void complete(String taskId, String staffId, Boolean decision) {
    if (staffId == null || !STAFF_ID.matcher(staffId).matches()) {
      throw new IllegalArgumentException(
          "petugas must be a staff id of 2 to 64 small letters, digits, dots, dashes or"
              + " underscores, such as siti.rahma, but was '"
              + staffId
              + "'");
    }
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).active().singleResult();
    if (task == null) {
      throw new UnknownTaskException(taskId);
    }
    Optional<String> variable = decisionOf(task);
    if (variable.isPresent() && decision == null) {
      throw new IllegalArgumentException(
          "The task '" + task.getName() + "' needs a decision (keputusan=true or false).");
    }
    engine.getTaskService().setAssignee(taskId, staffId);
    engine
        .getTaskService()
        .complete(
            taskId,
            variable.<Map<String, Object>>map(name -> Map.of(name, decision)).orElse(Map.of()));
  }

  private OpenTask view(Task task, String caseKey) {
    String role =
        engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId)
            .filter(group -> group != null)
            .collect(Collectors.joining(", "));
    return new OpenTask(task.getId(), task.getName(), caseKey, role, decisionOf(task).orElse(null));
  }

  /**
   * The variable the gateway right after the task decides on, if there is one; a merging gateway on
   * the way (one unconditional way out, as "Verification done" before "Identity verified?") is
   * passed through.
   */
  private Optional<String> decisionOf(Task task) {
    return decisions.computeIfAbsent(
        task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> {
          FlowNode node =
              engine
                  .getRepositoryService()
                  .getBpmnModelInstance(task.getProcessDefinitionId())
                  .getModelElementById(task.getTaskDefinitionKey());
          for (SequenceFlow out : node.getOutgoing()) {
            Optional<String> variable = decisionAt(out.getTarget(), MAX_MERGES);
            if (variable.isPresent()) {
              return variable;
            }
          }
          return Optional.empty();
        });
  }

  /** Merging gateways passed through at most, so that a loop of gateways cannot hang. */
  private static final int MAX_MERGES = 5;

  private static Optional<String> decisionAt(FlowNode target, int mergesLeft) {
    if (!(target instanceof Gateway gateway)) {
      return Optional.empty();
    }
    for (SequenceFlow branch : gateway.getOutgoing()) {
      if (branch.getConditionExpression() != null) {
        Matcher matcher =
            CONDITION_VARIABLE.matcher(branch.getConditionExpression().getTextContent().trim());
        if (matcher.matches()) {
          return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
      }
    }
    if (gateway.getOutgoing().size() == 1 && mergesLeft > 0) {
      return decisionAt(gateway.getOutgoing().iterator().next().getTarget(), mergesLeft - 1);
    }
    return Optional.empty();
  }
}
