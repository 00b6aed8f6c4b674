package dev.prima.testing;

import static dev.prima.testing.CertificateApplication.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * camunda-bpm-assert's {@code BpmnAwareTests} work in every Prima test class of a run without a
 * call of {@code init}: the extension hands them the class's engine and takes it back after.
 */
class CamundaAssertTest {

  static final List<ProcessEngine> engines = new CopyOnWriteArrayList<>();

  /** What a user writes: camunda-bpm-assert's static API, no init, no engine rule. */
  static void applicationWaitsForTheCounterOfficer(ProcessEngine injected) {
    engines.add(injected);
    assertThat(AbstractAssertions.processEngine()).isSameAs(injected);

    ProcessInstance application =
        runtimeService()
            .startProcessInstanceByKey(PROCESS_KEY, "SKT-1", Map.of(VAR_CITIZEN_USER_ID, "dewi"));

    BpmnAwareTests.assertThat(application).isWaitingAt(VERIFY_DOCUMENTS);
    complete(task(), withVariables(VAR_DOCUMENTS_COMPLETE, true));
    BpmnAwareTests.assertThat(application)
        .hasPassed(VERIFY_DOCUMENTS)
        .isWaitingAt(APPROVE_CERTIFICATE);
  }

  @PrimaTest
  @Deploy(RESOURCE)
  @EnabledIfSystemProperty(named = Fixtures.PROPERTY, matches = "on")
  static class FirstClass {
    ProcessEngine engine;

    @Test
    void assertsWithoutInit() {
      applicationWaitsForTheCounterOfficer(engine);
    }
  }

  @PrimaTest
  @Deploy(RESOURCE)
  @EnabledIfSystemProperty(named = Fixtures.PROPERTY, matches = "on")
  static class SecondClass {
    ProcessEngine engine;

    @Test
    void assertsWithoutInitAfterTheFirstEngineIsClosed() {
      applicationWaitsForTheCounterOfficer(engine);
    }
  }

  @Test
  void secondClassInTheSameJvmGetsItsOwnEngineNotTheFirstClosedOne() {
    engines.clear();

    Fixtures.Result result = Fixtures.run(FirstClass.class, SecondClass.class);

    assertThat(result.failures()).isEmpty();
    assertThat(result.succeeded())
        .containsExactly("assertsWithoutInit()", "assertsWithoutInitAfterTheFirstEngineIsClosed()");
    assertThat(engines).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void afterTheClassesCamundaAssertHoldsNoneOfTheirEngines() {
    engines.clear();
    Fixtures.Result result = Fixtures.run(FirstClass.class);
    assertThat(result.failures()).isEmpty();
    assertThat(engines).hasSize(1);

    ProcessEngine after;
    try {
      after = AbstractAssertions.processEngine();
    } catch (IllegalStateException noEngineRegistered) {
      after = null;
    }

    assertThat(after).isNotIn(engines);
  }
}
