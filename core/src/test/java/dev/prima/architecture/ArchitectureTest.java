package dev.prima.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks Prima's production classes against {@link PrimaArchitectureRules}. */
class ArchitectureTest {

  private static JavaClasses productionClasses;

  @BeforeAll
  static void importProductionClasses() {
    productionClasses =
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(PrimaArchitectureRules.ROOT_PACKAGE);
  }

  @Test
  void onlyTheEnginePackageUsesCamundaInternals() {
    assertNoViolation(PrimaArchitectureRules.CAMUNDA_INTERNALS_ONLY_IN_ENGINE);
  }

  @Test
  void featuresHaveNoPackageCycles() {
    assertNoViolation(PrimaArchitectureRules.NO_CYCLES_BETWEEN_FEATURES);
  }

  @Test
  void libraryCodeDoesNotWriteToStandardStreams() {
    assertNoViolation(PrimaArchitectureRules.NO_STANDARD_STREAMS);
  }

  @Test
  void publicApiExposesNoInternalTypes() {
    assertNoViolation(PrimaArchitectureRules.NO_INTERNAL_TYPES_IN_PUBLIC_API);
  }

  @Test
  void featuresUseOnlyTheirOwnInternals() {
    assertNoViolation(PrimaArchitectureRules.NO_FEATURE_USES_ANOTHER_FEATURES_INTERNALS);
  }

  /** Fails listing every violation, as ArchRule.check would. */
  private void assertNoViolation(com.tngtech.archunit.lang.ArchRule rule) {
    var result = rule.evaluate(productionClasses);
    org.assertj.core.api.Assertions.assertThat(result.getFailureReport().getDetails())
        .as(rule.getDescription())
        .isEmpty();
  }
}
