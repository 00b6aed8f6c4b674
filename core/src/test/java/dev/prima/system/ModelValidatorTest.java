package dev.prima.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.Prima;
import dev.prima.TestModels;
import dev.prima.people.FrontlineRole;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.ServiceStandard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** One test per validation rule, and all findings of a bad deployment at once. */
class ModelValidatorTest {

  private static final ModelValidator PLAIN = ModelValidator.ofDefaults();
  private static final ModelValidator WITH_ROLES =
      ModelValidator.custom().roles(Set.of("counter-officer", "section-head")).build();

  /** A clean service: standard, roles, touchpoints with channel and lane. */
  static BpmnModelInstance service() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("akta")
            .startEvent("start")
            .userTask("verify")
            .name("Verify documents")
            .camundaCandidateGroups("counter-officer")
            .endEvent("end")
            .done();
    TestModels.mark(model, "akta", "prima.standard.leadTime", "5 working days");
    TestModels.mark(model, "verify", "prima.touchpoint", "Documents checked");
    TestModels.mark(model, "verify", "prima.channel", "counter");
    TestModels.mark(model, "verify", "prima.lane", "FRONTSTAGE");
    return model;
  }

  private static ValidationReport validate(ModelValidator validator, BpmnModelInstance model) {
    return validator.validate(
        "akta.bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
  }

  private static ValidationReport validate(String xml) {
    return PLAIN.validate("file.bpmn", xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCleanServiceHasNoFindings() {
    assertThat(validate(WITH_ROLES, service()).findings()).isEmpty();
  }

  @Test
  void aServiceWithItsTextsInBothLanguagesHasNoFindings() {
    BpmnModelInstance model = service();
    TestModels.mark(model, "verify", "prima.touchpoint.id", "Berkas diperiksa");
    TestModels.mark(
        model,
        "akta",
        "prima.standard.name",
        "Birth certificate",
        "prima.standard.name.id",
        "Akta kelahiran",
        "prima.standard.product.en",
        "");

    assertThat(validate(WITH_ROLES, model).findings()).isEmpty();
  }

  @Test
  void aTranslationNeedsItsBaseAKnownLanguageAndTheProcesssOtherTextsToFollow() {
    BpmnModelInstance model = service();
    TestModels.mark(model, "verify", "prima.touchpoint.in", "Berkas diperiksa");
    TestModels.mark(model, "akta", "prima.standard.product.id", "Akta kelahiran");
    TestModels.mark(model, "akta", "prima.standard.name", "Birth certificate");
    TestModels.mark(model, "akta", "prima.standard.name.id", "Akta kelahiran");

    assertThat(validate(WITH_ROLES, model).findings())
        .extracting(Finding::severity, Finding::elementId, Finding::key)
        .containsExactlyInAnyOrder(
            tuple(Severity.ERROR, "akta", "translation.noBase"),
            tuple(Severity.ERROR, "verify", "translation.unknownLanguage"),
            tuple(Severity.WARNING, "verify", "translation.missing"));
  }

  @Test
  void malformedXmlIsOneFindingWithItsLine() {
    ValidationReport report =
        validate("<?xml version=\"1.0\"?>\n<definitions>\n  <process>\n</definitions>");

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).startsWith("not well-formed XML at line 4");
              assertThat(f.elementId()).isNull();
            });
  }

  @Test
  void xmlThatIsNotBpmnSaysWhatItFound() {
    ValidationReport report = validate("<html><body>hello</body></html>");

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("not a BPMN 2.0 file: its root element is html"));
  }

  @Test
  void bpmnThatBreaksTheSchemaIsAFindingAndTheOtherRulesStillRun() {
    ValidationReport report =
        validate(
            "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\">"
                + "<process id=\"p\" isExecutable=\"true\"><noSuchElement/>"
                + "<userTask id=\"check\"><extensionElements><camunda:properties>"
                + "<camunda:property name=\"prima.chanel\" value=\"counter\"/>"
                + "</camunda:properties></extensionElements></userTask></process></definitions>");

    assertThat(report.findings())
        .extracting(Finding::severity, Finding::elementId)
        .containsExactlyInAnyOrder(
            tuple(Severity.ERROR, null),
            tuple(Severity.WARNING, "p"),
            tuple(Severity.ERROR, "check"),
            tuple(Severity.WARNING, "check"));
    assertThat(report.findings())
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).startsWith("not valid BPMN 2.0: "))
        .anySatisfy(m -> assertThat(m).contains("unknown property 'prima.chanel'"))
        .anySatisfy(m -> assertThat(m).contains("no candidate group"));
  }

  @Test
  void readsOperatonsNamespaceAsItReadsCamundas() {
    // Operaton's model builder writes operaton: attributes (Prima is built for Operaton too)
    ValidationReport report =
        validate(
            "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\""
                + " targetNamespace=\"t\" xmlns:operaton=\"http://operaton.org/schema/1.0/bpmn\">"
                + "<process id=\"p\" isExecutable=\"true\">"
                + "<userTask id=\"check\" operaton:candidateGroups=\"counter-officer\">"
                + "<extensionElements><operaton:properties>"
                + "<operaton:property name=\"prima.chanel\" value=\"counter\"/>"
                + "</operaton:properties></extensionElements></userTask>"
                + "<serviceTask id=\"record\" operaton:expression=\"${true}\"/>"
                + "</process></definitions>");

    assertThat(report.findings())
        .filteredOn(f -> "check".equals(f.elementId()) || "record".equals(f.elementId()))
        .extracting(Finding::severity, Finding::elementId)
        .containsExactly(tuple(Severity.ERROR, "check"));
    assertThat(report.errors())
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("unknown property 'prima.chanel'"));
  }

  @Test
  void aModelWithoutAnExecutableProcessIsAnError() {
    ValidationReport report =
        validate(
            "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\""
                + " targetNamespace=\"t\"><process id=\"p\" isExecutable=\"false\">"
                + "<startEvent id=\"s\"/></process></definitions>");

    assertThat(report.errors())
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).startsWith("no executable process"));
  }

  @Test
  void elementsCamundaCannotExecuteAreErrorsWithTheirIds() {
    ValidationReport report =
        validate(
            "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\""
                + " targetNamespace=\"t\"><process id=\"p\" isExecutable=\"true\">"
                + "<startEvent id=\"s\"/><complexGateway id=\"cg\"/></process></definitions>");

    assertThat(report.errors())
        .extracting(Finding::elementId, Finding::message)
        .contains(tuple("cg", "Camunda 7 cannot execute a complexGateway"));
  }

  @Test
  void anUnknownPrimaPropertyOnTheProcessIsAnError() {
    BpmnModelInstance model = service();
    TestModels.mark(model, "akta", "prima.standard.leadtime", "5 working days");

    assertThat(validate(PLAIN, model).errors())
        .extracting(Finding::elementId, Finding::message)
        .containsExactly(
            tuple("akta", "unknown property 'prima.standard.leadtime' (value '5 working days')"));
  }

  @Test
  void anInvalidStandardValueIsAnError() {
    BpmnModelInstance model = service();
    TestModels.mark(model, "akta", "prima.standard.fee", "lima puluh ribu");

    assertThat(validate(PLAIN, model).errors())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("prima.standard.fee: 'lima puluh ribu' is not a fee"));
  }

  @Test
  void aUserTaskWithoutCandidateGroupIsAWarning() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("akta").startEvent().userTask("verify").endEvent().done();
    TestModels.mark(model, "akta", "prima.standard.leadTime", "P14D");

    assertThat(validate(PLAIN, model).findings())
        .extracting(Finding::severity, Finding::elementId)
        .containsExactly(tuple(Severity.WARNING, "verify"));
  }

  @Test
  void aCandidateGroupTheTriangleDoesNotDeclareIsAnErrorOnlyWhenRolesAreDeclared() {
    BpmnModelInstance model = service();
    model
        .<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById("verify")
        .setCamundaCandidateGroups("loket");

    assertThat(validate(WITH_ROLES, model).errors())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.elementId()).isEqualTo("verify");
              assertThat(f.message())
                  .isEqualTo(
                      "candidate group 'loket' is not a frontline role of the service triangle");
              assertThat(f.fix()).contains("[counter-officer, section-head]");
            });
    assertThat(validate(PLAIN, model).errors()).isEmpty();
  }

  @Test
  void aTouchpointWithoutChannelOrLaneIsWarnedTwice() {
    BpmnModelInstance model = service();
    TestModels.mark(model, "end", "prima.touchpoint", "Certificate handed over");

    assertThat(validate(PLAIN, model).warnings())
        .extracting(Finding::elementId, Finding::message)
        .containsExactly(
            tuple("end", "touchpoint 'Certificate handed over' has no channel"),
            tuple("end", "touchpoint 'Certificate handed over' has no blueprint lane"));
  }

  @Test
  void aProcessWithoutStandardIsWarnedUnlessJavaDeclaresOne() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("ktp")
            .startEvent()
            .userTask("t")
            .camundaCandidateGroups("counter-officer")
            .endEvent()
            .done();

    assertThat(validate(PLAIN, model).warnings())
        .extracting(Finding::elementId, Finding::message)
        .containsExactly(
            tuple(
                "ktp",
                "the executable process has no service standard, so no lead time is watched"));
    ModelValidator withJava =
        ModelValidator.custom()
            .javaStandards(
                Map.of(
                    "ktp",
                    ServiceStandard.forService("ktp")
                        .leadTime(ServiceDuration.workingDays(14))
                        .build()))
            .build();
    assertThat(validate(withJava, model).findings()).isEmpty();
  }

  private static BpmnModelInstance serviceWithTimer(String duration) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("akta")
            .startEvent("start")
            .userTask("verify")
            .camundaCandidateGroups("counter-officer")
            .boundaryEvent("verifyOverdue")
            .timerWithDuration(duration)
            .endEvent("overdueEnd")
            .moveToActivity("verify")
            .endEvent("end")
            .done();
    TestModels.mark(model, "akta", "prima.standard.leadTime", "5 working days");
    return model;
  }

  @Test
  void aTimerThatWaitsLongerThanTheLeadTimeIsWarnedOf() {
    assertThat(validate(PLAIN, serviceWithTimer("P7D")).warnings())
        .extracting(Finding::elementId, Finding::message)
        .containsExactly(
            tuple(
                "verifyOverdue",
                "timer P7D waits longer than the service's lead time 5 working days: the case is"
                    + " past its lead time before the timer fires"));
    assertThat(validate(PLAIN, serviceWithTimer("P5D")).findings()).isEmpty();
    assertThat(validate(PLAIN, serviceWithTimer("${verifyDue}")).findings()).isEmpty();
  }

  @Test
  void aTouchpointTargetLongerThanTheLeadTimeIsAnError() {
    BpmnModelInstance model = service();
    TestModels.mark(model, "verify", "prima.target", "P6D");

    assertThat(validate(PLAIN, model).errors())
        .extracting(Finding::elementId, Finding::message)
        .containsExactly(
            tuple(
                "verify",
                "touchpoint target P6D is longer than the service's lead time 5 working days"));
  }

  @Test
  void anUnreadableFileIsAFindingNotAnException() {
    ValidationReport report = PLAIN.validate(Path.of("no", "such", "file.bpmn"));

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo("cannot read the file: no such file or directory"));
  }

  @Test
  void malformedXmlNamesTheProblemWithoutTheParsersPrefix() {
    ValidationReport report = validate("<?xml version=\"1.0\"?>\n<definitions>\n  <process>");

    assertThat(report.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).doesNotContain("ParseError", "Message:"));
  }

  @Test
  void aBinaryFileIsOneFindingAndNothingOnStandardError() {
    byte[] gzip = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03};
    java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.err;
    ValidationReport report;
    System.setErr(new java.io.PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      report = PLAIN.validate("archive.bpmn", gzip);
    } finally {
      System.setErr(original);
    }

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "not a text file: byte 2 (0x8B) is not valid UTF-8 (a binary file, such"
                            + " as a zip or an image?)"));
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aFileInTheEncodingItDeclaresIsRead() {
    byte[] latin1 =
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<html><p>Caf\u00e9</p></html>")
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(PLAIN.validate("page.bpmn", latin1).findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("not a BPMN 2.0 file"));
  }

  @Test
  void aDeploymentWithThreeDifferentProblemsReportsAllThreeAndDeploysNothing() {
    BpmnModelInstance model = service();
    TestModels.mark(model, "verify", "prima.chanel", "counter");
    model
        .<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById("verify")
        .setCamundaCandidateGroups("loket");
    TestModels.mark(model, "end", "prima.touchpoint", "Handed over");
    TestModels.mark(model, "end", "prima.target", "P30D");
    try (Prima prima =
        Prima.builder()
            .roles(
                FrontlineRole.of("counter-officer", "Counter officer"),
                FrontlineRole.of("section-head", "Section head"))
            .build()) {
      var repository = prima.processEngine().getRepositoryService();

      assertThatThrownBy(
              () ->
                  repository
                      .createDeployment()
                      .name("akta")
                      .addModelInstance("akta.bpmn", model)
                      .deploy())
          .isInstanceOf(ModelValidationException.class)
          .satisfies(
              e ->
                  assertThat(((ModelValidationException) e).report().errors())
                      .extracting(Finding::elementId, Finding::message)
                      .containsExactlyInAnyOrder(
                          tuple("verify", "unknown property 'prima.chanel' (value 'counter')"),
                          tuple(
                              "verify",
                              "candidate group 'loket' is not a frontline role of the service triangle"),
                          tuple(
                              "end",
                              "touchpoint target P30D is longer than the service's lead time 5 working days")));
      assertThat(repository.createDeploymentQuery().count()).isZero();
      assertThat(repository.createProcessDefinitionQuery().count()).isZero();
    }
  }

  @Test
  void aMomentTooLongToStoreIsRefusedAtDeploymentWithTheElementAndTheLimit() {
    BpmnModelInstance model = service();
    TestModels.mark(model, "verify", "prima.touchpoint", "m".repeat(10_000));
    model
        .<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById("verify")
        .setName("n".repeat(300));

    assertThat(validate(PLAIN, model).errors())
        .extracting(Finding::elementId, Finding::message)
        .containsExactlyInAnyOrder(
            tuple(
                "verify",
                "the element name is 300 characters long, but at most 255 can be stored: every"
                    + " instance would fail to start"),
            tuple(
                "verify",
                "prima.touchpoint (the moment of truth) is 10000 characters long, but at most 255"
                    + " can be stored: every instance would fail to start"));
    try (Prima prima = Prima.builder().build()) {
      assertThatThrownBy(
              () ->
                  prima
                      .processEngine()
                      .getRepositoryService()
                      .createDeployment()
                      .addModelInstance("akta.bpmn", model)
                      .deploy())
          .isInstanceOf(ModelValidationException.class)
          .hasMessageContaining("at most 255");
      assertThat(prima.processEngine().getRepositoryService().createDeploymentQuery().count())
          .isZero();
    }
  }

  @Test
  void nestingDeeperThanTheEngineCanParseIsAFindingNotAStackOverflow() {
    String clean = Bpmn.convertToString(service());
    int depth = 100_000;
    String nested =
        clean.replaceFirst(
            "(<[^>]*endEvent id=\"end\"[^>/]*>)",
            "$1<extensionElements>"
                + "<camunda:x xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\">".repeat(depth)
                + "</camunda:x>".repeat(depth)
                + "</extensionElements>");
    assertThat(nested).isNotEqualTo(clean);

    ValidationReport report = validate(nested);

    assertThat(report.errors())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).startsWith("elements are nested more than 500 deep");
              assertThat(f.message()).contains("at line");
            });
    try (Prima prima = Prima.builder().build()) {
      assertThatThrownBy(
              () ->
                  prima
                      .processEngine()
                      .getRepositoryService()
                      .createDeployment()
                      .addString("deep.bpmn", nested)
                      .deploy())
          .isInstanceOf(ModelValidationException.class)
          .hasMessageContaining("nested more than 500 deep");
    }
  }

  @Test
  void aHandWrittenModelWithThreeMistakesGetsAFindingForEachWithItsElement() {
    ValidationReport report =
        validate(
            "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\""
                + " targetNamespace=\"https://example.org\">"
                + "<process id=\"p\" isExecutable=\"true\">"
                + "<startEvent id=\"Start\"/>"
                + "<userTask id=\"Check\" name=\"Check the form\"/>"
                + "<serviceTask id=\"Issue\" name=\"Issue the letter\"/>"
                + "<sequenceFlow id=\"Flow_1\" sourceRef=\"Start\" targetRef=\"Check\"/>"
                + "<sequenceFlow id=\"Flow_2\" sourceRef=\"Check\" targetRef=\"Issue\"/>"
                + "<sequenceFlow id=\"Flow_3\" sourceRef=\"Issue\" targetRef=\"End_Nowhere\"/>"
                + "</process></definitions>");

    assertThat(report.findings())
        .extracting(Finding::elementId)
        .contains("Flow_3", "Check", "Issue");
    assertThat(report.errors())
        .extracting(Finding::elementId, Finding::message)
        .contains(
            tuple(
                "Flow_3",
                "the sequence flow leads to 'End_Nowhere', which is not an element of this model"),
            tuple(
                "Issue",
                "the serviceTask 'Issue the letter' does not say what runs it, so the engine refuses"
                    + " the model"));
    assertThat(report.warnings()).extracting(Finding::elementId).contains("Check");
  }
}
