package dev.prima.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** prima-testing keeps Camunda's internals in its internal package, as core does (STYLE 3). */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludeTests())
          .importPackages("dev.prima.testing");

  @Test
  void onlyTheInternalPackageUsesCamundaInternals() {
    assertNoViolation(
        noClasses()
            .that()
            .resideInAPackage("dev.prima.testing")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda.bpm.engine.impl.."));
  }

  @Test
  void libraryCodeDoesNotWriteToStandardStreams() {
    assertNoViolation(
        com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS);
  }

  /** Fails listing every violation, as ArchRule.check would. */
  private static void assertNoViolation(com.tngtech.archunit.lang.ArchRule rule) {
    org.assertj.core.api.Assertions.assertThat(
            rule.evaluate(CLASSES).getFailureReport().getDetails())
        .as(rule.getDescription())
        .isEmpty();
  }
}
