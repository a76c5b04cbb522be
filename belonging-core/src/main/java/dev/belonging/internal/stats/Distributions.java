package dev.belonging.internal.stats;

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
   * <p>Commons Statistics 1.1 inverts the t CDF to about 1e-9 relative only (for example 12.7062047364
   * instead of 12.7062047362 at one degree of freedom), which is at the limit of the reference
   * tolerance; a few Newton steps on its accurate survival function bring the quantile to full
   * double precision.
   */
  static double tUpperQuantile(double degreesOfFreedom, double upperTail) {
    TDistribution t = TDistribution.of(degreesOfFreedom);
    double q = t.inverseSurvivalProbability(upperTail);
    for (int i = 0; i < NEWTON_STEPS; i++) {
      double density = t.density(q);
      if (!(density > 0)) {
        break;
      }
      double next = q + (t.survivalProbability(q) - upperTail) / density;
      if (!Double.isFinite(next) || next == q) {
        break;
      }
      q = next;
    }
    return q;
  }
}
