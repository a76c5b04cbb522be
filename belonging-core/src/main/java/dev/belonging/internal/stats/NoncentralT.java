package dev.belonging.internal.stats;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The cumulative distribution function of the noncentral t distribution, which Commons Statistics
 * does not provide.
 *
 * <p>Algorithm AS 243 (Lenth 1989, Applied Statistics 38:185-189): a series in Poisson-weighted
 * incomplete beta functions, summed until the error bound is below 1e-12 (at most 1000 terms).
 * Negative {@code t} uses {@code F(t; ν, δ) = 1 - F(-t; ν, -δ)}; like R's {@code pnt}, very large
 * ν (above 4·10^5) or |δ| (above about 37.6, where e^(-δ²/2) underflows) use the normal
 * approximation of Abramowitz & Stegun 26.7.10, and {@code P(T <= t)} is 0 for {@code t < 0}
 * and {@code δ > 40}. The incomplete beta and log-gamma functions are
 * Commons Numbers'. Thread-safe; stateless.
 */
public final class NoncentralT {
  private static final double ERROR_BOUND = 1e-12;
  private static final int MAX_TERMS = 1000;
  /** 2 ln 2 · 1021: beyond this δ², e^(-δ²/2) underflows the smallest normal double. */
  private static final double LARGE_NONCENTRALITY_SQUARED = 2 * Math.log(2) * 1021;
  private static final double LARGE_DEGREES_OF_FREEDOM = 4e5;
  /** Beyond this δ, P(T < t) for negative t is 0 to double precision (R's pnt shortcut). */
  private static final double NEGLIGIBLE_LOWER_TAIL_NONCENTRALITY = 40;
  private static final double LOG_SQRT_PI = 0.5 * Math.log(Math.PI);
  private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

  private NoncentralT() {}

  /**
   * {@code P(T <= t)} for T noncentral t with {@code degreesOfFreedom} and {@code noncentrality}.
   *
   * @param t the point, finite
   * @param degreesOfFreedom ν, finite and {@code > 0}
   * @param noncentrality δ, finite
   * @return the probability, in [0, 1], accurate to about 1e-12 absolute
   * @throws IllegalArgumentException if an argument is not finite or {@code degreesOfFreedom <=
   *     0}
   */
  public static double cdf(double t, double degreesOfFreedom, double noncentrality) {
    Args.finite("t", t);
    Args.positive("degreesOfFreedom", degreesOfFreedom);
    Args.finite("noncentrality", noncentrality);
    if (noncentrality == 0) {
      return TDistribution.of(degreesOfFreedom).cumulativeProbability(t);
    }
    if (t < 0 && noncentrality > NEGLIGIBLE_LOWER_TAIL_NONCENTRALITY) {
      return 0; // as R's pnt: the mass below a negative t is below double precision
    }
    boolean negated = t < 0;
    double tt = negated ? -t : t;
    double delta = negated ? -noncentrality : noncentrality;
    double lower;
    if (degreesOfFreedom > LARGE_DEGREES_OF_FREEDOM
        || delta * delta > LARGE_NONCENTRALITY_SQUARED) {
      double s = 1 / (4 * degreesOfFreedom);
      double z = (tt * (1 - s) - delta) / Math.sqrt(1 + tt * tt * 2 * s);
      lower = Distributions.STANDARD_NORMAL.cumulativeProbability(z);
    } else {
      lower = Math.min(1, series(tt, degreesOfFreedom, delta)
          + Distributions.STANDARD_NORMAL.cumulativeProbability(-delta));
    }
    return negated ? 1 - lower : lower;
  }

  /** AS 243's series for {@code P(0 < T <= t)}-like part, t >= 0. */
  private static double series(double t, double df, double delta) {
    double x = t * t / (t * t + df);
    if (!(x > 0)) {
      return 0;
    }
    double lambda = delta * delta;
    double p = 0.5 * Math.exp(-0.5 * lambda);
    double q = SQRT_2_OVER_PI * p * delta;
    double s = 0.5 - p;
    if (s < 1e-7) {
      s = -0.5 * Math.expm1(-0.5 * lambda);
    }
    double a = 0.5;
    double b = 0.5 * df;
    double rxb = Math.pow(1 - x, b);
    double logBeta = LOG_SQRT_PI + LogGamma.value(b) - LogGamma.value(0.5 + b);
    double xodd = RegularizedBeta.value(x, a, b);
    double godd = 2 * rxb * Math.exp(a * Math.log(x) - logBeta);
    double tnc = b * x;
    double xeven = tnc < Math.ulp(1.0) ? tnc : 1 - rxb;
    double geven = tnc * rxb;
    tnc = p * xodd + q * xeven;
    for (int it = 1; it <= MAX_TERMS; it++) {
      a += 1;
      xodd -= godd;
      xeven -= geven;
      godd *= x * (a + b - 1) / a;
      geven *= x * (a + b - 0.5) / (a + 0.5);
      p *= lambda / (2 * it);
      q *= lambda / (2 * it + 1);
      tnc += p * xodd + q * xeven;
      s -= p;
      if (s < -1e-10 || (s <= 0 && it > 1)) {
        break;
      }
      if (Math.abs(2 * s * (xodd - godd)) < ERROR_BOUND) {
        break;
      }
    }
    return tnc;
  }
}
