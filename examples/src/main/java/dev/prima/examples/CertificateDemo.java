package dev.prima.examples;

import static dev.prima.models.CertificateApplication.CITIZEN_NAME;
import static dev.prima.models.CertificateApplication.CITIZEN_USER_ID;
import static dev.prima.models.CertificateApplication.DOCUMENTS_COMPLETE;
import static dev.prima.models.CertificateApplication.OUTCOME;
import static dev.prima.models.CertificateApplication.PROCESS_KEY;

import dev.prima.internal.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A day at the district office: each citizen's application goes through the counter officer and the
 * section head; the citizen at a given position is sent back once for a missing document.
 */
final class CertificateDemo {

  /** The counter officer (frontstage) who receives applications and verifies documents. */
  static final String COUNTER_OFFICER = "siti";

  /** The section head (backstage) who approves certificates. */
  static final String SECTION_HEAD = "budi";

  /** The candidate groups of the model's tasks (ServiceModels.CERTIFICATE_APPLICATION.roles()). */
  private static final String GROUP_COUNTER_OFFICER = "counter-officer";

  private static final String GROUP_CITIZEN = "citizen";
  private static final String GROUP_SECTION_HEAD = "section-head";

  private final ProcessEngine engine;
  private final DemoClock clock;
  private final Messages texts;

  CertificateDemo(ProcessEngine engine, DemoClock clock, Messages texts) {
    this.engine = engine;
    this.clock = clock;
    this.texts = texts;
  }

  /**
   * Serves every citizen to the end of the process.
   *
   * @param sentBackPosition the 1-based position of the citizen who forgot a document; none if
   *     outside the list
   */
  void serve(List<Citizen> citizens, int sentBackPosition) {
    for (int i = 0; i < citizens.size(); i++) {
      serve(citizens.get(i), i + 1, i + 1 == sentBackPosition);
    }
  }

  /**
   * One citizen's day: the number is taken, the citizen waits in the queue until the counter
   * officer calls (claims the task), is served, and the section head takes the file from the pile
   * later. Each step's whole time, from the task's creation to its completion, is as before the
   * queue was shown; only the moment the officer called is new.
   */
  private void serve(Citizen citizen, int position, boolean forgetsDocument) {
    elapse(Duration.ofMinutes(7));
    ProcessInstance application = receive(citizen);
    // people ahead in the queue: a few minutes more for some citizens than for others
    Duration queue = Duration.ofMinutes(3 + (position * 2L) % 5);
    if (forgetsDocument) {
      complete(
          application,
          GROUP_COUNTER_OFFICER,
          COUNTER_OFFICER,
          queue,
          Duration.ofMinutes(9).minus(queue),
          texts.text("demo.outcome.incomplete"),
          Map.of(DOCUMENTS_COMPLETE.name(), false));
      // the citizen's own step: nobody calls the citizen, so it has no queue of its own
      complete(
          application,
          GROUP_CITIZEN,
          citizen.userId(),
          null,
          Duration.ofDays(2),
          texts.text("demo.outcome.broughtBack"),
          Map.of());
    }
    complete(
        application,
        GROUP_COUNTER_OFFICER,
        COUNTER_OFFICER,
        queue,
        Duration.ofMinutes(12).minus(queue),
        texts.text("demo.outcome.complete"),
        Map.of(DOCUMENTS_COMPLETE.name(), true));
    complete(
        application,
        GROUP_SECTION_HEAD,
        SECTION_HEAD,
        Duration.ofMinutes(100),
        Duration.ofMinutes(20),
        texts.text("demo.outcome.approved"),
        Map.of());
  }

  /**
   * Time passes at the office; Prima's timers that fall due meanwhile run, as the job executor
   * would.
   */
  private void elapse(Duration duration) {
    clock.pass(engine, duration);
  }

  private ProcessInstance receive(Citizen citizen) {
    return as(
        COUNTER_OFFICER,
        () ->
            engine
                .getRuntimeService()
                .startProcessInstanceByKey(
                    PROCESS_KEY,
                    citizen.businessKey(),
                    Map.of(
                        CITIZEN_NAME.name(), citizen.name(),
                        CITIZEN_USER_ID.name(), citizen.userId())));
  }

  /**
   * The user finds the open task offered to the group; after {@code queue} calls the citizen
   * (claims the task, unless it is assigned already) and ends it {@code service} later. A null
   * {@code queue} ends it without a claim: a step nobody calls the citizen to.
   */
  private void complete(
      ProcessInstance application,
      String group,
      String userId,
      Duration queue,
      Duration service,
      String outcome,
      Map<String, Object> variables) {
    TaskService tasks = engine.getTaskService();
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(application.getId())
            .taskCandidateGroup(group)
            .includeAssignedTasks()
            .singleResult();
    if (task == null) {
      throw new IllegalStateException(
          "No open task for group '"
              + group
              + "' in application "
              + application.getBusinessKey()
              + "; the process model and the demo disagree.");
    }
    if (queue != null) {
      elapse(queue);
      if (task.getAssignee() == null) {
        as(
            userId,
            () -> {
              tasks.claim(task.getId(), userId);
              return null;
            });
      }
    }
    elapse(service);
    as(
        userId,
        () -> {
          tasks.setVariableLocal(task.getId(), OUTCOME.name(), outcome);
          tasks.complete(task.getId(), variables);
          return null;
        });
  }

  private <T> T as(String userId, Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthenticatedUserId(userId);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
