package dev.belonging.internal.stats;

import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.TDistribution;
import org.jspecify.annotations.NullMarked;

/**
 * Difference-in-differences of means from four independent group summaries (target and comparison
 * group, before and after), with a Welch t interval.
 *
 * <p>The estimate is {@code (targetAfter - targetBefore) - (comparisonAfter - comparisonBefore)}.
 * The four groups are independent cross-sections (anonymous survey waves cannot be linked), so
 * the variance of the estimate is the sum of the four {@code sd^2 / n} terms, and the degrees of
 * freedom follow the Welch-Satterthwaite approximation {@code V^2 / sum((sd_i^2/n_i)^2 / (n_i -
 * 1))} (Satterthwaite, 1946, Biometrics Bulletin 2(6):110-114; Welch, 1947, Biometrika
 * 34:28-35). The interval is {@code estimate +- t_{df, 1-alpha/2} * sqrt(V)}.
 *
 * <p>Not API: an internal helper of belonging-core. Instances are immutable and thread-safe.
 */
@NullMarked
public final class DifferenceInDifferences {
  private final double estimate;
  private final double variance;
  private final double degreesOfFreedom;

  private DifferenceInDifferences(double estimate, double variance, double degreesOfFreedom) {
    this.estimate = estimate;
    this.variance = variance;
    this.degreesOfFreedom = degreesOfFreedom;
  }

  /**
   * Computes the estimate from four group summaries, each given as {@code {n, mean, sd}} where
   * {@code sd} is the sample standard deviation (denominator {@code n - 1}).
   *
   * @param targetBefore the target group before the intervention
   * @param targetAfter the target group after
   * @param comparisonBefore the comparison group before
   * @param comparisonAfter the comparison group after
   * @return the estimate
   * @throws IllegalArgumentException if an array does not have three elements, a size is below 2
   *     or not an integer, a mean is not finite, or a standard deviation is negative or not finite
   */
  public static DifferenceInDifferences of(
      double[] targetBefore, double[] targetAfter, double[] comparisonBefore,
      double[] comparisonAfter) {
    double[][] groups = {targetBefore, targetAfter, comparisonBefore, comparisonAfter};
    String[] names = {"targetBefore", "targetAfter", "comparisonBefore", "comparisonAfter"};
    double variance = 0;
    double dfDenominator = 0;
    for (int i = 0; i < groups.length; i++) {
      double[] g = groups[i];
      if (g.length != 3) {
        throw new IllegalArgumentException(
            names[i] + " must have 3 elements {n, mean, sd}, but had " + g.length);
      }
      double n = g[0];
      if (!(n >= 2 && n == Math.rint(n) && n <= Integer.MAX_VALUE)) {
        throw new IllegalArgumentException(
            names[i] + " size must be an integer >= 2, but was " + n);
      }
      if (!Double.isFinite(g[1])) {
        throw new IllegalArgumentException(names[i] + " mean must be finite, but was " + g[1]);
      }
      if (!(g[2] >= 0 && g[2] < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            names[i] + " sd must be finite and >= 0, but was " + g[2]);
      }
      double v = g[2] * g[2] / n;
      variance += v;
      dfDenominator += v * v / (n - 1);
    }
    double estimate = (targetAfter[1] - targetBefore[1])
        - (comparisonAfter[1] - comparisonBefore[1]);
    double df = variance > 0 ? variance * variance / dfDenominator : Double.NaN;
    return new DifferenceInDifferences(estimate, variance, df);
  }

  /** The difference-in-differences of the means. */
  public double estimate() {
    return estimate;
  }

  /** The variance of the estimate: the sum of the four {@code sd^2 / n}; {@code >= 0}. */
  public double variance() {
    return variance;
  }

  /** The standard error: the square root of {@link #variance()}. */
  public double standardError() {
    return Math.sqrt(variance);
  }

  /**
   * The Welch-Satterthwaite degrees of freedom; empty when all four standard deviations are zero
   * (no sampling variation, so no t distribution).
   */
  public OptionalDouble degreesOfFreedom() {
    return variance > 0 ? OptionalDouble.of(degreesOfFreedom) : OptionalDouble.empty();
  }

  /**
   * The half width {@code t_{df, 1-alpha/2} * standardError} of the two-sided interval.
   *
   * @param confidenceLevel in (0, 1), such as 0.95
   * @return the half width; empty when {@link #degreesOfFreedom()} is empty
   * @throws IllegalArgumentException if {@code confidenceLevel} is not in (0, 1)
   */
  public OptionalDouble halfWidth(double confidenceLevel) {
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          "confidenceLevel must be in (0, 1), but was " + confidenceLevel);
    }
    if (!(variance > 0)) {
      return OptionalDouble.empty();
    }
    double t = TDistribution.of(degreesOfFreedom)
        .inverseSurvivalProbability((1 - confidenceLevel) / 2);
    return OptionalDouble.of(t * standardError());
  }

  @Override
  public String toString() {
    return "DifferenceInDifferences{estimate=" + estimate + ", variance=" + variance + "}";
  }
}
