package dev.belonging.verification;

import static com.google.common.truth.Truth.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Applies {@link ArchitectureRules} to every production class of belonging. */
class ArchitectureTest {
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    // Reactor modules arrive as directories or jars depending on the phase; both are imported.
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.belonging");
  }

  /** The guard: a rule over an empty class set would pass vacuously. */
  @Test
  void importedClasses_coverTheCore() {
    assertThat(production.size()).isGreaterThan(0);
    assertThat(production.stream().map(JavaClass::getPackageName))
        .contains("dev.belonging.workforce");
    assertThat(production.containPackage("dev.belonging.verification")).isFalse();
  }

  /** The guard for client modules: the rules must see belonging-csv's classes too. */
  @Test
  void importedClasses_includeTheCsvModule() {
    assertThat(production.stream().map(JavaClass::getPackageName))
        .contains("dev.belonging.csv");
  }

  /** The guard for the command-line tool: the only package allowed to print is checked too. */
  @Test
  void importedClasses_includeTheCliModule() {
    assertThat(production.stream().map(JavaClass::getPackageName))
        .contains("dev.belonging.cli");
  }

  static Stream<ArchRule> rules() {
    return ArchitectureRules.ALL.stream();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void productionClasses_followRule(ArchRule rule) {
    rule.check(production);
  }
}
