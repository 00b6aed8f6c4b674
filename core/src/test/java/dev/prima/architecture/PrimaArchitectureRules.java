package dev.prima.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Prima's boundaries (STYLE.md points 1-3 and 15) as ArchUnit rules.
 *
 * <p>Rules that name packages are built by factories taking the root package, so the fixture tests
 * check the same rule code against small deliberately broken class sets.
 */
final class PrimaArchitectureRules {

  static final String ROOT_PACKAGE = "dev.prima";

  static final String CAMUNDA_INTERNALS = "org.camunda.bpm.engine.impl..";

  /** Only the engine adapter package touches Camunda's {@code impl} API. */
  static final ArchRule CAMUNDA_INTERNALS_ONLY_IN_ENGINE =
      camundaInternalsOnlyInEngine(ROOT_PACKAGE);

  /** The feature slices below the root package depend on each other without cycles. */
  static final ArchRule NO_CYCLES_BETWEEN_FEATURES = noCyclesBetweenFeatures(ROOT_PACKAGE);

  /** Library code logs; it never writes to {@code System.out}/{@code System.err}. */
  static final ArchRule NO_STANDARD_STREAMS =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  /** No public API member mentions a type from an {@code internal} package. */
  static final ArchRule NO_INTERNAL_TYPES_IN_PUBLIC_API = noInternalTypesInPublicApi(ROOT_PACKAGE);

  /** A feature uses its own {@code internal} packages only; the root package may use any. */
  static final ArchRule NO_FEATURE_USES_ANOTHER_FEATURES_INTERNALS =
      noFeatureUsesAnotherFeaturesInternals(ROOT_PACKAGE);

  private PrimaArchitectureRules() {}

  static ArchRule camundaInternalsOnlyInEngine(String rootPackage) {
    return noClasses()
        .that()
        .resideInAPackage(rootPackage + "..")
        .and()
        .resideOutsideOfPackage(rootPackage + ".engine..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(CAMUNDA_INTERNALS)
        .because(
            "Camunda's impl API is internal and changes between versions; all uses sit in the"
                + " one adapter package "
                + rootPackage
                + ".engine");
  }

  static ArchRule noCyclesBetweenFeatures(String rootPackage) {
    return slices()
        .matching(rootPackage + ".(*)..")
        .namingSlices("feature '$1'")
        .should()
        .beFreeOfCycles()
        .because(
            "features must be understandable and testable one at a time; the root package "
                + rootPackage
                + " is the composition root and not a feature");
  }

  static ArchRule noInternalTypesInPublicApi(String rootPackage) {
    return members()
        .that(arePublicApiOutsideInternalPackagesOf(rootPackage))
        .should(notMentionTypesInInternalPackagesOf(rootPackage))
        .because("users must be able to use the API without reaching into internal packages");
  }

  static ArchRule noFeatureUsesAnotherFeaturesInternals(String rootPackage) {
    return classes()
        .that()
        .resideInAPackage(rootPackage + ".*..")
        .should(notDependOnInternalsOfAnotherFeature(rootPackage))
        .because(
            "a feature's internal package is its implementation; only the feature itself and the"
                + " composition root "
                + rootPackage
                + " may use it");
  }

  private static DescribedPredicate<JavaMember> arePublicApiOutsideInternalPackagesOf(
      String rootPackage) {
    return DescribedPredicate.describe(
        "are public or protected members of public classes outside the internal packages of "
            + rootPackage,
        member -> {
          JavaClass owner = member.getOwner();
          Set<JavaModifier> modifiers = member.getModifiers();
          return owner.getModifiers().contains(JavaModifier.PUBLIC)
              && !isInternal(owner, rootPackage)
              && (modifiers.contains(JavaModifier.PUBLIC)
                  || modifiers.contains(JavaModifier.PROTECTED));
        });
  }

  private static ArchCondition<JavaMember> notMentionTypesInInternalPackagesOf(String rootPackage) {
    return new ArchCondition<>(
        "not mention types of the internal packages of " + rootPackage + " in their signature") {
      @Override
      public void check(JavaMember member, ConditionEvents events) {
        for (JavaClass type : signatureTypes(member)) {
          if (isInternal(type, rootPackage)) {
            String message = member.getDescription() + " exposes internal type " + type.getName();
            events.add(SimpleConditionEvent.violated(member, message));
          }
        }
      }
    };
  }

  /** Return, parameter, thrown and field types, including generic type arguments. */
  private static Set<JavaClass> signatureTypes(JavaMember member) {
    Set<JavaClass> types = new LinkedHashSet<>();
    if (member instanceof JavaField field) {
      types.addAll(field.getType().getAllInvolvedRawTypes());
    } else if (member instanceof JavaCodeUnit codeUnit) {
      types.addAll(codeUnit.getReturnType().getAllInvolvedRawTypes());
      for (JavaType parameterType : codeUnit.getParameterTypes()) {
        types.addAll(parameterType.getAllInvolvedRawTypes());
      }
      types.addAll(codeUnit.getThrowsClause().getTypes());
    }
    return types;
  }

  private static ArchCondition<JavaClass> notDependOnInternalsOfAnotherFeature(String rootPackage) {
    return new ArchCondition<>("not depend on the internal packages of another feature") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> originFeature = featureOf(origin, rootPackage);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          Optional<String> targetFeature = featureOf(target, rootPackage);
          if (isInternal(target, rootPackage)
              && targetFeature.isPresent()
              && !targetFeature.equals(originFeature)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /**
   * {@code journey} for {@code <root>.journey.internal.X}; empty for the root package and the
   * root's own {@code <root>.internal}, which belong to the composition root, not to a feature.
   */
  private static Optional<String> featureOf(JavaClass javaClass, String rootPackage) {
    String packageName = javaClass.getPackageName();
    if (!packageName.startsWith(rootPackage + ".")) {
      return Optional.empty();
    }
    String rest = packageName.substring(rootPackage.length() + 1);
    int dot = rest.indexOf('.');
    String feature = dot < 0 ? rest : rest.substring(0, dot);
    return feature.equals("internal") ? Optional.empty() : Optional.of(feature);
  }

  /** True for classes in any package below the root with an {@code internal} segment. */
  private static boolean isInternal(JavaClass javaClass, String rootPackage) {
    String packageName = javaClass.getBaseComponentType().getPackageName();
    return packageName.startsWith(rootPackage + ".")
        && ("." + packageName.substring(rootPackage.length()) + ".").contains(".internal.");
  }
}
