package dev.prima.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.MutableClock;
import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.TestModels;
import dev.prima.touchpoint.TouchpointProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Breaches fire through the job executor at the right moment under a controlled clock. */
class BreachDetectionTest {

  /** Thursday 13 August 2026, 10:00 in Jakarta. */
  private static final Instant OPENING = Instant.parse("2026-08-13T03:00:00Z");

  private static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");

  private final List<Breach> heard = new CopyOnWriteArrayList<>();

  static BpmnModelInstance counterService() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("skck")
            .startEvent("start")
            .userTask("verify")
            .camundaCandidateGroups("counter-officer")
            .userTask("sign")
            .camundaCandidateGroups("section-head")
            .endEvent("end")
            .done();
    TestModels.mark(model, "verify", TouchpointProperties.TOUCHPOINT, "Documents checked");
    TestModels.mark(model, "verify", TouchpointProperties.TARGET, "PT15M");
    TestModels.mark(model, "sign", TouchpointProperties.TOUCHPOINT, "Letter signed");
    return model;
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(25);
    }
  }

  private Prima start(TestDatabase database, MutableClock clock) {
    Prima prima =
        database
            .builder()
            .clock(clock)
            .jobExecutor(true)
            .standard(
                ServiceStandard.forService("skck")
                    .name("Police clearance letter")
                    .leadTime(ServiceDuration.workingHours(3))
                    .build())
            .breachListener(heard::add)
            .build();
    clock.wakeJobExecutorOf(prima);
    prima
        .processEngine()
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("skck.bpmn", counterService())
        .deploy();
    return prima;
  }

  private static void complete(ProcessEngine engine, String caseId, String user) {
    Task task =
        engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
    engine.getTaskService().setAssignee(task.getId(), user);
    engine.getTaskService().complete(task.getId());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void touchpointTargetAndLeadTimeBreachesFireWhenTheyRunOut(TestDatabase database)
      throws Exception {
    MutableClock clock = new MutableClock(OPENING);
    try (Prima prima = start(database, clock)) {
      ProcessEngine engine = prima.processEngine();
      engine.getRuntimeService().startProcessInstanceByKey("skck", "SKCK-1");

      clock.advance(Duration.ofMinutes(14));
      Thread.sleep(300);
      assertThat(heard).isEmpty();

      clock.advance(Duration.ofMinutes(2));
      await(() -> heard.size() == 1);
      assertThat(heard)
          .extracting(Breach::kind, Breach::elementId, Breach::limit, Breach::due, Breach::detected)
          .containsExactly(
              tuple(
                  BreachKind.TOUCHPOINT_TARGET,
                  "verify",
                  "PT15M",
                  OPENING.plus(Duration.ofMinutes(15)),
                  OPENING.plus(Duration.ofMinutes(16))));

      complete(engine, "SKCK-1", "siti");
      // 10:16 + 3 working hours would pass 16:00 closing: due 13:00 the same day
      clock.advance(Duration.ofHours(2).plusMinutes(45));
      await(() -> heard.size() == 2);
      Breach lead = heard.get(1);
      assertThat(lead.kind()).isEqualTo(BreachKind.LEAD_TIME);
      assertThat(lead.limit()).isEqualTo("3 working hours");
      assertThat(lead.due()).isEqualTo(OPENING.plus(Duration.ofHours(3)));
      assertThat(lead.caseId()).isEqualTo("SKCK-1");

      assertThat(prima.standards().breachesOf("SKCK-1")).containsExactlyElementsOf(heard);
      assertThat(prima.standards().breachesOfService("skck")).hasSize(2);
      // a period by due time: from inclusive, to exclusive
      Instant targetDue = OPENING.plus(Duration.ofMinutes(15));
      assertThat(prima.standards().breachesOfService("skck", targetDue, lead.due()))
          .containsExactly(heard.get(0));
      assertThat(prima.standards().breachesOfService("skck", lead.due(), lead.due().plusMillis(1)))
          .containsExactly(lead);
      assertThat(prima.standards().breachesOfService("skck", OPENING, lead.due().plusMillis(1)))
          .containsExactlyElementsOf(heard);
      assertThat(prima.standards().breachesOfService("skck", OPENING, targetDue)).isEmpty();
      assertThat(prima.standards().breachesOfService("other", OPENING, lead.due().plusMillis(1)))
          .isEmpty();
      // a period by start: the case and its first step both began at the opening
      assertThat(prima.standards().breachesOfServiceStarted("skck", OPENING, OPENING.plusMillis(1)))
          .containsExactlyElementsOf(heard);
      assertThat(prima.standards().breachesOfServiceStarted("skck", OPENING.plusMillis(1), NEVER))
          .isEmpty();
      assertThat(
              prima.standards().breachesOfServiceStarted("skck", OPENING.minusMillis(1), OPENING))
          .isEmpty();
      assertThat(prima.standards().breachesOfServiceStarted("other", OPENING, NEVER)).isEmpty();
      assertThatThrownBy(
              () -> prima.standards().breachesOfServiceStarted("skck", targetDue, OPENING))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("from must be before to");
      assertThatThrownBy(() -> prima.standards().breachesOfService("skck", targetDue, targetDue))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("from must be before to")
          .hasMessageContaining("skck");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aCaseFinishedInTimeRecordsNoBreachAndLeavesNoTimer(TestDatabase database) throws Exception {
    MutableClock clock = new MutableClock(OPENING);
    try (Prima prima = start(database, clock)) {
      ProcessEngine engine = prima.processEngine();
      engine.getRuntimeService().startProcessInstanceByKey("skck", "SKCK-2");
      assertThat(engine.getManagementService().createJobQuery().count()).isEqualTo(2);

      clock.advance(Duration.ofMinutes(10));
      complete(engine, "SKCK-2", "siti");
      clock.advance(Duration.ofMinutes(30));
      complete(engine, "SKCK-2", "budi");

      assertThat(engine.getManagementService().createJobQuery().count()).isZero();
      clock.advance(Duration.ofDays(3));
      Thread.sleep(500);
      assertThat(heard).isEmpty();
      assertThat(prima.standards().breachesOf("SKCK-2")).isEmpty();
    }
  }
}
