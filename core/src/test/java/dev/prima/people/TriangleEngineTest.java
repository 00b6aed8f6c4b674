package dev.prima.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Competency routing and the accountability view in a running engine. */
class TriangleEngineTest {

  private static final FrontlineRole COUNTER =
      FrontlineRole.of("counter-officer", "Counter officer")
          .requires(Competency.SKILLS, 3)
          .requires(Competency.ETHICS, 3)
          .escalatesTo("section-head");
  private static final FrontlineRole HEAD = FrontlineRole.of("section-head", "Section head");

  private static final InMemoryStaffDirectory STAFF =
      InMemoryStaffDirectory.of(
          StaffMember.of("siti", "Siti Rahma")
              .inRoles("counter-officer")
              .withProfile(CompetencyProfile.builder().skills(4).ethics(5).build()),
          StaffMember.of("joko", "Joko Widodo")
              .inRoles("counter-officer")
              .withProfile(CompetencyProfile.builder().skills(2).ethics(5).build()),
          StaffMember.of("ani", "Ani Yudhoyono")
              .inRoles("counter-officer")
              .withProfile(CompetencyProfile.builder().skills(3).ethics(3).build()),
          StaffMember.of("budi", "Budi Santoso").inRoles("section-head"));

  private static BpmnModelInstance model() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("skck")
            .startEvent("start")
            .userTask("verify")
            .name("Verify documents")
            .camundaCandidateGroups("counter-officer")
            .endEvent("end")
            .done();
    dev.prima.TestModels.mark(model, "verify", "prima.touchpoint", "Documents checked");
    dev.prima.TestModels.mark(model, "verify", "prima.target", "PT10M");
    return model;
  }

  private static List<String> candidates(ProcessEngine engine, Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(
            link ->
                link.getUserId() != null
                    ? "user:" + link.getUserId()
                    : "group:" + link.getGroupId())
        .sorted()
        .toList();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aRolesTaskIsOfferedToExactlyTheQualifiedStaff(TestDatabase database) {
    try (Prima prima = database.builder().roles(COUNTER, HEAD).staff(STAFF).build()) {
      ProcessEngine engine = prima.processEngine();
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance("skck.bpmn", model())
          .deploy();

      engine.getRuntimeService().startProcessInstanceByKey("skck", "SKCK-1");
      Task task = engine.getTaskService().createTaskQuery().singleResult();

      assertThat(candidates(engine, task)).containsExactly("user:ani", "user:siti");
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("joko").count())
          .isZero();
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("siti").count())
          .isOne();
      assertThat(prima.touchpoints().query().caseId("SKCK-1").list())
          .singleElement()
          .satisfies(t -> assertThat(t.role()).isEqualTo("counter-officer"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void whenNobodyQualifiesTheTaskEscalatesToTheSupervisorRole(TestDatabase database) {
    InMemoryStaffDirectory weak =
        InMemoryStaffDirectory.of(
            StaffMember.of("joko", "Joko")
                .inRoles("counter-officer")
                .withProfile(CompetencyProfile.builder().skills(1).ethics(1).build()));
    try (Prima prima =
        database
            .builder()
            .roles(COUNTER, HEAD)
            .staff(weak)
            .noQualifiedStaff(NoQualifiedStaffPolicy.ESCALATE_TO_SUPERVISOR)
            .build()) {
      ProcessEngine engine = prima.processEngine();
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance("skck.bpmn", model())
          .deploy();

      engine.getRuntimeService().startProcessInstanceByKey("skck", "SKCK-2");
      Task task = engine.getTaskService().createTaskQuery().singleResult();

      assertThat(candidates(engine, task)).containsExactly("group:section-head");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void accountabilityCountsServedTouchpointsHandlingTimesAndTargetsMet(TestDatabase database) {
    var clock = new dev.prima.MutableClock(Instant.parse("2026-08-13T03:00:00Z"));
    try (Prima prima = database.builder().roles(COUNTER, HEAD).staff(STAFF).clock(clock).build()) {
      ProcessEngine engine = prima.processEngine();
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance("skck.bpmn", model())
          .deploy();
      int[] minutes = {5, 8, 20};
      for (int i = 0; i < minutes.length; i++) {
        engine.getRuntimeService().startProcessInstanceByKey("skck", "A-" + i);
        clock.advance(Duration.ofMinutes(minutes[i]));
        Task task =
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey("A-" + i)
                .singleResult();
        engine.getTaskService().claim(task.getId(), "siti");
        engine.getTaskService().complete(task.getId());
      }

      List<StaffAccountability> view =
          prima
              .people()
              .accountability(
                  Instant.parse("2026-08-13T00:00:00Z"), Instant.parse("2026-08-14T00:00:00Z"));

      assertThat(view)
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.staffId()).isEqualTo("siti");
                assertThat(a.name()).isEqualTo("Siti Rahma");
                assertThat(a.served()).isEqualTo(3);
                assertThat(a.medianHandlingTime()).isEqualTo(Duration.ofMinutes(8));
                assertThat(a.withTarget()).isEqualTo(3);
                assertThat(a.targetsMet()).isEqualTo(2);
              });
    }
  }
}
