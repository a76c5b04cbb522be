package dev.belonging.testkit;

import java.util.random.RandomGenerator;

/**
 * Poisson variates computed with {@link StrictMath} only, so counts are identical on every JDK.
 */
final class Poisson {
  /** Means above this are split into chunks, so {@code exp(-mean)} never underflows. */
  private static final double CHUNK = 30;

  private Poisson() {}

  /**
   * A Poisson variate by inversion (sequential search of the cumulative distribution; Devroye
   * 1986, <i>Non-Uniform Random Variate Generation</i>, §X.3.2), one uniform per chunk of at most
   * {@value #CHUNK}; the sum of independent Poisson variates is Poisson with the summed mean.
   *
   * @param random the source
   * @param mean the mean, finite and {@code >= 0}
   */
  static long sample(RandomGenerator random, double mean) {
    long total = 0;
    double left = mean;
    while (left > 0) {
      double chunk = Math.min(left, CHUNK);
      left -= chunk;
      double u = random.nextDouble();
      double p = StrictMath.exp(-chunk);
      double cumulative = p;
      long k = 0;
      while (u >= cumulative && p > 0) {
        k++;
        p *= chunk / k;
        cumulative += p;
      }
      total += k;
    }
    return total;
  }
}
