package dev.belonging.testkit;

import java.util.random.RandomGenerator;

/**
 * The standard normal distribution computed with {@link StrictMath} and basic arithmetic only, so
 * every value that feeds a simulation is bit-for-bit identical on every JDK and CPU (the JDK's
 * {@code nextGaussian} changed algorithm in JDK 17, and {@code Math} functions may use
 * platform intrinsics).
 */
final class Normal {
  private static final double TWO_PI = 2 * StrictMath.PI;
  private static final double INV_SQRT_TWO_PI = 1 / StrictMath.sqrt(TWO_PI);
  /** Beyond this the tail mass is below 1e-17 and treated as 0. */
  private static final double TAIL = 8.5;

  private Normal() {}

  /**
   * A standard normal variate by the Box-Muller transform (Box and Muller 1958, "A note on the
   * generation of random normal deviates", Ann. Math. Statist. 29(2)), using the cosine branch.
   */
  static double sample(RandomGenerator random) {
    double u1 = 1.0 - random.nextDouble(); // in (0, 1], so the logarithm is finite
    double u2 = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(TWO_PI * u2);
  }

  /**
   * The cumulative distribution function: for {@code |x| <= 3} by Marsaglia's Taylor series
   * (Marsaglia 2004, "Evaluating the normal distribution", J. Stat. Softw. 11(4)), absolute error
   * below 1e-15; beyond, the tail by Laplace's continued fraction (Abramowitz and Stegun 1964,
   * 26.2.14), which keeps small tail probabilities accurate relative to their size.
   */
  static double cdf(double x) {
    if (x <= -TAIL) {
      return 0.0;
    }
    if (x >= TAIL) {
      return 1.0;
    }
    if (x < -3) {
      return upperTail(-x);
    }
    if (x > 3) {
      return 1.0 - upperTail(x);
    }
    double sum = x;
    double term = x;
    double x2 = x * x;
    for (int i = 3; i < 2000; i += 2) {
      term = term * x2 / i;
      double next = sum + term;
      if (next == sum) {
        break;
      }
      sum = next;
    }
    double value = 0.5 + sum * INV_SQRT_TWO_PI * StrictMath.exp(-0.5 * x2);
    return value < 0 ? 0.0 : (value > 1 ? 1.0 : value);
  }

  /** {@code 1 - cdf(x)} for {@code x > 3}, by the continued fraction evaluated backwards. */
  private static double upperTail(double x) {
    double fraction = 0;
    for (int k = 400; k >= 1; k--) {
      fraction = k / (x + fraction);
    }
    return pdf(x) / (x + fraction);
  }

  /**
   * The quantile function: the {@code x} with {@code cdf(x) = p}, by bisection on {@link
   * #cdf(double)} to the resolution of a double.
   *
   * @param p a probability in (0, 1)
   */
  static double inverseCdf(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1), but was " + p);
    }
    double lo = -TAIL;
    double hi = TAIL;
    for (int i = 0; i < 200; i++) {
      double mid = 0.5 * (lo + hi);
      if (mid == lo || mid == hi) {
        break;
      }
      if (cdf(mid) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** The density. */
  static double pdf(double x) {
    return INV_SQRT_TWO_PI * StrictMath.exp(-0.5 * x * x);
  }
}
