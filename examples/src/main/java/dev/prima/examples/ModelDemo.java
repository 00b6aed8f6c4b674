package dev.prima.examples;

import dev.prima.Prima;
import dev.prima.internal.Messages;
import dev.prima.journey.ServiceCycle;
import dev.prima.models.ServiceModels;
import dev.prima.people.FrontlineRole;
import dev.prima.strategy.ServiceStandard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Runs citizens through any ready-made model of {@code prima-bpmn-models} along its smooth path:
 * every open task is completed by a member of its role with the answers that move the case on.
 */
final class ModelDemo {

  /**
   * The answers that take every model's smooth path; variables a model does not read are ignored.
   */
  static final Map<String, Object> SMOOTH_PATH =
      Map.ofEntries(
          Map.entry("documentsComplete", true),
          Map.entry("applicationComplete", true),
          Map.entry("siteCompliant", true),
          Map.entry("identityVerified", true),
          Map.entry("birthDataValid", true),
          Map.entry("approved", true),
          Map.entry("detailsSufficient", true),
          Map.entry("withinCompetence", true),
          Map.entry("registeredInDtsen", true),
          Map.entry("monthlyIncomePerCapita", 500_000L),
          Map.entry("householdMembers", 4));

  private static final int MAX_STEPS = 40;

  /**
   * How long each step takes: within the shortest touchpoint target of the models (15 minutes at a
   * counter), so a smooth case breaches nothing, and a queue of citizens is served within office
   * hours.
   */
  static final Duration STEP = Duration.ofMinutes(10);

  /** The part of a step before its officer takes it: the wait in the queue. */
  private static final Duration QUEUE = Duration.ofMinutes(4);

  private final ServiceModels model;
  private final DemoClock clock;
  private final Messages texts;

  ModelDemo(ServiceModels model, DemoClock clock, Messages texts) {
    this.model = model;
    this.clock = clock;
    this.texts = texts;
  }

  void run(Path database, int citizens, PrintWriter out) {
    FrontlineRole[] roles =
        model.roles().stream()
            .sorted()
            .map(id -> FrontlineRole.of(id, id))
            .toArray(FrontlineRole[]::new);
    try (Prima prima = Prima.builder().h2File(database).clock(clock).roles(roles).build()) {
      ProcessEngine engine = prima.processEngine();
      model.deployTo(engine);
      ServiceStandard standard = prima.standards().of(model.key(), texts.locale()).orElseThrow();
      out.println(
          texts.text(
              "model.line",
              model.key(),
              standard.name(),
              standard.leadTime().toText(texts.locale()),
              standard.fee().map(fee -> fee.toText(texts.locale())).orElse("-"),
              model.roles().stream().sorted().toList().toString()));
      for (int i = 1; i <= citizens; i++) {
        String caseId = String.format("%s-%04d", model.key().toUpperCase(java.util.Locale.ROOT), i);
        serve(engine, caseId, "citizen" + i);
        ServiceCycle cycle = prima.journeys().cycleOf(caseId, texts.locale()).orElseThrow();
        out.println();
        out.println(texts.text("model.cycleOf", caseId));
        out.println(cycle.toTimeline(DemoClock.JAKARTA, texts.locale()));
      }
    }
  }

  private void serve(ProcessEngine engine, String caseId, String citizen) {
    Map<String, Object> start = new HashMap<>();
    start.put("citizenUserId", citizen);
    start.put("complaintId", caseId);
    start.put("tier", "LIGHT");
    engine.getIdentityService().setAuthenticatedUserId(citizen);
    try {
      engine.getRuntimeService().startProcessInstanceByKey(model.key(), caseId, start);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    for (int step = 0; step < MAX_STEPS; step++) {
      // the step waits in the queue until its officer takes it, then is done
      elapse(engine, QUEUE);
      List<Task> open =
          engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).list();
      if (open.isEmpty()) {
        elapse(engine, STEP.minus(QUEUE));
        return;
      }
      Task task = open.get(0);
      String user = task.getAssignee() != null ? task.getAssignee() : memberOf(engine, task);
      engine.getIdentityService().setAuthenticatedUserId(user);
      try {
        engine.getTaskService().claim(task.getId(), user);
        elapse(engine, STEP.minus(QUEUE));
        engine.getTaskService().complete(task.getId(), SMOOTH_PATH);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }
    throw new IllegalStateException(caseId + " did not finish within " + MAX_STEPS + " steps");
  }

  /** A staff member of the task's first candidate group, e.g. {@code counter-officer.1}. */
  private static String memberOf(ProcessEngine engine, Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .sorted()
        .findFirst()
        .map(group -> group + ".1")
        .orElse("staff.1");
  }

  private void elapse(ProcessEngine engine, Duration duration) {
    clock.pass(engine, duration);
  }
}
