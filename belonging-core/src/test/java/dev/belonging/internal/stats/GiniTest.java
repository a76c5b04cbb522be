package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.internal.stats.ReferenceData.assertClose;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GiniTest {

  @Test
  void of_matchesNumpyPairwiseFormula() {
    for (ReferenceData.Row row : ReferenceData.read("gini_numpy.csv")) {
      long[] counts = row.integers("counts");
      assertClose(row, "gini", Gini.of(counts), row.optional("gini"));
      assertClose(row, "corrected", Gini.smallSampleCorrected(counts), row.optional("corrected"));
    }
  }

  @Test
  void of_oneHasEverything_isNMinusOneOverN() {
    assertThat(Gini.of(new long[] {0, 0, 0, 8}).getAsDouble()).isEqualTo(0.75);
    assertThat(Gini.smallSampleCorrected(new long[] {0, 0, 0, 8}).getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void of_noCounts_empty() {
    assertThat(Gini.of(new long[0])).isEmpty();
    assertThat(Gini.of(new long[] {0, 0})).isEmpty();
    assertThat(Gini.smallSampleCorrected(new long[] {4})).isEmpty();
  }

  @Test
  void of_negativeCount_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Gini.of(new long[] {1, -1}));
    assertThat(e).hasMessageThat().isEqualTo("counts[1] must be >= 0, but was -1");
  }
}
