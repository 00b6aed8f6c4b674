package dev.prima.journey;

import static dev.prima.TestModels.mark;
import static dev.prima.TestModels.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.MutableClock;
import dev.prima.Prima;
import dev.prima.export.CsvExporter;
import dev.prima.strategy.ServiceStandard;
import dev.prima.touchpoint.Touchpoint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * A model written in Indonesian with English beside it: readers see their language, the journal and
 * the exports keep the modelled name, and a text with no translation falls back to it.
 */
class MomentNamesInLanguagesTest {

  private static final Instant MONDAY = Instant.parse("2026-06-01T01:00:00Z");
  private static final Locale ID = Locale.forLanguageTag("id");

  /** Written in Indonesian; the counter step and the standard also in English. */
  private static BpmnModelInstance model(String counterEnglish) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("kk")
            .startEvent("start")
            .userTask("serve")
            .name("Periksa berkas")
            .camundaCandidateGroups("counter-officer")
            .endEvent("end")
            .done();
    touchpoint(model, "start", "Nomor antrean diambil", "kiosk", "CUSTOMER");
    touchpoint(model, "serve", "Berkas diperiksa di loket", "counter", "FRONTSTAGE");
    mark(model, "serve", "prima.touchpoint.en", counterEnglish, "prima.name.en", "Check papers");
    mark(
        model,
        "kk",
        "prima.standard.name",
        "Penerbitan Kartu Keluarga",
        "prima.standard.name.en",
        "Family card issuance",
        "prima.standard.leadTime",
        "3 hari kerja",
        "prima.standard.requirements",
        "Formulir F-1.01; KK lama",
        "prima.standard.requirements.en",
        "Form F-1.01; The old family card");
    return model;
  }

  private static void serveOneCase(Prima prima, MutableClock clock, String caseId) {
    ProcessEngine engine = prima.processEngine();
    engine.getRuntimeService().startProcessInstanceByKey("kk", caseId);
    clock.advance(Duration.ofMinutes(5));
    String task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(caseId)
            .singleResult()
            .getId();
    engine.getTaskService().complete(task);
  }

  @Test
  void eachReaderSeesTheModelsTextInTheirLanguageAndTheJournalKeepsTheModelledName() {
    var clock = new MutableClock(MONDAY);
    try (Prima prima = Prima.builder().h2InMemory().clock(clock).build()) {
      prima
          .processEngine()
          .getRepositoryService()
          .createDeployment()
          .addModelInstance("kk.bpmn", model("Documents checked at the counter"))
          .deploy();
      serveOneCase(prima, clock, "KK-1");

      assertThat(prima.journeys().cycleOf("KK-1", Locale.ENGLISH).orElseThrow().momentNames())
          .as("English where the model gives it, else the modelled name")
          .containsExactly("Nomor antrean diambil", "Documents checked at the counter");
      assertThat(prima.journeys().cycleOf("KK-1", ID).orElseThrow().momentNames())
          .containsExactly("Nomor antrean diambil", "Berkas diperiksa di loket");
      assertThat(prima.journeys().cycleOf("KK-1").orElseThrow().momentNames())
          .as("without a locale: as recorded")
          .containsExactly("Nomor antrean diambil", "Berkas diperiksa di loket");
      assertThat(prima.touchpoints().query().caseId("KK-1").list())
          .extracting(Touchpoint::moment)
          .as("the journal records the modelled name")
          .containsExactly("Nomor antrean diambil", "Berkas diperiksa di loket");
      assertThat(
              prima
                  .journeys()
                  .cycleOf("KK-1", Locale.ENGLISH)
                  .orElseThrow()
                  .toTimeline(java.time.ZoneOffset.UTC, Locale.ENGLISH))
          .contains("Documents checked at the counter");

      ServiceProfile english =
          prima
              .journeys()
              .profileOf("kk", MONDAY, MONDAY.plus(Duration.ofDays(1)), Locale.ENGLISH)
              .orElseThrow();
      assertThat(english.touchpoints())
          .extracting(TouchpointStats::moment)
          .containsExactly("Nomor antrean diambil", "Documents checked at the counter");
      assertThat(english.mostCommonPath().moments())
          .containsExactly("Nomor antrean diambil", "Documents checked at the counter");

      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      CsvExporter.ofDefaults().export(prima.touchpoints(), csv);
      assertThat(csv.toString(StandardCharsets.UTF_8))
          .as("exports keep the recorded name")
          .contains("Berkas diperiksa di loket")
          .doesNotContain("Documents checked at the counter");
    }
  }

  @Test
  void elementNamesAndTheDiagramReadInTheReadersLanguage() {
    try (Prima prima = Prima.builder().h2InMemory().build()) {
      var repository = prima.processEngine().getRepositoryService();
      repository
          .createDeployment()
          .addModelInstance("kk.bpmn", model("Documents checked"))
          .deploy();
      String definition =
          repository
              .createProcessDefinitionQuery()
              .processDefinitionKey("kk")
              .singleResult()
              .getId();

      assertThat(prima.modelTexts().nameOf(definition, "serve", Locale.ENGLISH))
          .contains("Check papers");
      assertThat(prima.modelTexts().nameOf(definition, "serve", ID)).contains("Periksa berkas");
      assertThat(prima.modelTexts().nameOf(definition, "nowhere", ID))
          .as("no such element")
          .isEmpty();
      assertThat(prima.modelTexts().diagramOf(definition, Locale.ENGLISH))
          .contains("name=\"Check papers\"")
          .doesNotContain("name=\"Periksa berkas\"");
      assertThat(prima.modelTexts().diagramOf(definition, ID)).contains("name=\"Periksa berkas\"");
      assertThat(
              Bpmn.convertToString(repository.getBpmnModelInstance(definition))
                  .contains("name=\"Periksa berkas\""))
          .as("the engine's own model is left as deployed")
          .isTrue();
    }
  }

  @Test
  void eachDeployedVersionSpeaksItsOwnTexts() {
    var clock = new MutableClock(MONDAY);
    try (Prima prima = Prima.builder().h2InMemory().clock(clock).build()) {
      var repository = prima.processEngine().getRepositoryService();
      repository
          .createDeployment()
          .addModelInstance("kk.bpmn", model("Documents checked"))
          .deploy();
      serveOneCase(prima, clock, "KK-1");
      repository
          .createDeployment()
          .addModelInstance("kk.bpmn", model("Papers checked at the counter"))
          .deploy();
      serveOneCase(prima, clock, "KK-2");

      assertThat(prima.journeys().cycleOf("KK-1", Locale.ENGLISH).orElseThrow().momentNames())
          .endsWith("Documents checked");
      assertThat(prima.journeys().cycleOf("KK-2", Locale.ENGLISH).orElseThrow().momentNames())
          .endsWith("Papers checked at the counter");
    }
  }

  @Test
  void theStandardReadsInTheReadersLanguage() {
    try (Prima prima = Prima.builder().h2InMemory().build()) {
      prima
          .processEngine()
          .getRepositoryService()
          .createDeployment()
          .addModelInstance("kk.bpmn", model("Documents checked"))
          .deploy();

      ServiceStandard english = prima.standards().of("kk", Locale.ENGLISH).orElseThrow();
      ServiceStandard indonesian = prima.standards().of("kk", ID).orElseThrow();

      assertThat(english.name()).isEqualTo("Family card issuance");
      assertThat(english.requirements()).containsExactly("Form F-1.01", "The old family card");
      assertThat(indonesian.name()).isEqualTo("Penerbitan Kartu Keluarga");
      assertThat(indonesian.requirements()).containsExactly("Formulir F-1.01", "KK lama");
      assertThat(prima.standards().of("kk").orElseThrow())
          .as("without a locale: the model's own texts")
          .isEqualTo(indonesian);
      assertThat(english.leadTime()).isEqualTo(indonesian.leadTime());
    }
  }
}
