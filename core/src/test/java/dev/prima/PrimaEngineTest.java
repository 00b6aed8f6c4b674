package dev.prima;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same engine behaviour on every database. */
class PrimaEngineTest {

  private static BpmnModelInstance oneTaskProcess(String key) {
    return Bpmn.createExecutableProcess(key)
        .startEvent("received")
        .userTask("verify")
        .name("Verify documents")
        .camundaCandidateGroups("counter-officer")
        .endEvent("done")
        .done();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void runsAServiceProcessToTheEnd(TestDatabase database) {
    String key = "svc-" + UUID.randomUUID().toString().substring(0, 8);
    try (Prima prima = database.builder().history(History.FULL).build()) {
      ProcessEngine engine = prima.processEngine();
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance(key + ".bpmn", oneTaskProcess(key))
          .deploy();

      ProcessInstance instance =
          engine.getRuntimeService().startProcessInstanceByKey(key, "CASE-1");
      var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId());
      assertThat(task.singleResult().getName()).isEqualTo("Verify documents");
      engine.getTaskService().complete(task.singleResult().getId());

      assertThat(
              engine
                  .getHistoryService()
                  .createHistoricProcessInstanceQuery()
                  .processInstanceId(instance.getId())
                  .finished()
                  .count())
          .isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void appliesHistoryLevelJobExecutorAndEngineName(TestDatabase database) {
    try (Prima prima =
        database
            .builder()
            .history(History.NONE)
            .jobExecutor(false)
            .engineName("prima-settings")
            .build()) {
      var configuration =
          (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
              prima.processEngine().getProcessEngineConfiguration();
      assertThat(prima.name()).isEqualTo("prima-settings");
      assertThat(configuration.getHistoryLevel().getName()).isEqualTo("none");
      assertThat(configuration.isJobExecutorActivate()).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void engineTimeFollowsTheInjectedClock(TestDatabase database) {
    Instant fixed = Instant.parse("2026-03-02T01:30:00Z");
    String key = "clock-" + UUID.randomUUID().toString().substring(0, 8);
    try (Prima prima =
        database
            .builder()
            .clock(Clock.fixed(fixed, ZoneOffset.UTC))
            .history(History.FULL)
            .build()) {
      ProcessEngine engine = prima.processEngine();
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance(key + ".bpmn", oneTaskProcess(key))
          .deploy();
      String id = engine.getRuntimeService().startProcessInstanceByKey(key).getId();

      assertThat(
              engine
                  .getHistoryService()
                  .createHistoricProcessInstanceQuery()
                  .processInstanceId(id)
                  .singleResult()
                  .getStartTime()
                  .toInstant())
          .isEqualTo(fixed);
      assertThat(prima.clock().instant()).isEqualTo(fixed);
    }
  }
}
