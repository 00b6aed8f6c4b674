package dev.prima.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import java.time.Duration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/** A boundary timer and Prima's target timer fall due at the same instant. */
@PrimaTest
class SimultaneousJobsTest {

  Prima prima;
  TestClock clock;

  private static BpmnModelInstance counterWithDeadline() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("queue")
            .startEvent()
            .userTask("serve")
            .camundaCandidateGroups("counter-officer")
            .boundaryEvent("late")
            .timerWithDuration("PT1H")
            .endEvent("escalated")
            .moveToActivity("serve")
            .endEvent("served")
            .done();
    UserTask serve = model.getModelElementById("serve");
    ExtensionElements extensions = model.newInstance(ExtensionElements.class);
    serve.setExtensionElements(extensions);
    CamundaProperties properties = extensions.addExtensionElement(CamundaProperties.class);
    for (String[] pair :
        new String[][] {{"prima.touchpoint", "Served at the counter"}, {"prima.target", "PT1H"}}) {
      CamundaProperty property = model.newInstance(CamundaProperty.class);
      property.setCamundaName(pair[0]);
      property.setCamundaValue(pair[1]);
      properties.addChildElement(property);
    }
    return model;
  }

  @Test
  void aJobDeletedByAnotherThatFellDueWithItIsNotRun() {
    prima
        .processEngine()
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("queue.bpmn", counterWithDeadline())
        .deploy();
    prima.processEngine().getRuntimeService().startProcessInstanceByKey("queue", "Q-1");
    assertThat(prima.processEngine().getManagementService().createJobQuery().count()).isEqualTo(2);

    int ran = clock.advanceAndRunDueJobs(Duration.ofHours(2));

    assertThat(ran).isBetween(1, 2);
    assertThat(prima.touchpoints().query().caseId("Q-1").list())
        .extracting(Touchpoint::outcome)
        .containsExactly(Outcome.INTERRUPTED);
    assertThat(prima.processEngine().getManagementService().createJobQuery().count()).isZero();
  }
}
