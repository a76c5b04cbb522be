package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.internal.stats.ReferenceData.assertClose;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MinimumDetectableDifferenceTest {
  /** The Brent solver stops within 1e-14 of the root; power changes less than that per unit. */
  private static final double ROOT_TOLERANCE = 1e-12;


  @Test
  void inStandardDeviations_matchesRUniroot() {
    for (ReferenceData.Row row : ReferenceData.read("mdd_r.csv")) {
      MinimumDetectableDifference mdd = MinimumDetectableDifference.withDefaults()
          .withAlpha(row.number("alpha")).withPower(row.number("power"));
      assertClose(row, "delta", mdd.inStandardDeviations(row.integer("n1"), row.integer("n2")),
          OptionalDouble.of(row.number("delta")));
    }
  }

  @Test
  void inStandardDeviations_equalGroups_matchesRPowerTTest() {
    for (ReferenceData.Row row : ReferenceData.read("mdd_power_t_test_r.csv")) {
      long n = row.integer("n");
      assertClose(row, "delta",
          MinimumDetectableDifference.withDefaults().inStandardDeviations(n, n),
          OptionalDouble.of(row.number("delta")));
    }
  }

  @Test
  void powerAt_minimumDetectableDifference_isTargetPower() {
    MinimumDetectableDifference mdd = MinimumDetectableDifference.withDefaults();
    double delta = mdd.inStandardDeviations(6, 120).getAsDouble();
    assertThat(mdd.powerAt(delta, 6, 120)).isWithin(ROOT_TOLERANCE).of(0.8);
  }

  @Test
  void againstWhole_isRestDifferenceShrunkByCellShare() {
    // R reference row n1 = 6, n2 = 300 (alpha 0.05, power 0.8): the cell against the rest.
    ReferenceData.Row row = ReferenceData.read("mdd_r.csv").stream()
        .filter(r -> r.integer("n1") == 6 && r.integer("n2") == 300 && r.number("power") == 0.8)
        .findFirst().orElseThrow();
    assertClose(row, "delta against whole",
        MinimumDetectableDifference.withDefaults().againstWhole(6, 306),
        OptionalDouble.of((1 - 6.0 / 306) * row.number("delta")));
  }

  @Test
  void againstWhole_cellIsWhole_empty() {
    assertThat(MinimumDetectableDifference.withDefaults().againstWhole(5, 5)).isEmpty();
  }

  @Test
  void inRawUnits_scalesBySd() {
    MinimumDetectableDifference mdd = MinimumDetectableDifference.withDefaults();
    assertThat(mdd.inRawUnits(8, 40, 0.9).getAsDouble())
        .isEqualTo(mdd.inStandardDeviations(8, 40).getAsDouble() * 0.9);
  }

  @Test
  void inStandardDeviations_tooSmall_empty() {
    MinimumDetectableDifference mdd = MinimumDetectableDifference.withDefaults();
    assertThat(mdd.inStandardDeviations(0, 50)).isEmpty();
    assertThat(mdd.inStandardDeviations(1, 1)).isEmpty();
  }

  @Test
  void equality_byAlphaAndPower() {
    new EqualsTester()
        .addEqualityGroup(MinimumDetectableDifference.withDefaults(),
            MinimumDetectableDifference.withDefaults().withAlpha(0.05).withPower(0.8))
        .addEqualityGroup(MinimumDetectableDifference.withDefaults().withPower(0.9))
        .addEqualityGroup(MinimumDetectableDifference.withDefaults().withAlpha(0.01))
        .testEquals();
  }

  @Test
  void withPower_notAboveAlpha_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MinimumDetectableDifference.withDefaults().withPower(0.05));
    assertThat(e).hasMessageThat().isEqualTo("power must be > alpha (0.05), but was 0.05");
  }

  @Test
  void inStandardDeviations_negativeSize_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MinimumDetectableDifference.withDefaults().inStandardDeviations(-1, 5));
    assertThat(e).hasMessageThat().isEqualTo("nA must be >= 0, but was -1");
  }
}
