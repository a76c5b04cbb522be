package dev.belonging.internal.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** Shared distribution instances and quantiles (immutable and thread-safe). */
final class Distributions {
  static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
  /** Newton steps after Commons' quantile: each roughly squares the relative error. */
  private static final int NEWTON_STEPS = 3;

  private Distributions() {}

  /**
   * The upper quantile {@code q} with {@code P(T > q) = upperTail} of Student's t with {@code
   * degreesOfFreedom}.
   *
   * <p>Commons Statistics 1.1 inverts continuous CDFs with a generic root finder whose result can
   * be off by about 1e-9 relative, the size of the reference tolerance; a few Newton steps on its
   * accurate survival function bring the quantile to double precision.
   */
  static double tUpperQuantile(double degreesOfFreedom, double upperTail) {
    return upperQuantile(TDistribution.of(degreesOfFreedom), upperTail);
  }

  /**
   * The lower quantile of Beta(a, b), polished like {@link #tUpperQuantile} (Commons' inverse uses
   * the same generic solver).
   */
  static double betaLowerQuantile(double a, double b, double lowerTail) {
    BetaDistribution beta = BetaDistribution.of(a, b);
    double q = beta.inverseCumulativeProbability(lowerTail);
    for (int i = 0; i < NEWTON_STEPS; i++) {
      double next = step(q, beta.cumulativeProbability(q) - lowerTail, -beta.density(q));
      if (next == q || !(next > 0 && next < 1)) {
        break;
      }
      q = next;
    }
    return q;
  }

  /** The upper quantile of Beta(a, b), polished. */
  static double betaUpperQuantile(double a, double b, double upperTail) {
    return upperQuantile(BetaDistribution.of(a, b), upperTail);
  }

  private static double upperQuantile(ContinuousDistribution d, double upperTail) {
    double q = d.inverseSurvivalProbability(upperTail);
    for (int i = 0; i < NEWTON_STEPS; i++) {
      double next = step(q, d.survivalProbability(q) - upperTail, d.density(q));
      if (next == q || !(next > d.getSupportLowerBound() && next < d.getSupportUpperBound())) {
        break;
      }
      q = next;
    }
    return q;
  }

  /** One Newton step {@code q + excess / slope}; {@code q} itself when the step is undefined. */
  private static double step(double q, double excess, double slope) {
    double next = q + excess / slope;
    return slope != 0 && Double.isFinite(next) ? next : q;
  }
}
