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
    PrimaArchitectureRules.CAMUNDA_INTERNALS_ONLY_IN_ENGINE.check(productionClasses);
  }

  @Test
  void featuresHaveNoPackageCycles() {
    PrimaArchitectureRules.NO_CYCLES_BETWEEN_FEATURES.check(productionClasses);
  }

  @Test
  void libraryCodeDoesNotWriteToStandardStreams() {
    PrimaArchitectureRules.NO_STANDARD_STREAMS.check(productionClasses);
  }

  @Test
  void publicApiExposesNoInternalTypes() {
    PrimaArchitectureRules.NO_INTERNAL_TYPES_IN_PUBLIC_API.check(productionClasses);
  }

  @Test
  void featuresUseOnlyTheirOwnInternals() {
    PrimaArchitectureRules.NO_FEATURE_USES_ANOTHER_FEATURES_INTERNALS.check(productionClasses);
  }
}
