package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.internal.stats.ReferenceData.assertClose;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FisherExactTest {
  /** Summing the hypergeometric probabilities of all tables: a few ulps of 1. */
  private static final double ROUNDING = 1e-15;


  @Test
  void twoSidedP_matchesRFisherTest() {
    for (ReferenceData.Row row : ReferenceData.read("fisher_r.csv")) {
      int a = row.integer32("a");
      int b = row.integer32("b");
      int c = row.integer32("c");
      int d = row.integer32("d");
      if (row.optional("p").isEmpty()) { // empty table: R's fisher.test refuses it
        assertThat(FisherExact.twoSidedP(a, b, c, d)).isEqualTo(1.0);
        continue;
      }
      assertClose(row, "p", FisherExact.twoSidedP(a, b, c, d), row.number("p"));
    }
  }

  /**
   * scipy 1.10 uses a tie tolerance of 1 + 1e-14 instead of R's 1 + 1e-7; on these generated
   * tables no probability falls between the two, so scipy agrees as well.
   */
  @Test
  void twoSidedP_generatedTables_agreeWithScipyToo() {
    for (ReferenceData.Row row : ReferenceData.read("fisher_or_scipy.csv")) {
      assertClose(row, "p", FisherExact.twoSidedP(row.integer32("a"), row.integer32("b"),
          row.integer32("c"), row.integer32("d")), row.number("p"));
    }
  }

  @Test
  void conditionalOddsRatio_matchesScipyOddsRatio() {
    for (ReferenceData.Row row : ReferenceData.read("fisher_or_scipy.csv")) {
      OptionalDouble expected = row.optional("odds_ratio");
      if (expected.isPresent() && Double.isInfinite(expected.getAsDouble())) {
        expected = OptionalDouble.empty(); // documented: an infinite estimate is empty
      }
      assertClose(row, "odds ratio", FisherExact.conditionalOddsRatio(row.integer32("a"),
          row.integer32("b"), row.integer32("c"), row.integer32("d")), expected);
    }
  }

  /**
   * A table whose mirror image has the same probability: R counts both tails (tie within 1e-7),
   * so p = 1 exactly.
   */
  @Test
  void twoSidedP_symmetricTies_countsBothTails() {
    assertThat(FisherExact.twoSidedP(3, 2, 2, 3)).isWithin(ROUNDING).of(1.0);
  }

  @Test
  void emptyTable_pOne_noEstimate() {
    assertThat(FisherExact.twoSidedP(0, 0, 0, 0)).isEqualTo(1.0);
    assertThat(FisherExact.conditionalOddsRatio(0, 0, 0, 0)).isEmpty();
  }

  @Test
  void twoSidedP_negativeCount_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FisherExact.twoSidedP(1, 2, -3, 4));
    assertThat(e).hasMessageThat().isEqualTo("c must be >= 0, but was -3");
  }
}
