package dev.belonging.verification;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT;
import static com.tngtech.archunit.core.domain.JavaModifier.FINAL;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.google.common.collect.ImmutableList;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/**
 * The architecture of belonging as executable rules. {@link ArchitectureTest} applies them to the
 * production classes; {@link ArchitectureRulesDetectViolationsTest} proves each one fails on a
 * deliberate violation in a test fixture.
 */
final class ArchitectureRules {
  private ArchitectureRules() {}

  /**
   * The core's feature packages, highest first. A package may depend on packages after it in this
   * list, never on one before it (../shared/ARCHITECTURE.md).
   */
  static final ImmutableList<String> CORE_LAYERS_TOP_DOWN = ImmutableList.of(
      "intervention", "fairness", "report", "disaggregation", "anonymity", "instrument",
      "workforce", "stats", "internal");

  static final String[] CORE_PACKAGES = CORE_LAYERS_TOP_DOWN.stream()
      .map(name -> "dev.belonging." + name + "..")
      .toArray(String[]::new);

  /** Modules that build on the core through its public API only. */
  static final String[] CLIENT_PACKAGES = {
      "dev.belonging.json..", "dev.belonging.testkit..", "dev.belonging.csv..",
      "dev.belonging.cli..", "dev.belonging.spark..", "dev.belonging.bench.."};

  static final ArchRule CORE_IS_PURE = noClasses()
      .that().resideInAnyPackage(CORE_PACKAGES)
      .should().dependOnClassesThat().resideInAnyPackage(
          "com.fasterxml.jackson..", "net.jqwik..", "org.junit..", "java.nio.file..",
          "java.net..", "java.sql..", "java.util.logging..")
      .orShould().dependOnClassesThat(
          resideInAPackage("java.io").and(not(JavaClass.Predicates.equivalentTo(java.io.Serializable.class))))
      .because("belonging-core is the pure domain: no JSON, no test frameworks and no I/O, so "
          + "it can be embedded anywhere and everything it computes is reproducible");

  static final ArchRule CLIENTS_USE_PUBLIC_API_ONLY = noClasses()
      .that().resideInAnyPackage(CLIENT_PACKAGES)
      .should().dependOnClassesThat().resideInAPackage("dev.belonging.internal..")
      .because("internal packages are not API; json, testkit and the tools must work with what a "
          + "user can call, or the wire format could bypass the domain's validation");

  static final ArchRule FEATURE_PACKAGES_ARE_ACYCLIC = slices()
      .assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          int layer = layerOf(javaClass.getPackageName());
          return layer < 0 ? SliceIdentifier.ignore()
              : SliceIdentifier.of(CORE_LAYERS_TOP_DOWN.get(layer));
        }

        @Override
        public String getDescription() {
          return "the core's feature packages";
        }
      })
      .should().beFreeOfCycles()
      .because("the core's feature packages form an acyclic graph (ARCHITECTURE.md)");

  static final ArchRule FEATURE_PACKAGES_POINT_DOWN = classes()
      .that().resideInAnyPackage(CORE_PACKAGES)
      .should(dependOnlyOnLowerOrSameLayers())
      .because("dependencies between the core's feature packages point down: intervention, "
          + "fairness, report, disaggregation, anonymity, instrument, workforce, stats");

  static final ArchRule GENERATED_VALUES_ARE_HIDDEN = noClasses()
      .that().haveSimpleNameStartingWith("Immutable")
      .and().resideInAPackage("dev.belonging..")
      .should().bePublic()
      .because("generated Immutables classes are an implementation detail; users see the "
          + "abstract value type, its factories and its builder");

  static final ArchRule PUBLIC_CLASSES_ARE_FINAL_OR_ABSTRACT = classes()
      .that().arePublic()
      .and().resideInAPackage("dev.belonging..")
      .and().areNotInterfaces().and().areNotEnums().and().areNotRecords()
      .and().areNotAnnotations()
      .should().haveModifier(FINAL).orShould().haveModifier(ABSTRACT)
      .because("a public class that is neither final nor abstract invites subclasses that the "
          + "library never designed for");

  static final ArchRule NO_GENERIC_EXCEPTIONS = noClasses()
      .that().resideInAPackage("dev.belonging..")
      .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
      .because("callers handle IllegalArgumentException, NullPointerException, "
          + "IllegalStateException or a documented exception type, never a bare Exception");

  static final ArchRule NO_STANDARD_STREAMS_IN_LIBRARIES = noClasses()
      .that().resideInAPackage("dev.belonging..")
      .and(are(not(resideInAPackage("dev.belonging.cli.."))))
      .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
      .because("a library must not print: output, if any, is the caller's decision (only the "
          + "command-line tool writes to the terminal)");

  static final List<ArchRule> ALL = ImmutableList.of(
      CORE_IS_PURE, CLIENTS_USE_PUBLIC_API_ONLY, FEATURE_PACKAGES_ARE_ACYCLIC,
      FEATURE_PACKAGES_POINT_DOWN, GENERATED_VALUES_ARE_HIDDEN,
      PUBLIC_CLASSES_ARE_FINAL_OR_ABSTRACT, NO_GENERIC_EXCEPTIONS,
      NO_STANDARD_STREAMS_IN_LIBRARIES);

  static int layerOf(String packageName) {
    for (int i = 0; i < CORE_LAYERS_TOP_DOWN.size(); i++) {
      String root = "dev.belonging." + CORE_LAYERS_TOP_DOWN.get(i);
      if (packageName.equals(root) || packageName.startsWith(root + ".")) {
        return i;
      }
    }
    return -1;
  }

  private static ArchCondition<JavaClass> dependOnlyOnLowerOrSameLayers() {
    return new ArchCondition<>("depend only on the same or lower feature packages") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        int own = layerOf(item.getPackageName());
        item.getDirectDependenciesFromSelf().forEach(dependency -> {
          int target = layerOf(dependency.getTargetClass().getPackageName());
          if (target >= 0 && target < own) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        });
      }
    };
  }
}
