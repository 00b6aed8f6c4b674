package dev.prima.touchpoint;

import static dev.prima.TestModels.mark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.Prima;
import dev.prima.system.ModelValidationException;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class DeclarationValidationTest {

  private static BpmnModelInstance service() {
    return Bpmn.createExecutableProcess("akta")
        .startEvent("start")
        .userTask("verify")
        .endEvent("end")
        .done();
  }

  @Test
  void rejectsAWholeDeploymentListingEveryBadPropertyWithResourceElementValueAndChoices() {
    BpmnModelInstance bad = service();
    mark(bad, "verify", "prima.touchpoint", "Documents checked", "prima.chanel", "counter");
    mark(bad, "start", "prima.touchpoint", "Applied", "prima.channel", "fax");
    mark(
        bad,
        "end",
        "prima.touchpoint",
        "Done",
        "prima.lane",
        "BACKOFFICE",
        "prima.target",
        "a quarter hour");
    BpmnModelInstance good = service();
    try (Prima prima = Prima.inMemory()) {
      RepositoryService repository = prima.processEngine().getRepositoryService();

      assertThatThrownBy(
              () ->
                  repository
                      .createDeployment()
                      .name("birth-certificates")
                      .addModelInstance("akta.bpmn", bad)
                      .addModelInstance("other.bpmn", good)
                      .deploy())
          .isInstanceOf(ModelValidationException.class)
          .hasMessageContaining("Deployment 'birth-certificates' rejected, nothing was deployed")
          .hasMessageContaining(
              "ERROR akta.bpmn, element 'verify': unknown property 'prima.chanel' (value"
                  + " 'counter'). Fix: use one of prima.touchpoint, prima.channel, prima.lane,"
                  + " prima.kind, prima.target on this element")
          .hasMessageContaining(
              "ERROR akta.bpmn, element 'start': prima.channel: 'fax' is not a channel; valid:"
                  + " counter, online, phone, mail, email, sms, chat, mobile-app, kiosk, home-visit")
          .hasMessageContaining(
              "element 'end': prima.lane: 'BACKOFFICE' is not a blueprint lane; valid: EVIDENCE,"
                  + " CUSTOMER, FRONTSTAGE, BACKSTAGE, SUPPORT")
          .hasMessageContaining("'a quarter hour' is not a calendar duration")
          .satisfies(
              e ->
                  assertThat(((ModelValidationException) e).report().errors())
                      .hasSize(4)
                      .allSatisfy(f -> assertThat(f.resource()).isEqualTo("akta.bpmn")));

      assertThat(repository.createDeploymentQuery().count()).isZero();
      assertThat(repository.createProcessDefinitionQuery().count()).isZero();
    }
  }

  @Test
  void acceptsLenientSpellingOfChannelsLanesAndKinds() {
    var reading =
        TouchpointDeclaration.read(
            "userTask",
            Map.of(
                "prima.touchpoint", " Home visit by the social worker ",
                "prima.channel", "Home Visit",
                "prima.lane", "frontstage",
                "prima.kind", "CONTACT",
                "prima.target", "P2D"));

    assertThat(reading.problems()).isEmpty();
    assertThat(reading.declaration())
        .hasValue(
            new TouchpointDeclaration(
                "Home visit by the social worker",
                Channel.HOME_VISIT,
                Lane.FRONTSTAGE,
                TouchpointKind.CONTACT,
                java.time.Duration.ofDays(2)));
  }

  @Test
  void aTouchpointPropertyWithoutAMomentNameIsAProblem() {
    var reading = TouchpointDeclaration.read("userTask", Map.of("prima.channel", "counter"));

    assertThat(reading.declaration()).isEmpty();
    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("needs a moment-of-truth name"));
  }

  @Test
  void nonPositiveTargetIsAProblem() {
    var reading =
        TouchpointDeclaration.read(
            "userTask", Map.of("prima.touchpoint", "x", "prima.target", "PT0S"));

    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("target must be positive, but was PT0S"));
  }

  @Test
  void elementsWithoutPrimaPropertiesAreNoTouchpoints() {
    var reading = TouchpointDeclaration.read("userTask", Map.of("other", "x"));

    assertThat(reading.declaration()).isEmpty();
    assertThat(reading.problems()).isEmpty();
  }
}
