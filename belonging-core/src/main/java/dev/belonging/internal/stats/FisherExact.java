package dev.belonging.internal.stats;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Fisher's exact test for a 2x2 table {@code [[a, b], [c, d]]} (rows: two groups; columns: e.g.
 * selected, not selected) and the conditional maximum-likelihood odds ratio.
 *
 * <p>Two-sided p-value as R's {@code fisher.test}: the sum of the hypergeometric probabilities of
 * all tables with the observed margins that are at most as likely as the observed one, where "at
 * most" allows a relative tolerance of {@code 1 + 1e-7} so that tables tied with the observed
 * one are not lost to rounding (Fisher 1935; Agresti, Categorical Data Analysis, §3.5). scipy
 * 1.10's {@code fisher_exact} uses {@code 1 + 1e-14} instead, so the two can differ for tables
 * whose probabilities are tied to within 1e-7 but not 1e-14; R is the reference here. The conditional MLE
 * maximises the noncentral hypergeometric likelihood (Cornfield 1956; R {@code
 * fisher.test()$estimate}, scipy {@code contingency.odds_ratio(kind="conditional")}).
 * Thread-safe; stateless.
 */
public final class FisherExact {
  /** R's {@code relErr}: probabilities within this factor of the observed one count as ties. */
  static final double TIE_TOLERANCE = 1 + 1e-7;

  private static final BrentSolver SOLVER = new BrentSolver(1e-15, 1e-15, 0);

  private FisherExact() {}

  /**
   * The two-sided p-value.
   *
   * @param a row 1, column 1, {@code >= 0}
   * @param b row 1, column 2, {@code >= 0}
   * @param c row 2, column 1, {@code >= 0}
   * @param d row 2, column 2, {@code >= 0}
   * @return p in [0, 1]; 1 when a margin is 0 (only one table is possible)
   * @throws IllegalArgumentException if a count is negative or the total exceeds {@code
   *     Integer.MAX_VALUE}
   */
  public static double twoSidedP(int a, int b, int c, int d) {
    Support s = support(a, b, c, d);
    if (s.lo == s.hi) {
      return 1;
    }
    double[] probabilities = s.probabilities();
    double observed = probabilities[a - s.lo] * TIE_TOLERANCE;
    double p = 0;
    for (double probability : probabilities) {
      if (probability <= observed) {
        p += probability;
      }
    }
    return Math.min(1, p);
  }

  /**
   * The conditional maximum-likelihood estimate of the odds ratio {@code ad/bc}: the ψ whose
   * noncentral hypergeometric mean equals {@code a}.
   *
   * @param a row 1, column 1, {@code >= 0}
   * @param b row 1, column 2, {@code >= 0}
   * @param c row 2, column 1, {@code >= 0}
   * @param d row 2, column 2, {@code >= 0}
   * @return the estimate, {@code 0} when {@code a} is the smallest value the margins allow; empty
   *     when it is the largest (the estimate is infinite) or the margins allow one table only
   * @throws IllegalArgumentException if a count is negative or the total exceeds {@code
   *     Integer.MAX_VALUE}
   */
  public static OptionalDouble conditionalOddsRatio(int a, int b, int c, int d) {
    Support s = support(a, b, c, d);
    if (s.lo == s.hi || a == s.hi) {
      return OptionalDouble.empty();
    }
    if (a == s.lo) {
      return OptionalDouble.of(0);
    }
    double[] log = new double[s.hi - s.lo + 1];
    for (int k = s.lo; k <= s.hi; k++) {
      log[k - s.lo] = requireNonNull(s.distribution).logProbability(k);
    }
    // The mean is increasing in θ = log ψ; bracket the root by doubling.
    double high = 1;
    while (mean(log, s.lo, high) < a) {
      high *= 2;
    }
    double low = -1;
    while (mean(log, s.lo, low) > a) {
      low *= 2;
    }
    double theta = SOLVER.findRoot(t -> mean(log, s.lo, t) - a, low, high);
    return OptionalDouble.of(Math.exp(theta));
  }

  /** The mean of the noncentral hypergeometric distribution with log odds ratio θ. */
  private static double mean(double[] logProbability, int lo, double theta) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < logProbability.length; i++) {
      max = Math.max(max, logProbability[i] + theta * (lo + i));
    }
    double total = 0;
    double weighted = 0;
    for (int i = 0; i < logProbability.length; i++) {
      double w = Math.exp(logProbability[i] + theta * (lo + i) - max);
      total += w;
      weighted += w * (lo + i);
    }
    return weighted / total;
  }

  private static Support support(int a, int b, int c, int d) {
    Args.nonNegative("a", a);
    Args.nonNegative("b", b);
    Args.nonNegative("c", c);
    Args.nonNegative("d", d);
    long total = (long) a + b + c + d;
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "a + b + c + d must be <= " + Integer.MAX_VALUE + ", but was " + total);
    }
    if (total == 0) {
      return new Support(null, 0, 0);
    }
    int column1 = a + c;
    int row1 = a + b;
    HypergeometricDistribution h = HypergeometricDistribution.of((int) total, column1, row1);
    return new Support(h, h.getSupportLowerBound(), h.getSupportUpperBound());
  }

  /** The tables the margins allow: {@code a} in [lo, hi]; no distribution for an empty table. */
  private record Support(@Nullable HypergeometricDistribution distribution, int lo, int hi) {
    double[] probabilities() {
      HypergeometricDistribution distribution = requireNonNull(this.distribution);
      double[] p = new double[hi - lo + 1];
      for (int k = lo; k <= hi; k++) {
        p[k - lo] = distribution.probability(k);
      }
      return p;
    }
  }
}
