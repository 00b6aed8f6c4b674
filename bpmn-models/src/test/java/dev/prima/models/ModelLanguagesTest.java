package dev.prima.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.strategy.ServiceStandard;
import dev.prima.strategy.StandardProperties;
import dev.prima.system.ModelTexts;
import dev.prima.touchpoint.TouchpointProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every ready-made model speaks both languages: English as modelled, Bahasa Indonesia beside each
 * text an official or a citizen reads (moments, the standard, element and lane names).
 */
class ModelLanguagesTest {

  private static final Locale ID = Locale.forLanguageTag("id");

  private static Map<String, String> properties(BaseElement element) {
    Map<String, String> properties = new java.util.LinkedHashMap<>();
    for (CamundaProperty p :
        element.getModelInstance().getModelElementsByType(CamundaProperty.class)) {
      if (p.getParentElement().getParentElement().getParentElement() == element) {
        properties.put(p.getCamundaName(), p.getCamundaValue());
      }
    }
    return properties;
  }

  @ParameterizedTest
  @EnumSource(ServiceModels.class)
  void everyNamedElementEveryMomentAndTheStandardHaveAnIndonesianText(ServiceModels model) {
    BpmnModelInstance bpmn = ModelFilesTest.read(model);
    List<String> missing = new ArrayList<>();
    int texts = 0;
    for (BaseElement element : bpmn.getModelElementsByType(BaseElement.class)) {
      if (element instanceof Message) {
        continue; // a message's name is what the engine correlates on, never shown to people
      }
      Map<String, String> properties = properties(element);
      List<String> bases = new ArrayList<>();
      if (element.getAttributeValue("name") != null) {
        bases.add("prima.name");
        properties.put("prima.name", element.getAttributeValue("name"));
      }
      bases.addAll(
          element instanceof Process
              ? StandardProperties.TRANSLATABLE
              : TouchpointProperties.TRANSLATABLE);
      for (String base : bases) {
        String text = properties.get(base);
        if (text == null) {
          continue;
        }
        texts++;
        String indonesian = properties.get(base + ".id");
        if (indonesian == null || indonesian.isBlank() || indonesian.equals(text)) {
          missing.add(element.getId() + " " + base + " '" + text + "'");
        }
      }
    }

    assertThat(missing).as("texts without their own Indonesian").isEmpty();
    assertThat(texts).isGreaterThan(30);
  }

  @Test
  void anOfficialReadsTheEktpCaseInIndonesianAndAnEnglishReaderInEnglish() {
    try (Prima prima =
        Prima.builder()
            .roles(
                ServiceModels.EKTP_ISSUANCE.roles().stream()
                    .map(id -> dev.prima.people.FrontlineRole.of(id, id))
                    .toArray(dev.prima.people.FrontlineRole[]::new))
            .build()) {
      ProcessEngine engine = prima.processEngine();
      ServiceModels.EKTP_ISSUANCE.deployTo(engine);
      engine
          .getRuntimeService()
          .startProcessInstanceByKey(
              EktpIssuance.PROCESS_KEY, "KTP-1", Map.of("citizenUserId", "warga"));
      for (int step = 0; step < 10; step++) {
        List<Task> open =
            engine.getTaskService().createTaskQuery().processInstanceBusinessKey("KTP-1").list();
        if (open.isEmpty()) {
          break;
        }
        engine
            .getTaskService()
            .complete(
                open.get(0).getId(), Map.of("documentsComplete", true, "identityVerified", true));
      }

      assertThat(prima.journeys().cycleOf("KTP-1", ID).orElseThrow().momentNames())
          .startsWith("Permohonan diserahkan di loket", "Berkas diperiksa di loket")
          .contains("Perekaman biometrik: foto, sidik jari, dan tanda tangan")
          .endsWith("KTP-el diterima pemohon");
      assertThat(prima.journeys().cycleOf("KTP-1", Locale.ENGLISH).orElseThrow().momentNames())
          .as("English as modelled")
          .startsWith("Application handed in at the counter")
          .endsWith("e-KTP card received");
      ServiceStandard standard = prima.standards().of(EktpIssuance.PROCESS_KEY, ID).orElseThrow();
      assertThat(standard.name()).isEqualTo("Penerbitan atau Penggantian KTP-el");
      assertThat(standard.requirements()).first().isEqualTo("Kartu Keluarga (KK)");
      String definition =
          engine
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey(EktpIssuance.PROCESS_KEY)
              .singleResult()
              .getId();
      ModelTexts texts = prima.modelTexts();
      assertThat(texts.nameOf(definition, "RecordBiometrics", ID)).contains("Perekaman biometrik");
      assertThat(texts.nameOf(definition, "LaneBackstage", ID))
          .contains("Bagian belakang (back office)");
      assertThat(texts.nameOf(definition, "RecordBiometrics", Locale.ENGLISH))
          .contains("Record biometrics");
    }
  }
}
