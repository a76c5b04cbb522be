package dev.belonging.verification;

import static com.google.common.truth.Truth.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.belonging.intervention.archfixture.HigherLayer;
import dev.belonging.json.archfixture.UsesInternal;
import dev.belonging.stats.archfixture.BreaksEveryRule;
import dev.belonging.stats.archfixture.ImmutablePublicValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that each architecture rule can fail: the fixtures in {@code *.archfixture} packages
 * (test sources only, never production) break every rule on purpose.
 */
class ArchitectureRulesDetectViolationsTest {
  private static JavaClasses fixtures;

  @BeforeAll
  static void importFixtures() {
    fixtures = new ClassFileImporter().importClasses(
        BreaksEveryRule.class, HigherLayer.class, UsesInternal.class,
        ImmutablePublicValue.class);
  }

  private static void assertViolatedBy(ArchRule rule, Class<?> culprit) {
    EvaluationResult result = rule.evaluate(fixtures);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains(culprit.getSimpleName());
  }

  @Test
  void corePurity_jacksonOrFileUse_fails() {
    assertViolatedBy(ArchitectureRules.CORE_IS_PURE, BreaksEveryRule.class);
  }

  @Test
  void publicApiOnly_internalUse_fails() {
    assertViolatedBy(ArchitectureRules.CLIENTS_USE_PUBLIC_API_ONLY, UsesInternal.class);
  }

  @Test
  void acyclic_cycleBetweenFeatures_fails() {
    assertViolatedBy(ArchitectureRules.FEATURE_PACKAGES_ARE_ACYCLIC, HigherLayer.class);
  }

  @Test
  void pointDown_lowerLayerUsingHigher_fails() {
    assertViolatedBy(ArchitectureRules.FEATURE_PACKAGES_POINT_DOWN, BreaksEveryRule.class);
  }

  @Test
  void generatedHidden_publicImmutable_fails() {
    assertViolatedBy(ArchitectureRules.GENERATED_VALUES_ARE_HIDDEN, ImmutablePublicValue.class);
  }

  @Test
  void finalOrAbstract_openPublicClass_fails() {
    assertViolatedBy(ArchitectureRules.PUBLIC_CLASSES_ARE_FINAL_OR_ABSTRACT, BreaksEveryRule.class);
  }

  @Test
  void genericExceptions_throwRuntimeException_fails() {
    assertViolatedBy(ArchitectureRules.NO_GENERIC_EXCEPTIONS, BreaksEveryRule.class);
  }

  @Test
  void standardStreams_systemOut_fails() {
    assertViolatedBy(ArchitectureRules.NO_STANDARD_STREAMS_IN_LIBRARIES, BreaksEveryRule.class);
  }

  @Test
  void layerOf_knowsEveryFeaturePackage() {
    assertThat(ArchitectureRules.layerOf("dev.belonging.intervention")).isEqualTo(0);
    assertThat(ArchitectureRules.layerOf("dev.belonging.stats.sub")).isEqualTo(7);
    assertThat(ArchitectureRules.layerOf("dev.belonging.statsx")).isEqualTo(-1);
    assertThat(ArchitectureRules.layerOf("dev.belonging.json")).isEqualTo(-1);
  }
}
