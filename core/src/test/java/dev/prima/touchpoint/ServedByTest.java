package dev.prima.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.Prima;
import dev.prima.TestModels;
import dev.prima.people.StaffAccountability;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * Who a touchpoint says served: the task's assignee, whoever's command ran a gateway or event, and
 * nobody at a step the system does itself; and only staff in the staff accountability view.
 */
class ServedByTest {

  /** The citizen brings a document, the section head approves, the system issues, it is issued. */
  private static BpmnModelInstance certificate() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("served")
            .startEvent("received")
            .userTask("bring")
            .camundaCandidateGroups("citizen")
            .userTask("approve")
            .camundaCandidateGroups("section-head")
            .serviceTask("issue")
            .camundaExpression("${true}")
            .endEvent("issued")
            .done();
    mark(model, "received", "Application received", "CUSTOMER");
    mark(model, "bring", "Document brought", "CUSTOMER");
    mark(model, "approve", "Certificate approved", "BACKSTAGE");
    mark(model, "issue", "Certificate printed", "SUPPORT");
    mark(model, "issued", "Certificate handed over", "EVIDENCE");
    return model;
  }

  private static void mark(BpmnModelInstance model, String id, String moment, String lane) {
    TestModels.mark(model, id, TouchpointProperties.TOUCHPOINT, moment);
    TestModels.mark(model, id, TouchpointProperties.CHANNEL, "counter");
    TestModels.mark(model, id, TouchpointProperties.LANE, lane);
  }

  private static void completeAs(ProcessEngine engine, String user) {
    Task task = engine.getTaskService().createTaskQuery().singleResult();
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      engine.getTaskService().claim(task.getId(), user);
      engine.getTaskService().complete(task.getId());
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void aStepTheSystemDoesNamesNobodyAndACitizenIsNotStaff() {
    try (Prima prima = Prima.inMemory()) {
      ProcessEngine engine = prima.processEngine();
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance("s.bpmn", certificate())
          .deploy();
      Instant from = Instant.now().minusSeconds(60);
      engine.getIdentityService().setAuthenticatedUserId("siti");
      try {
        engine.getRuntimeService().startProcessInstanceByKey("served", "SKT-1");
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      completeAs(engine, "dewi");
      completeAs(engine, "budi");

      assertThat(prima.touchpoints().query().caseId("SKT-1").list())
          .extracting(Touchpoint::elementId, Touchpoint::userId)
          .containsExactly(
              tuple("received", "siti"),
              tuple("bring", "dewi"),
              tuple("approve", "budi"),
              tuple("issue", null),
              tuple("issued", "budi"));
      assertThat(prima.people().accountability(from, Instant.now().plusSeconds(60)))
          .extracting(StaffAccountability::staffId)
          .containsExactly("budi");
    }
  }
}
