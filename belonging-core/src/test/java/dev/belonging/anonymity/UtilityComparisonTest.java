package dev.belonging.anonymity;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class UtilityComparisonTest {

  @Test
  void run_generatedOrganisations_exactIsSafeAndOthersLeak() {
    UtilityComparison.Totals t = UtilityComparison.run(1000, 60, 10, 30,
        AnonymityPolicy.withDefaults());
    assertThat(t.exactBroken()).isEqualTo(0);
    assertThat(t.thresholdBroken()).isGreaterThan(0);
    assertThat(t.siblingBroken()).isGreaterThan(0);
    assertThat(t.thresholdOnly()).isAtLeast(t.exact());
    assertThat(t.thresholdOnly()).isAtLeast(t.sibling());
    assertThat(t.exact()).isGreaterThan(0);
  }
}
