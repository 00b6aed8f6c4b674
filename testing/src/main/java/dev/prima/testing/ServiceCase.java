package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.Prima;
import dev.prima.journey.ServiceCycle;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * One case in a {@link ServiceScenario}: its id, its open tasks, its cycle of service so far, and
 * {@link #then(Step)} to go on.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ServiceCase {

  private final Prima prima;
  private final TestClock clock;
  private final String caseId;
  private final String processInstanceId;

  ServiceCase(Prima prima, TestClock clock, String caseId, String processInstanceId) {
    this.prima = prima;
    this.clock = clock;
    this.caseId = caseId;
    this.processInstanceId = processInstanceId;
  }

  /**
   * Performs {@code step} on this case now.
   *
   * @param step the step, such as {@code clerk.completes("Check documents")}
   * @return this case, for the next step
   */
  public ServiceCase then(Step step) {
    Objects.requireNonNull(step, "step must not be null").performOn(this);
    return this;
  }

  /** {@return the case id: the business key of the top-level process instance} */
  public String caseId() {
    return caseId;
  }

  /** {@return the top-level process instance} */
  public String processInstanceId() {
    return processInstanceId;
  }

  /** {@return the Prima this case runs on} */
  public Prima prima() {
    return prima;
  }

  /**
   * {@return the test clock that moves time in this scenario}
   *
   * @throws IllegalStateException if Prima was not built with a {@link TestClock}
   */
  public TestClock clock() {
    if (clock == null) {
      throw new IllegalStateException(
          "Letting time pass needs a TestClock, but Prima runs on "
              + prima.clock()
              + ". Fix: build Prima with .clock(TestClock.create()), or use PrimaExtension");
    }
    return clock;
  }

  /** {@return whether the top-level process instance has ended} */
  public boolean isFinished() {
    return runtime()
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .count()
        == 0;
  }

  /**
   * {@return the tasks of this case (in any called process too) waiting for someone, oldest first}
   */
  public List<OpenTask> openTasks() {
    return openTaskEntities().stream().map(this::describe).toList();
  }

  /**
   * {@return the cycle of service of this case so far}
   *
   * @throws AssertionError if no touchpoint of the case was recorded
   */
  public ServiceCycle cycle() {
    return prima
        .journeys()
        .cycleOf(caseId)
        .orElseThrow(
            () ->
                new AssertionError(
                    "Expecting case "
                        + caseId
                        + " to have a cycle of service, but it has no"
                        + " touchpoint: are its BPMN elements marked with prima.touchpoint?"));
  }

  List<Task> openTaskEntities() {
    List<String> instances = new ArrayList<>();
    collectInstances(processInstanceId, instances);
    if (instances.isEmpty()) {
      return List.of();
    }
    return runtime()
        .getTaskService()
        .createTaskQuery()
        .processInstanceIdIn(instances.toArray(String[]::new))
        .active()
        .orderByTaskCreateTime()
        .asc()
        .list();
  }

  OpenTask describe(Task task) {
    List<String> roles =
        runtime().getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId)
            .filter(Objects::nonNull)
            .sorted()
            .toList();
    return new OpenTask(
        task.getName() == null ? task.getTaskDefinitionKey() : task.getName(),
        task.getTaskDefinitionKey(),
        task.getAssignee(),
        roles);
  }

  /** A failure naming what was tried, with the open tasks and the cycle of service so far. */
  AssertionError failure(String what) {
    List<OpenTask> open = openTasks();
    String tasks =
        open.isEmpty()
            ? "  (none)"
            : open.stream().map(t -> "  - " + t).collect(Collectors.joining("\n"));
    String cycle =
        prima.journeys().cycleOf(caseId).map(c -> c.toTimeline(ZoneOffset.UTC)).orElse("(none)");
    return new AssertionError(
        "Case "
            + caseId
            + ": "
            + what
            + "\nOpen tasks of case "
            + caseId
            + ":\n"
            + tasks
            + "\nCycle of service so far:\n"
            + cycle);
  }

  void asActor(Actor actor, Runnable action) {
    asActor(prima, actor, action);
  }

  /**
   * Runs {@code action} authenticated as {@code actor}, as a web layer would for a signed-in user,
   * so touchpoints the action passes name them; clears the authentication after.
   */
  static void asActor(Prima prima, Actor actor, Runnable action) {
    IdentityService identity = prima.processEngine().getIdentityService();
    identity.setAuthenticatedUserId(actor.userId());
    try {
      action.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void collectInstances(String instanceId, List<String> into) {
    Optional<ProcessInstance> instance =
        Optional.ofNullable(
            runtime()
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult());
    if (instance.isEmpty()) {
      return;
    }
    into.add(instanceId);
    for (ProcessInstance child :
        runtime()
            .getRuntimeService()
            .createProcessInstanceQuery()
            .superProcessInstanceId(instanceId)
            .list()) {
      collectInstances(child.getId(), into);
    }
  }

  private ProcessEngine runtime() {
    return prima.processEngine();
  }

  @Override
  public String toString() {
    return "ServiceCase[" + caseId + ", instance " + processInstanceId + "]";
  }
}
