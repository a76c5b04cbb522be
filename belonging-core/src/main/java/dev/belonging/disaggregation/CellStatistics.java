package dev.belonging.disaggregation;

import dev.belonging.internal.stats.BenjaminiHochberg;
import dev.belonging.internal.stats.ConfidenceLimits;
import dev.belonging.internal.stats.HedgesG;
import dev.belonging.internal.stats.Proportions;
import dev.belonging.stats.Interval;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The statistical formulas of disaggregation: proportions, Hedges' correction and
 * Benjamini-Hochberg come from the shared {@code internal.stats} helpers; the t-based intervals
 * and Welch's test stay here because a report asks for the same few thousand 95% t quantiles
 * and this class memoises them. Every method returns an empty value where the
 * statistic is undefined, never NaN. Checked against scipy 1.10.1 and R 4 in {@code
 * CellStatisticsTest} ({@code src/test/reference/disaggregation_reference.py}).
 */
final class CellStatistics {
  static final double LEVEL = 0.95;
  private static final int T_CACHE_LIMIT = 1 << 20;
  private static final ConcurrentHashMap<Integer, Double> T95 = new ConcurrentHashMap<>();

  private CellStatistics() {}

  /**
   * The two-sided critical value of Student's t with {@code df} degrees of freedom. Values for
   * integer df at the 95% level are memoised: a report asks for the same few thousand of them
   * for every item and construct of every cell, and each costs an iterative inversion.
   */
  static double t(double df, double level) {
    if (level == LEVEL && df == Math.rint(df) && df < T_CACHE_LIMIT) {
      return T95.computeIfAbsent((int) df,
          k -> TDistribution.of(k).inverseSurvivalProbability((1 - LEVEL) / 2));
    }
    return TDistribution.of(df).inverseSurvivalProbability((1 - level) / 2);
  }

  /** Student t interval of a mean: {@code mean +- t(n-1) sd / sqrt(n)}; needs n >= 2. */
  static Optional<Interval> meanInterval(long n, double mean, double sd, double level) {
    if (n < 2 || !Double.isFinite(sd)) {
      return Optional.empty();
    }
    double half = t(n - 1, level) * sd / Math.sqrt(n);
    return Optional.of(Interval.of(mean - half, mean + half, level));
  }

  /** Wilson score interval of {@code x} successes in {@code n} trials; empty when n is 0. */
  static Optional<Interval> wilson(long x, long n, double level) {
    return Proportions.wilson(x, n, level).map(CellStatistics::interval);
  }

  /**
   * Newcombe's hybrid score interval (method 10) of {@code x1/n1 - x2/n2}; empty when a side has
   * no trials.
   */
  static Optional<Interval> newcombe(long x1, long n1, long x2, long n2, double level) {
    return Proportions.newcombeDifference(x1, n1, x2, n2, level).map(CellStatistics::interval);
  }

  private static Interval interval(ConfidenceLimits limits) {
    return Interval.of(limits.lower(), limits.upper(), limits.level());
  }

  /** The result of Welch's test of mean1 - mean2. */
  record Welch(double difference, OptionalDouble t, OptionalDouble df, OptionalDouble p,
      Optional<Interval> interval) {}

  /**
   * Welch's unequal-variance t test from summary statistics (variances with divisor n - 1).
   * Undefined (empty) parts when a side has fewer than 2 observations or both variances are 0.
   */
  static Welch welch(long n1, double mean1, double var1, long n2, double mean2, double var2,
      double level) {
    double difference = mean1 - mean2;
    if (n1 < 2 || n2 < 2) {
      return new Welch(difference, OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), Optional.empty());
    }
    double a = var1 / n1;
    double b = var2 / n2;
    double se2 = a + b;
    if (!(se2 > 0)) {
      return new Welch(difference, OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), Optional.empty());
    }
    double se = Math.sqrt(se2);
    double df = se2 * se2 / (a * a / (n1 - 1) + b * b / (n2 - 1));
    double t = difference / se;
    double p = Math.min(1, 2 * TDistribution.of(df).survivalProbability(Math.abs(t)));
    double half = t(df, level) * se;
    return new Welch(difference, OptionalDouble.of(t), OptionalDouble.of(df), OptionalDouble.of(p),
        Optional.of(Interval.of(difference - half, difference + half, level)));
  }

  /**
   * Hedges' g: {@code (mean1 - mean2) / s_pooled * J(df)} with {@code df = n1 + n2 - 2} and the
   * exact correction {@code J(df) = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2))}; needs df >= 2
   * and a positive pooled variance.
   */
  static OptionalDouble hedgesG(long n1, double mean1, double var1, long n2, double mean2,
      double var2) {
    long df = n1 + n2 - 2;
    if (n1 < 1 || n2 < 1 || df < 2) {
      return OptionalDouble.empty();
    }
    double pooled = ((n1 - 1) * var1 + (n2 - 1) * var2) / df;
    if (!(pooled > 0)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((mean1 - mean2) / Math.sqrt(pooled) * hedgesJ(df));
  }

  /** The exact small-sample correction factor of Hedges' g for integer {@code df}. */
  static double hedgesJ(double df) {
    return HedgesG.correction((long) df);
  }

  /** Benjamini-Hochberg adjusted p-values, in input order. */
  static double[] benjaminiHochberg(double[] p) {
    return BenjaminiHochberg.adjust(p);
  }
}
