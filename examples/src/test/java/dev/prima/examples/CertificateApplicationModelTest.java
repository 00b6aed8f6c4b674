package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

class CertificateApplicationModelTest {

  private final BpmnModelInstance model = read();

  @Test
  void everyElementConstantExistsInTheModel() {
    assertThat(model.<Process>getModelElementById(CertificateApplication.PROCESS_KEY).getName())
        .isEqualTo("Certificate application (surat keterangan)");
    for (String id :
        List.of(
            CertificateApplication.APPLICATION_RECEIVED,
            CertificateApplication.VERIFY_DOCUMENTS,
            CertificateApplication.DOCUMENTS_COMPLETE,
            CertificateApplication.BRING_MISSING_DOCUMENT,
            CertificateApplication.APPROVE_CERTIFICATE,
            CertificateApplication.ISSUE_CERTIFICATE,
            CertificateApplication.CERTIFICATE_ISSUED)) {
      assertThat(model.<FlowNode>getModelElementById(id)).as(id).isInstanceOf(FlowNode.class);
    }
  }

  @Test
  void userTasksOfferTheirWorkToTheDocumentedGroups() {
    assertThat(candidateGroups(CertificateApplication.VERIFY_DOCUMENTS))
        .isEqualTo(CertificateApplication.GROUP_COUNTER_OFFICER);
    assertThat(candidateGroups(CertificateApplication.BRING_MISSING_DOCUMENT))
        .isEqualTo(CertificateApplication.GROUP_CITIZEN);
    assertThat(candidateGroups(CertificateApplication.APPROVE_CERTIFICATE))
        .isEqualTo(CertificateApplication.GROUP_SECTION_HEAD);
    assertThat(
            model
                .<UserTask>getModelElementById(CertificateApplication.BRING_MISSING_DOCUMENT)
                .getCamundaAssignee())
        .isEqualTo("${" + CertificateApplication.VAR_CITIZEN_USER_ID + "}");
  }

  @Test
  void gatewayConditionsReadTheVerdictVariable() {
    assertThat(model.getDocument().getRootElement().getTextContent())
        .contains("${" + CertificateApplication.VAR_DOCUMENTS_COMPLETE + "}")
        .contains("${!" + CertificateApplication.VAR_DOCUMENTS_COMPLETE + "}");
  }

  @Test
  void everyFlowNodeHasADiagramShape() {
    Stream<String> shaped =
        model.getModelElementsByType(BpmnShape.class).stream()
            .map(shape -> shape.getBpmnElement().getId());
    Stream<String> nodes =
        model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId);

    assertThat(shaped.toList()).containsExactlyInAnyOrderElementsOf(nodes.toList()).hasSize(7);
  }

  private String candidateGroups(String userTaskId) {
    return model.<UserTask>getModelElementById(userTaskId).getCamundaCandidateGroups();
  }

  private static BpmnModelInstance read() {
    InputStream bpmn =
        CertificateApplicationModelTest.class
            .getClassLoader()
            .getResourceAsStream(CertificateApplication.RESOURCE);
    assertThat(bpmn).as(CertificateApplication.RESOURCE).isNotNull();
    return Bpmn.readModelFromStream(bpmn);
  }
}
