package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ProportionsProperties {
  /** Limits and statistics are sums and square roots of doubles: rounding only. */
  private static final double ROUNDING = 1e-12;


  @Property
  void wilson_containsEstimate_withinUnitInterval(
      @ForAll @IntRange(min = 0, max = 5000) int x,
      @ForAll @IntRange(min = 0, max = 5000) int extra,
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double level) {
    int n = x + extra;
    Assume.that(n > 0);
    ConfidenceLimits limits = Proportions.wilson(x, n, level).orElseThrow();
    assertThat(limits.contains((double) x / n)).isTrue();
    assertThat(limits.lower()).isAtLeast(0.0);
    assertThat(limits.upper()).isAtMost(1.0);
  }

  @Property
  void wilson_higherLevel_widerInterval(
      @ForAll @IntRange(min = 0, max = 300) int x, @ForAll @IntRange(min = 1, max = 300) int extra) {
    int n = x + extra;
    ConfidenceLimits narrow = Proportions.wilson(x, n, 0.8).orElseThrow();
    ConfidenceLimits wide = Proportions.wilson(x, n, 0.95).orElseThrow();
    assertThat(wide.lower()).isAtMost(narrow.lower());
    assertThat(wide.upper()).isAtLeast(narrow.upper());
  }

  @Property
  void newcombe_containsDifference_withinMinusOneOne(
      @ForAll @IntRange(min = 0, max = 400) int x1, @ForAll @IntRange(min = 0, max = 400) int f1,
      @ForAll @IntRange(min = 0, max = 400) int x2, @ForAll @IntRange(min = 0, max = 400) int f2) {
    Assume.that(x1 + f1 > 0 && x2 + f2 > 0);
    ConfidenceLimits limits =
        Proportions.newcombeDifference(x1, x1 + f1, x2, x2 + f2, 0.95).orElseThrow();
    double d = (double) x1 / (x1 + f1) - (double) x2 / (x2 + f2);
    assertThat(limits.contains(d)).isTrue();
    assertThat(limits.lower()).isAtLeast(-1.0 - ROUNDING);
    assertThat(limits.upper()).isAtMost(1.0 + ROUNDING);
  }

  @Property
  void newcombe_swappingGroups_mirrorsInterval(
      @ForAll @IntRange(min = 0, max = 100) int x1, @ForAll @IntRange(min = 1, max = 100) int f1,
      @ForAll @IntRange(min = 0, max = 100) int x2, @ForAll @IntRange(min = 1, max = 100) int f2) {
    ConfidenceLimits ab = Proportions.newcombeDifference(x1, x1 + f1, x2, x2 + f2, 0.9).orElseThrow();
    ConfidenceLimits ba = Proportions.newcombeDifference(x2, x2 + f2, x1, x1 + f1, 0.9).orElseThrow();
    assertThat(ba.lower()).isWithin(ROUNDING).of(-ab.upper());
    assertThat(ba.upper()).isWithin(ROUNDING).of(-ab.lower());
  }

  /** Scaling all counts by k multiplies |z| by sqrt(k): more data, stronger evidence. */
  @Property
  void zTest_scaledCounts_strongerEvidence(
      @ForAll @IntRange(min = 0, max = 200) int x1, @ForAll @IntRange(min = 0, max = 200) int f1,
      @ForAll @IntRange(min = 0, max = 200) int x2, @ForAll @IntRange(min = 0, max = 200) int f2,
      @ForAll @IntRange(min = 2, max = 50) int k) {
    Assume.that(x1 + f1 > 0 && x2 + f2 > 0 && x1 + x2 > 0 && f1 + f2 > 0);
    Proportions.ZTestResult once = Proportions.zTest(x1, x1 + f1, x2, x2 + f2).orElseThrow();
    Proportions.ZTestResult scaled =
        Proportions.zTest(k * x1, k * (x1 + f1), k * x2, k * (x2 + f2)).orElseThrow();
    assertThat(Math.abs(scaled.z())).isWithin(ROUNDING * (1 + Math.abs(scaled.z())))
        .of(Math.sqrt(k) * Math.abs(once.z()));
    assertThat(scaled.p()).isAtMost(once.p());
  }

  @Property
  void katz_containsRatio(
      @ForAll @IntRange(min = 1, max = 300) int x1, @ForAll @IntRange(min = 0, max = 300) int f1,
      @ForAll @IntRange(min = 1, max = 300) int x2, @ForAll @IntRange(min = 0, max = 300) int f2) {
    Proportions.RatioResult r = Proportions.katzRatio(x1, x1 + f1, x2, x2 + f2, 0.95).orElseThrow();
    assertThat(r.interval().contains(r.ratio())).isTrue();
    assertThat(r.interval().lower()).isGreaterThan(0.0);
  }
}
