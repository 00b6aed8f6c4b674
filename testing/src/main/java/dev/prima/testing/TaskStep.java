package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * A person completes an open task of the case. Immutable: each setter returns a new step.
 *
 * <p>Performing it: the clock first moves forward by {@link #after(Duration)} (running due jobs, so
 * a deadline that passes first cuts the task short, as it would in the office); then the case's
 * open task with this name or element id, offered to one of the person's roles if they have any, is
 * completed with the variables, authenticated as the person. It is not claimed first: a claim is
 * the moment the person began to serve ({@link dev.prima.touchpoint.Touchpoint#served()}), and a
 * claim at the moment of completion would turn the whole time in the task into waiting. When no
 * such task is open, the step fails with the case's open tasks and its cycle of service.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class TaskStep implements Step {

  private final Actor actor;
  private final String task;
  private final Duration after;
  private final Map<String, Object> variables;

  TaskStep(Actor actor, String task) {
    this(actor, task, Duration.ZERO, Map.of());
  }

  private TaskStep(Actor actor, String task, Duration after, Map<String, Object> variables) {
    this.actor = Objects.requireNonNull(actor, "actor must not be null");
    if (task == null || task.isBlank()) {
      throw new IllegalArgumentException("task must not be blank, but was '" + task + "'");
    }
    this.task = task;
    this.after = after;
    this.variables = variables;
  }

  /**
   * The person gets to the task {@code duration} after the previous step.
   *
   * @param duration the time between the previous step and this task; not negative
   * @return this step
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public TaskStep after(Duration duration) {
    Objects.requireNonNull(duration, "duration must not be null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, but was " + duration);
    }
    return new TaskStep(actor, task, duration, variables);
  }

  /**
   * Completes the task with these process variables (added to any given before).
   *
   * @param variables variable names and values
   * @return this step
   */
  public TaskStep with(Map<String, ?> variables) {
    Objects.requireNonNull(variables, "variables must not be null");
    Map<String, Object> all = new HashMap<>(this.variables);
    all.putAll(variables);
    return new TaskStep(actor, task, after, Collections.unmodifiableMap(all));
  }

  /**
   * Completes the task with this process variable (added to any given before).
   *
   * @param name the variable name
   * @param value its value
   * @return this step
   */
  public TaskStep with(String name, Object value) {
    Objects.requireNonNull(name, "name must not be null");
    Map<String, Object> all = new HashMap<>(this.variables);
    all.put(name, value);
    return new TaskStep(actor, task, after, Collections.unmodifiableMap(all));
  }

  @Override
  public void performOn(ServiceCase serviceCase) {
    if (!after.isZero()) {
      serviceCase.clock().advanceAndRunDueJobs(after);
    }
    List<Task> open = serviceCase.openTaskEntities();
    List<Task> named = open.stream().filter(t -> serviceCase.describe(t).isCalled(task)).toList();
    if (named.isEmpty()) {
      throw serviceCase.failure(
          this + ": " + (serviceCase.isFinished() ? "the case has ended" : "no such task is open"));
    }
    List<Task> forActor =
        named.stream().filter(t -> offeredTo(serviceCase.describe(t), actor)).toList();
    if (forActor.isEmpty()) {
      throw serviceCase.failure(
          this
              + ": the task is open, but not for "
              + actor.userId()
              + (actor.roles().isEmpty() ? "" : " in the roles " + actor.roles()));
    }
    Optional<Task> chosen =
        forActor.stream()
            .filter(t -> actor.userId().equals(t.getAssignee()))
            .findFirst()
            .or(() -> forActor.stream().filter(t -> t.getAssignee() == null).findFirst());
    if (chosen.isEmpty()) {
      throw serviceCase.failure(
          this + ": the task is assigned to " + forActor.get(0).getAssignee());
    }
    Task found = chosen.get();
    TaskService tasks = serviceCase.prima().processEngine().getTaskService();
    serviceCase.asActor(actor, () -> tasks.complete(found.getId(), variables));
  }

  private static boolean offeredTo(OpenTask task, Actor actor) {
    if (actor.userId().equals(task.assignee()) || actor.roles().isEmpty()) {
      return true;
    }
    return task.roles().stream().anyMatch(actor.roles()::contains);
  }

  /**
   * E.g. {@code staff siti completes 'Verify documents' after 20m with {documentsComplete=false}}.
   */
  @Override
  public String toString() {
    return actor
        + " completes '"
        + task
        + "'"
        + (after.isZero() ? "" : " after " + ServiceTimeAssert.show(after))
        + (variables.isEmpty() ? "" : " with " + variables);
  }
}
