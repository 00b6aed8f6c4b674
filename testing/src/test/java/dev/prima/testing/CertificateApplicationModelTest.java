package dev.prima.testing;

import static dev.prima.testing.CertificateApplication.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.touchpoint.TouchpointProperties;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/**
 * Every constant of {@link CertificateApplication} exists in the model file, and the ready-made
 * model of prima-bpmn-models has all of it.
 */
class CertificateApplicationModelTest {

  private static BpmnModelInstance model() throws Exception {
    try (InputStream stream =
        CertificateApplicationModelTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return Bpmn.readModelFromStream(stream);
    }
  }

  @Test
  void everyIdTaskAndMomentConstantIsInTheModel() throws Exception {
    BpmnModelInstance model = model();

    assertThat((BaseElement) model.getModelElementById(PROCESS_KEY)).isNotNull();
    for (String id :
        List.of(
            APPLICATION_RECEIVED,
            VERIFY_DOCUMENTS,
            DOCUMENTS_COMPLETE,
            BRING_MISSING_DOCUMENT,
            APPROVE_CERTIFICATE,
            ISSUE_CERTIFICATE,
            CERTIFICATE_ISSUED,
            FLOW_DOCUMENTS_INCOMPLETE,
            FLOW_BACK_TO_VERIFY)) {
      assertThat((BaseElement) model.getModelElementById(id)).as(id).isNotNull();
    }
    assertThat(model.getModelElementsByType(UserTask.class))
        .extracting(UserTask::getName)
        .containsExactlyInAnyOrder(
            TASK_VERIFY_DOCUMENTS, TASK_BRING_MISSING_DOCUMENT, TASK_APPROVE_CERTIFICATE);
    assertThat(model.getModelElementsByType(UserTask.class))
        .extracting(UserTask::getCamundaCandidateGroups)
        .containsExactlyInAnyOrder(GROUP_COUNTER_OFFICER, GROUP_CITIZEN, GROUP_SECTION_HEAD);
    assertThat(model.getModelElementsByType(CamundaProperty.class))
        .filteredOn(p -> p.getCamundaName().equals(TouchpointProperties.TOUCHPOINT))
        .extracting(CamundaProperty::getCamundaValue)
        .containsExactlyInAnyOrder(
            HANDED_IN, CHECKED, DECIDED, BROUGHT_BACK, APPROVED, PRINTED, HANDED_OVER);
  }

  @Test
  void theReadyMadeModelHasEveryElementTaskAndMomentOfThisCopy() throws Exception {
    // the README's example runs on this copy here, and on prima-bpmn-models' model in a project
    java.nio.file.Path published =
        java.nio.file.Path.of(
            "../bpmn-models/src/main/resources/dev/prima/models/certificate-application.bpmn");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.exists(published), "the bpmn-models module is not next to this one");
    BpmnModelInstance copy = model();
    BpmnModelInstance model = Bpmn.readModelFromFile(published.toFile());

    for (org.camunda.bpm.model.bpmn.instance.FlowNode node :
        copy.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)) {
      BaseElement same = model.getModelElementById(node.getId());
      assertThat(same).as(node.getId()).isInstanceOf(node.getClass());
      assertThat(same.getAttributeValue("name")).as(node.getId()).isEqualTo(node.getName());
    }
    assertThat(touchpoints(model)).containsAll(touchpoints(copy));
  }

  private static List<String> touchpoints(BpmnModelInstance model) {
    return model.getModelElementsByType(CamundaProperty.class).stream()
        .filter(p -> p.getCamundaName().equals(TouchpointProperties.TOUCHPOINT))
        .map(CamundaProperty::getCamundaValue)
        .toList();
  }
}
