package dev.belonging.internal.stats;

import java.util.OptionalDouble;
import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.jspecify.annotations.Nullable;

/**
 * The smallest true difference between two group means that a two-sided two-sample t-test
 * (pooled variance, {@code df = n_a + n_b - 2}) detects with the configured power at the
 * configured significance level, so a report can say "at n = 6 only gaps above 1.3 SD are
 * detectable".
 *
 * <p>Power at a standardised difference δ (in SD units) is {@code P(T > c) + P(T < -c)} for T
 * noncentral t with {@code df} and noncentrality {@code δ sqrt(n_a n_b / (n_a + n_b))}, {@code c =
 * t(1 - α/2, df)} (Cohen 1988, Statistical Power Analysis, ch. 2; R {@code power.t.test(...,
 * strict = TRUE)}). The difference solving {@code power(δ) = target} is found with Commons
 * Numbers' {@link BrentSolver}; the noncentral t is {@link NoncentralT}. A cell against its
 * baseline is the same computation with the cell's and the baseline's sizes.
 *
 * <p>Immutable and thread-safe: {@code withDefaults()} (α = 0.05, power 0.8), then {@code
 * withAlpha}/{@code withPower}. Equal when α and power are equal.
 */
public final class MinimumDetectableDifference {
  private static final double DEFAULT_ALPHA = 0.05;
  private static final double DEFAULT_POWER = 0.8;
  /** Root accuracy: far below the 1e-9 the reference tests demand. */
  private static final BrentSolver SOLVER = new BrentSolver(1e-15, 1e-14, 0);
  /** The bracket grows until power exceeds the target; 2^40 SD is far past any real n. */
  private static final int MAX_DOUBLINGS = 40;

  private final double alpha;
  private final double power;

  private MinimumDetectableDifference(double alpha, double power) {
    this.alpha = Args.openUnit("alpha", alpha);
    this.power = Args.openUnit("power", power);
    if (!(power > alpha)) {
      throw new IllegalArgumentException(
          "power must be > alpha (" + alpha + "), but was " + power);
    }
  }

  /**
   * α = 0.05 two-sided and power 0.8.
   *
   * @return the default configuration
   */
  public static MinimumDetectableDifference withDefaults() {
    return new MinimumDetectableDifference(DEFAULT_ALPHA, DEFAULT_POWER);
  }

  /**
   * A copy with another two-sided significance level.
   *
   * @param newAlpha α, in (0, 1) and below the power
   * @return the new configuration
   * @throws IllegalArgumentException if {@code newAlpha} breaks its rule
   */
  public MinimumDetectableDifference withAlpha(double newAlpha) {
    return new MinimumDetectableDifference(newAlpha, power);
  }

  /**
   * A copy with another target power.
   *
   * @param newPower the power, in (0, 1) and above α
   * @return the new configuration
   * @throws IllegalArgumentException if {@code newPower} breaks its rule
   */
  public MinimumDetectableDifference withPower(double newPower) {
    return new MinimumDetectableDifference(alpha, newPower);
  }

  /** The two-sided significance level α. */
  public double alpha() {
    return alpha;
  }

  /** The target power. */
  public double power() {
    return power;
  }

  /**
   * The power of the two-sided test at a true standardised difference.
   *
   * @param standardizedDifference δ in SD units, finite
   * @param nA the size of the first group, {@code >= 1}
   * @param nB the size of the second group, {@code >= 1}, with {@code nA + nB >= 3}
   * @return the power, in [α, 1]
   * @throws IllegalArgumentException if {@code δ} is not finite or the sizes break their rule
   */
  public double powerAt(double standardizedDifference, long nA, long nB) {
    Args.finite("standardizedDifference", standardizedDifference);
    if (!defined(nA, nB)) {
      throw new IllegalArgumentException(
          "nA and nB must be >= 1 with nA + nB >= 3, but were " + nA + " and " + nB);
    }
    double df = nA + nB - 2;
    double critical = Distributions.tUpperQuantile(df, alpha / 2);
    return twoSidedPower(standardizedDifference * scale(nA, nB), df, critical);
  }

