package dev.prima.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.journey.Moment;
import dev.prima.journey.ServiceCycle;
import dev.prima.testing.TestClock;
import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointKind;
import dev.prima.voice.ComplaintRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report's period read: which cases it shows and counts, with their whole histories. */
class ReportDataTest {

  private static final Instant PERIOD = Instant.parse("2026-06-01T00:00:00Z");
  private static final Instant PERIOD_END = PERIOD.plus(Duration.ofDays(7));

  private final TestClock clock = TestClock.startingAt(PERIOD.minus(Duration.ofHours(1)));
  private Prima prima;
  private ProcessEngine engine;

  @BeforeEach
  void deploy() {
    prima = Prima.builder().clock(clock).build();
    engine = prima.processEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("permit.bpmn", permit())
        .addModelInstance("inspection.bpmn", inspection())
        .deploy();
  }

  @AfterEach
  void close() {
    prima.close();
  }

  @Test
  void showsThePeriodsCasesWithCalledStepsAndSetsVoiceAside() {
    // given: EARLY begins before the period and is signed in it; CALL and VOICE begin in it, each
    // calling the inspection; a complaint is lodged about VOICE, the slower of the two
    engine.getRuntimeService().startProcessInstanceByKey("permit", "EARLY");
    clock.advance(Duration.ofHours(2));
    complete("EARLY", "serve", Duration.ZERO);
    complete("EARLY", "check", Duration.ZERO);
    complete("EARLY", "sign", Duration.ZERO);
    clock.advance(Duration.ofHours(1));
    engine.getRuntimeService().startProcessInstanceByKey("permit", "CALL");
    complete("CALL", "serve", Duration.ofMinutes(10));
    complete("CALL", "check", Duration.ofMinutes(10));
    complete("CALL", "sign", Duration.ofMinutes(10));
    clock.advance(Duration.ofHours(1));
    engine.getRuntimeService().startProcessInstanceByKey("permit", "VOICE");
    complete("VOICE", "serve", Duration.ofMinutes(50));
    prima
        .voice()
        .lodgeComplaint(
            ComplaintRequest.aboutCase("VOICE")
                .anonymous()
                .channel(Channel.ONLINE)
                .text("The counter was closed at noon")
                .build());
    complete("VOICE", "check", Duration.ofMinutes(5));
    complete("VOICE", "sign", Duration.ofMinutes(5));

    // when
    ReportData data =
        ReportData.collect(
            prima, "permit", PERIOD, PERIOD_END, ZoneOffset.UTC, null, Locale.ENGLISH);

    // then: EARLY is left out of the cycles and of participation, though signed in the period
    assertThat(data.profile().cases()).isEqualTo(2);
    assertThat(data.participation().cases()).isEqualTo(2);
    // the called inspection's step belongs to the case's path; the complaint does not
    assertThat(data.profile().mostCommonPath().elementIds())
        .containsExactly("apply", "serve", "check", "sign");
    assertThat(data.profile().mostCommonPath().cases()).isEqualTo(2);
    ServiceCycle chosen = data.chosenCase();
    assertThat(chosen.caseId()).isEqualTo("VOICE");
    assertThat(chosen.leadTime()).isEqualTo(Duration.ofMinutes(60));
    assertThat(data.chosenReason()).isEqualTo("report.cycle.reason.slowest");
    // the period's cases are read without waits; the case shown is read again with them: its
    // officer took "serve" only when completing it, so the step was all wait
    Moment serve =
        chosen.moments().stream()
            .filter(m -> m.touchpoint().elementId().equals("serve"))
            .findFirst()
            .orElseThrow();
    assertThat(serve.touchpoint().served()).isEqualTo(serve.touchpoint().end());
    assertThat(serve.timeIn()).isEqualTo(Duration.ZERO);
    assertThat(data.chosenAside())
        .extracting(Touchpoint::kind)
        .containsExactly(TouchpointKind.VOICE);
    assertThat(data.participation().exitRates())
        .extracting(rate -> rate.elementId())
        .containsExactly("apply", "serve", "sign");
  }

  /** Completes the case's open task of {@code element} after {@code after}. */
  private void complete(String caseId, String element, Duration after) {
    clock.advance(after);
    String root =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .singleResult()
            .getId();
    Task task =
        engine.getTaskService().createTaskQuery().taskDefinitionKey(element).list().stream()
            .filter(t -> belongsTo(t, root))
            .findFirst()
            .orElseThrow();
    engine.getTaskService().setAssignee(task.getId(), "siti");
    engine.getTaskService().complete(task.getId());
  }

  private boolean belongsTo(Task task, String root) {
    String instance = task.getProcessInstanceId();
    if (instance.equals(root)) {
      return true;
    }
    return engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(instance)
            .superProcessInstanceId(root)
            .count()
        == 1;
  }

  private static BpmnModelInstance permit() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("permit")
            .startEvent("apply")
            .userTask("serve")
            .camundaCandidateGroups("counter-officer")
            .callActivity("inspect")
            .calledElement("inspection")
            .userTask("sign")
            .camundaCandidateGroups("section-head")
            .endEvent("done")
            .done();
    touchpoint(model, "apply", "Applied", "online", "CUSTOMER");
    touchpoint(model, "serve", "Served at the counter", "counter", "FRONTSTAGE");
    touchpoint(model, "sign", "Signed", "online", "BACKSTAGE");
    return model;
  }

  private static BpmnModelInstance inspection() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("inspection")
            .startEvent("inspectionStart")
            .userTask("check")
            .camundaCandidateGroups("inspector")
            .endEvent("inspected")
            .done();
    touchpoint(model, "check", "Site checked", "counter", "BACKSTAGE");
    return model;
  }

  private static void touchpoint(
      BpmnModelInstance model, String elementId, String moment, String channel, String lane) {
    BaseElement element = model.getModelElementById(elementId);
    ExtensionElements extensions = model.newInstance(ExtensionElements.class);
    element.setExtensionElements(extensions);
    CamundaProperties properties = extensions.addExtensionElement(CamundaProperties.class);
    String[] nameValues = {
      "prima.touchpoint", moment, "prima.channel", channel, "prima.lane", lane
    };
    for (int i = 0; i < nameValues.length; i += 2) {
      CamundaProperty property = model.newInstance(CamundaProperty.class);
      property.setCamundaName(nameValues[i]);
      property.setCamundaValue(nameValues[i + 1]);
      properties.addChildElement(property);
    }
  }
}
