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
      serve(citizens.get(i), i + 1 == sentBackPosition);
    }
  }

  private void serve(Citizen citizen, boolean forgetsDocument) {
    elapse(Duration.ofMinutes(7));
    ProcessInstance application = receive(citizen);
    if (forgetsDocument) {
      elapse(Duration.ofMinutes(9));
      complete(
          application,
          GROUP_COUNTER_OFFICER,
          COUNTER_OFFICER,
          texts.text("demo.outcome.incomplete"),
          Map.of(DOCUMENTS_COMPLETE.name(), false));
      elapse(Duration.ofDays(2));
      complete(
          application,
          GROUP_CITIZEN,
          citizen.userId(),
          texts.text("demo.outcome.broughtBack"),
          Map.of());
    }
    elapse(Duration.ofMinutes(12));
    complete(
        application,
        GROUP_COUNTER_OFFICER,
        COUNTER_OFFICER,
        texts.text("demo.outcome.complete"),
        Map.of(DOCUMENTS_COMPLETE.name(), true));
    elapse(Duration.ofHours(2));
    complete(
        application,
        GROUP_SECTION_HEAD,
        SECTION_HEAD,
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

  /** The user finds the open task offered to the group, claims it (unless assigned) and ends it. */
  private void complete(
      ProcessInstance application,
      String group,
      String userId,
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
    as(
        userId,
        () -> {
          if (task.getAssignee() == null) {
            tasks.claim(task.getId(), userId);
          }
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