  /**
   * The minimum detectable difference in SD units.
   *
   * @param nA the size of the first group (for example a cell), {@code >= 0}
   * @param nB the size of the second group (for example its baseline), {@code >= 0}
   * @return δ > 0; empty when a group is empty or {@code nA + nB < 3} (no degrees of freedom)
   * @throws IllegalArgumentException if a size is negative
   */
  public OptionalDouble inStandardDeviations(long nA, long nB) {
    Args.nonNegative("nA", nA);
    Args.nonNegative("nB", nB);
    if (!defined(nA, nB)) {
      return OptionalDouble.empty();
    }
    double df = nA + nB - 2;
    double critical = Distributions.tUpperQuantile(df, alpha / 2);
    double scale = scale(nA, nB);
    double high = 1;
    int doublings = 0;
    while (twoSidedPower(high * scale, df, critical) < power) {
      high *= 2;
      if (++doublings > MAX_DOUBLINGS) {
        return OptionalDouble.empty();
      }
    }
    double root = SOLVER.findRoot(
        delta -> twoSidedPower(delta * scale, df, critical) - power, 0, high);
    return OptionalDouble.of(root);
  }

  /**
   * The minimum detectable difference in SD units between a cell and the whole population it
   * belongs to (a baseline that contains the cell). Since {@code mean(cell) - mean(whole) = (1 -
   * n/N) (mean(cell) - mean(rest))}, this is {@code (1 - n/N)} times the detectable difference
   * between the cell and the rest.
   *
   * @param nCell the cell's size, {@code >= 0}
   * @param nWhole the size of the whole population, {@code >= nCell}
   * @return δ > 0; empty when the cell or the rest is empty or {@code nWhole < 3}
   * @throws IllegalArgumentException if a size is negative or {@code nCell > nWhole}
   */
  public OptionalDouble againstWhole(long nCell, long nWhole) {
    Args.successes("nCell", nCell, "nWhole", nWhole);
    OptionalDouble againstRest = inStandardDeviations(nCell, nWhole - nCell);
    return againstRest.isPresent()
        ? OptionalDouble.of((1 - (double) nCell / nWhole) * againstRest.getAsDouble())
        : againstRest;
  }

  /**
   * The minimum detectable difference in raw units (score points): the SD-unit difference times
   * {@code standardDeviation}.
   *
   * @param nA the size of the first group, {@code >= 0}
   * @param nB the size of the second group, {@code >= 0}
   * @param standardDeviation the (pooled or assumed) standard deviation, finite and {@code >= 0}
   * @return the difference in raw units; empty as for {@link #inStandardDeviations}
   * @throws IllegalArgumentException if a size is negative or the standard deviation breaks its
   *     rule
   */
  public OptionalDouble inRawUnits(long nA, long nB, double standardDeviation) {
    Args.nonNegativeFinite("standardDeviation", standardDeviation);
    OptionalDouble sd = inStandardDeviations(nA, nB);
    return sd.isPresent() ? OptionalDouble.of(sd.getAsDouble() * standardDeviation) : sd;
  }

  private static boolean defined(long nA, long nB) {
    return nA >= 1 && nB >= 1 && nA + nB >= 3;
  }

  private static double scale(long nA, long nB) {
    return Math.sqrt((double) nA * nB / ((double) nA + nB));
  }

  private static double twoSidedPower(double noncentrality, double df, double critical) {
    double upper = 1 - NoncentralT.cdf(critical, df, noncentrality);
    double lower = NoncentralT.cdf(-critical, df, noncentrality);
    return upper + lower;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MinimumDetectableDifference that
        && Double.compare(alpha, that.alpha) == 0
        && Double.compare(power, that.power) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(alpha) + Double.hashCode(power);
  }

  @Override
  public String toString() {
    return "MinimumDetectableDifference[alpha=" + alpha + ", power=" + power + "]";
  }
}
