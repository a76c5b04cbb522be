package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RatesAndStrataProperties {
  /** Reordered sums and the 1e-12 error bound of the noncentral t series. */
  private static final double ROUNDING = 1e-12;


  @Property(tries = 300)
  void poissonRateRatio_pInUnitInterval_intervalContainsRatio(
      @ForAll @IntRange(min = 0, max = 200) int x1, @ForAll @DoubleRange(min = 0.5, max = 100) double t1,
      @ForAll @IntRange(min = 0, max = 200) int x2, @ForAll @DoubleRange(min = 0.5, max = 100) double t2) {
    Assume.that(x1 + x2 > 0);
    PoissonRateRatio.Result r = PoissonRateRatio.test(x1, t1, x2, t2, 0.95).orElseThrow();
    assertThat(r.p()).isAtLeast(0.0);
    assertThat(r.p()).isAtMost(1.0);
    assertThat(r.interval().contains(r.ratio())).isTrue();
  }

  @Property(tries = 300)
  void mantelHaenszel_strataOrder_irrelevant(
      @ForAll @Size(min = 1, max = 6) List<@Size(4) List<@IntRange(min = 0, max = 30) Integer>> tables) {
    List<long[]> strata = new ArrayList<>();
    for (List<Integer> t : tables) {
      strata.add(t.stream().mapToLong(Integer::longValue).toArray());
    }
    MantelHaenszel.Result forward = MantelHaenszel.test(strata.toArray(long[][]::new), true, 0.95);
    Collections.reverse(strata);
    MantelHaenszel.Result backward = MantelHaenszel.test(strata.toArray(long[][]::new), true, 0.95);
    assertThat(backward.statistic().isPresent()).isEqualTo(forward.statistic().isPresent());
    if (forward.p().isPresent()) {
      assertThat(backward.p().getAsDouble()).isWithin(ROUNDING).of(forward.p().getAsDouble());
      assertThat(forward.p().getAsDouble()).isAtMost(1.0);
    }
  }

  @Property(tries = 200)
  void noncentralT_cdfInUnitInterval_increasingInT(
      @ForAll @DoubleRange(min = -20, max = 20) double t,
      @ForAll @DoubleRange(min = 0.5, max = 500) double df,
      @ForAll @DoubleRange(min = -10, max = 10) double delta) {
    double here = NoncentralT.cdf(t, df, delta);
    double further = NoncentralT.cdf(t + 0.5, df, delta);
    assertThat(here).isAtLeast(0.0);
    assertThat(further).isAtMost(1.0);
    assertThat(further).isAtLeast(here - ROUNDING);
  }

  @Property(tries = 50)
  void minimumDetectableDifference_shrinksWithSize(
      @ForAll @IntRange(min = 2, max = 400) int n1, @ForAll @IntRange(min = 2, max = 400) int n2) {
    MinimumDetectableDifference mdd = MinimumDetectableDifference.withDefaults();
    double small = mdd.inStandardDeviations(n1, n2).getAsDouble();
    double larger = mdd.inStandardDeviations(n1 + 1, n2).getAsDouble();
    assertThat(larger).isLessThan(small);
  }
}
