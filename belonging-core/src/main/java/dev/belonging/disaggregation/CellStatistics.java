package dev.belonging.disaggregation;

import dev.belonging.stats.Interval;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The few statistical formulas of disaggregation, kept small and in one file so that they can be
 * swapped for the shared helpers at integration. Every method returns an empty value where the
 * statistic is undefined, never NaN. Checked against scipy 1.10.1 and R 4 in {@code
 * CellStatisticsTest} ({@code src/test/reference/disaggregation_reference.py}).
 */
final class CellStatistics {
  static final double LEVEL = 0.95;
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
  private static final double Z95 = STANDARD_NORMAL.inverseSurvivalProbability((1 - LEVEL) / 2);
  private static final int T_CACHE_LIMIT = 1 << 20;
  private static final ConcurrentHashMap<Integer, Double> T95 = new ConcurrentHashMap<>();

  private CellStatistics() {}

  /** The two-sided critical value of the standard normal for {@code level}. */
  static double z(double level) {
    return level == LEVEL ? Z95 : STANDARD_NORMAL.inverseSurvivalProbability((1 - level) / 2);
  }

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

  /** Wilson score interval of {@code x} successes in {@code n} trials; needs n >= 1. */
  static Optional<Interval> wilson(long x, long n, double level) {
    if (n < 1) {
      return Optional.empty();
    }
    double[] bounds = wilsonBounds(x, n, z(level));
    return Optional.of(Interval.of(bounds[0], bounds[1], level));
  }

  private static double[] wilsonBounds(long x, long n, double z) {
    double p = (double) x / n;
    double z2 = z * z;
    double denominator = n + z2;
    double centre = (x + z2 / 2) / denominator;
    double half = z * Math.sqrt(n) / denominator * Math.sqrt(p * (1 - p) + z2 / (4.0 * n));
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  /**
   * Newcombe's hybrid score interval (method 10) of {@code x1/n1 - x2/n2}; needs n1, n2 >= 1.
   */
  static Optional<Interval> newcombe(long x1, long n1, long x2, long n2, double level) {
    if (n1 < 1 || n2 < 1) {
      return Optional.empty();
    }
    double z = z(level);
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    double[] w1 = wilsonBounds(x1, n1, z);
    double[] w2 = wilsonBounds(x2, n2, z);
    double d = p1 - p2;
    double lower = d - Math.sqrt(square(p1 - w1[0]) + square(w2[1] - p2));
    double upper = d + Math.sqrt(square(w1[1] - p1) + square(p2 - w2[0]));
    return Optional.of(Interval.of(lower, upper, level));
  }

  private static double square(double x) {
    return x * x;
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

  /** The exact small-sample correction factor of Hedges' g. */
  static double hedgesJ(double df) {
    return Math.exp(LogGamma.value(df / 2) - LogGamma.value((df - 1) / 2)) / Math.sqrt(df / 2);
  }

  /**
   * Benjamini-Hochberg adjusted p-values: {@code q_(i) = min_{j >= i} min(1, m p_(j) / j)} over
   * the p-values sorted ascending, returned in input order.
   */
  static double[] benjaminiHochberg(double[] p) {
    int m = p.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(p[x], p[y]));
    double[] q = new double[m];
    double running = 1;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      running = Math.min(running, Math.min(1, p[i] * m / rank));
      q[i] = running;
    }
    return q;
  }
}
