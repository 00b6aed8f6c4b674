package dev.prima.examples;

import dev.prima.Prima;
import dev.prima.journey.ServiceCycle;
import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Touchpoint;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;

/** The README's quick start, kept compiling: run a case and print its cycle of service. */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the quick start and returns the printed timeline. */
  public static String run() {
    try (Prima prima = Prima.inMemory()) { // H2 in memory, Prima's plugin wired
      ProcessEngine engine = prima.processEngine();
      engine
          .getRepositoryService()
          .createDeployment()
          .addClasspathResource("dev/prima/models/certificate-application.bpmn")
          .deploy();
      engine
          .getRuntimeService()
          .startProcessInstanceByKey(
              "certificate-application",
              "SKT-1",
              java.util.Map.of("citizenUserId", "dewi", "citizenName", "Dewi Lestari"));
      var task = engine.getTaskService().createTaskQuery().singleResult();
      engine.getTaskService().complete(task.getId(), java.util.Map.of("documentsComplete", true));
      ServiceCycle cycle = prima.journeys().cycleOf("SKT-1").orElseThrow();
      List<Touchpoint> atCounter =
          prima.touchpoints().query().caseId("SKT-1").channel(Channel.COUNTER).list();
      return cycle.toTimeline() + "\n" + atCounter.size() + " touchpoints at the counter";
    }
  }
}
