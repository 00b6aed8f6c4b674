package dev.prima.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.journey.Journeys;
import dev.prima.touchpoint.TouchpointJournal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fields (own, inherited, static) and parameters get the engine's objects. */
@PrimaTest
class InjectionTest extends InjectionBase {

  static Prima staticPrima;
  static Prima seenInBeforeAll;

  Prima prima;
  ProcessEngine engine;
  private RuntimeService runtime;
  TaskService tasks;
  RepositoryService repository;
  HistoryService history;
  ManagementService management;
  IdentityService identity;
  TouchpointJournal journal;
  Journeys journeys;
  TestClock clock;
  ServiceScenario scenario;
  final String untouched = "kept";

  @BeforeAll
  static void staticFieldsAndParametersAreReadyBeforeAll(Prima prima) {
    seenInBeforeAll = staticPrima;
    assertThat(prima).isSameAs(staticPrima);
  }

  @Test
  void fieldsHoldTheEngineAndItsServices() {
    assertThat(engine).isSameAs(prima.processEngine());
    assertThat(runtime).isSameAs(engine.getRuntimeService());
    assertThat(tasks).isSameAs(engine.getTaskService());
    assertThat(repository).isSameAs(engine.getRepositoryService());
    assertThat(history).isSameAs(engine.getHistoryService());
    assertThat(management).isSameAs(engine.getManagementService());
    assertThat(identity).isSameAs(engine.getIdentityService());
    assertThat(journal).isSameAs(prima.touchpoints());
    assertThat(journeys).isSameAs(prima.journeys());
    assertThat(clock).isSameAs(prima.clock());
    assertThat(scenario).isNotNull();
    assertThat(untouched).isEqualTo("kept");
  }

  @Test
  void superclassAndStaticFieldsAreFilled() {
    assertThat(inheritedPrima).isSameAs(prima);
    assertThat(inheritedRuntime).isSameAs(prima.processEngine().getRuntimeService());
    assertThat(staticPrima).isSameAs(prima);
    assertThat(seenInBeforeAll).isSameAs(prima);
  }

  @Test
  void parametersGetTheSameObjects(
      Prima prima,
      ProcessEngine engine,
      TaskService tasks,
      TouchpointJournal journal,
      Journeys journeys,
      TestClock clock,
      CoverageReport coverage) {
    assertThat(prima).isSameAs(this.prima);
    assertThat(engine).isSameAs(this.engine);
    assertThat(tasks).isSameAs(this.tasks);
    assertThat(journal).isSameAs(this.journal);
    assertThat(journeys).isSameAs(this.journeys);
    assertThat(clock).isSameAs(this.clock);
    assertThat(coverage.name()).isEqualTo(InjectionTest.class.getName());
  }

  @Test
  void theEngineIsAnInMemoryPrimaWithFullHistory() {
    assertThat(prima.name()).startsWith("prima-test-InjectionTest-");
    assertThat(engine.getProcessEngineConfiguration().getHistory()).isEqualTo("full");
    assertThat(engine.getProcessEngineConfiguration().isJobExecutorActivate()).isFalse();
  }

  @Nested
  class ANestedClass {
    Prima nestedPrima;

    @Test
    void sharesTheEnclosingClassesEngine(Prima parameter) {
      assertThat(nestedPrima).isSameAs(prima).isSameAs(parameter);
    }
  }

  // ---- engines across classes, run as fixtures

  static final Map<String, Prima> seen = new ConcurrentHashMap<>();
  static final List<Long> deploymentsSeen = new CopyOnWriteArrayList<>();

  @Test
  void aSharedEngineServesSeveralClassesAndIsCleanForEach() {
    seen.clear();
    deploymentsSeen.clear();

    Fixtures.Result result =
        Fixtures.run(SharedOne.class, SharedTwo.class, PerClassOne.class, PerClassTwo.class);

    assertThat(result.failures()).isEmpty();
    assertThat(seen).hasSize(4);
    assertThat(seen.get("SharedOne")).isSameAs(seen.get("SharedTwo"));
    assertThat(seen.get("PerClassOne"))
        .isNotSameAs(seen.get("PerClassTwo"))
        .isNotSameAs(seen.get("SharedOne"));
    assertThat(seen.get("PerClassTwo")).isNotSameAs(seen.get("SharedOne"));
    assertThat(deploymentsSeen).containsOnly(1L);
  }

  @Test
  void theBuilderAndTheAnnotationTogetherAreRefused() {
    Fixtures.Result result = Fixtures.run(BothWays.class);

    assertThat(result.failures())
        .singleElement()
        .satisfies(
            failure ->
                assertThat(failure.error())
                    .hasMessageContaining("has both @PrimaTest and a PrimaExtension"));
  }

  @Test
  void theBuilderRefusesWhatCannotWork() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PrimaExtension.builder().history(dev.prima.History.NONE))
        .hasMessageContaining("process coverage reads the flow nodes reached");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PrimaExtension.builder().minimumCoverage(90))
        .hasMessageContaining("such as 0.9 for 90%, but was 90.0");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                PrimaExtension.builder()
                    .engine(Scope.SHARED)
                    .configure(builder -> builder.discoverListeners(false))
                    .build())
        .hasMessageContaining("A shared engine cannot be configured per class");
  }

  @AfterAll
  static void theClassCoverageCanBeReadAfterAll(CoverageReport coverage) {
    assertThat(coverage.processes()).isEmpty();
  }

  abstract static class SharedFixture {
    @Test
    void seesOnlyItsOwnDeployment(Prima prima, RepositoryService repository) {
      seen.put(getClass().getSimpleName(), prima);
      deploymentsSeen.add(repository.createDeploymentQuery().count());
    }
  }

  @PrimaTest(engine = Scope.SHARED)
  @Deploy("certificate-with-deadline.bpmn")
  @EnabledIfSystemProperty(named = Fixtures.PROPERTY, matches = "on")
  static class SharedOne extends SharedFixture {}

  @PrimaTest(engine = Scope.SHARED)
  @Deploy("certificate-application.bpmn")
  @EnabledIfSystemProperty(named = Fixtures.PROPERTY, matches = "on")
  static class SharedTwo extends SharedFixture {}

  @ExtendWith(PrimaExtension.class)
  @Deploy("certificate-with-deadline.bpmn")
  @EnabledIfSystemProperty(named = Fixtures.PROPERTY, matches = "on")
  static class PerClassOne extends SharedFixture {}

  @EnabledIfSystemProperty(named = Fixtures.PROPERTY, matches = "on")
  @Deploy("certificate-with-deadline.bpmn")
  static class PerClassTwo extends SharedFixture {
    @RegisterExtension
    static final PrimaExtension extension =
        PrimaExtension.builder().configure(builder -> builder.discoverListeners(false)).build();
  }

  @PrimaTest
  @EnabledIfSystemProperty(named = Fixtures.PROPERTY, matches = "on")
  static class BothWays {
    @RegisterExtension static final PrimaExtension extension = PrimaExtension.builder().build();

    @Test
    void nothing() {}
  }
}
