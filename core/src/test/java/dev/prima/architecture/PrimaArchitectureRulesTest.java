package dev.prima.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.prima.architecture.fixtures.camunda.engine.EngineAdapter;
import dev.prima.architecture.fixtures.camunda.journey.ReadsCamundaClock;
import dev.prima.architecture.fixtures.crossinternal.CompositionRoot;
import dev.prima.architecture.fixtures.crossinternal.journey.ReachesIntoVoice;
import dev.prima.architecture.fixtures.crossinternal.journey.UsesOwnInternals;
import dev.prima.architecture.fixtures.cycle.a.Alpha;
import dev.prima.architecture.fixtures.cycle.b.Beta;
import dev.prima.architecture.fixtures.signature.journey.LeakyJourney;
import dev.prima.architecture.fixtures.streams.PrintsToStdout;
import org.junit.jupiter.api.Test;

/**
 * Proves each rule in {@link PrimaArchitectureRules} can fail: every fixture package breaks one
 * rule on purpose, and the same rule code that guards production must report it.
 */
class PrimaArchitectureRulesTest {

  private static final String FIXTURES = "dev.prima.architecture.fixtures";

  @Test
  void camundaInternalsRuleReportsAFeatureOutsideTheEnginePackage() {
    // given
    String root = FIXTURES + ".camunda";

    // when
    EvaluationResult result =
        PrimaArchitectureRules.camundaInternalsOnlyInEngine(root).evaluate(importFixtures(root));

    // then
    assertThat(result.hasViolation()).isTrue();
    assertThat(report(result))
        .contains(ReadsCamundaClock.class.getName())
        .doesNotContain(EngineAdapter.class.getName());
  }

  @Test
  void cycleRuleReportsACycle() {
    String root = FIXTURES + ".cycle";

    EvaluationResult result =
        PrimaArchitectureRules.noCyclesBetweenFeatures(root).evaluate(importFixtures(root));

    assertThat(result.hasViolation()).isTrue();
    assertThat(report(result))
        .contains("Cycle detected")
        .contains(Alpha.class.getName())
        .contains(Beta.class.getName());
  }

  @Test
  void standardStreamsRuleReportsSystemOut() {
    String root = FIXTURES + ".streams";

    EvaluationResult result =
        PrimaArchitectureRules.NO_STANDARD_STREAMS.evaluate(importFixtures(root));

    assertThat(result.hasViolation()).isTrue();
    assertThat(report(result)).contains(PrintsToStdout.class.getName()).contains("System.out");
  }

  @Test
  void publicApiRuleReportsAMethodReturningAnInternalType() {
    String root = FIXTURES + ".signature";

    EvaluationResult result =
        PrimaArchitectureRules.noInternalTypesInPublicApi(root).evaluate(importFixtures(root));

    assertThat(result.hasViolation()).isTrue();
    assertThat(report(result))
        .contains(LeakyJourney.class.getName() + ".state()")
        .contains("exposes internal type " + root + ".journey.internal.JourneyState");
  }

  @Test
  void featureInternalsRuleReportsAFeatureUsingAnotherFeaturesInternals() {
    String root = FIXTURES + ".crossinternal";

    EvaluationResult result =
        PrimaArchitectureRules.noFeatureUsesAnotherFeaturesInternals(root)
            .evaluate(importFixtures(root));

    assertThat(result.hasViolation()).isTrue();
    assertThat(report(result))
        .contains(ReachesIntoVoice.class.getName())
        .doesNotContain(UsesOwnInternals.class.getName())
        .doesNotContain(CompositionRoot.class.getName());
  }

  private static JavaClasses importFixtures(String fixturePackage) {
    return new ClassFileImporter().importPackages(fixturePackage);
  }

  private static String report(EvaluationResult result) {
    return String.join(System.lineSeparator(), result.getFailureReport().getDetails());
  }
}
