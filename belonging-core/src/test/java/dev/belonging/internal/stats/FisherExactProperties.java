package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FisherExactProperties {
  /** The two estimates come from separate root searches, each accurate to about 1e-15. */
  private static final double SOLVER_TOLERANCE = 1e-9;

  /** Swapped tables sum the same probabilities in another order: rounding only. */
  private static final double SUMMATION_ROUNDING = 1e-12;

  @Property
  void twoSidedP_inUnitInterval_symmetricUnderSwaps(
      @ForAll @IntRange(min = 0, max = 60) int a, @ForAll @IntRange(min = 0, max = 60) int b,
      @ForAll @IntRange(min = 0, max = 60) int c, @ForAll @IntRange(min = 0, max = 60) int d) {
    double p = FisherExact.twoSidedP(a, b, c, d);
    assertThat(p).isAtLeast(0.0);
    assertThat(p).isAtMost(1.0);
    assertThat(FisherExact.twoSidedP(c, d, a, b)).isWithin(SUMMATION_ROUNDING).of(p); // rows
    assertThat(FisherExact.twoSidedP(b, a, d, c)).isWithin(SUMMATION_ROUNDING).of(p); // columns
    assertThat(FisherExact.twoSidedP(a, c, b, d)).isWithin(SUMMATION_ROUNDING).of(p); // transpose
  }

  @Property
  void conditionalOddsRatio_swappingRows_inverts(
      @ForAll @IntRange(min = 0, max = 40) int a, @ForAll @IntRange(min = 0, max = 40) int b,
      @ForAll @IntRange(min = 0, max = 40) int c, @ForAll @IntRange(min = 0, max = 40) int d) {
    var or = FisherExact.conditionalOddsRatio(a, b, c, d);
    var swapped = FisherExact.conditionalOddsRatio(c, d, a, b);
    if (or.isPresent() && or.getAsDouble() > 0) {
      assertThat(swapped.getAsDouble()).isWithin(SOLVER_TOLERANCE / or.getAsDouble())
          .of(1 / or.getAsDouble());
    }
  }
}
