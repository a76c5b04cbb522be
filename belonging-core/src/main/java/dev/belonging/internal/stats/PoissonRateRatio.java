package dev.belonging.internal.stats;

import java.util.Optional;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * The ratio of two Poisson rates, such as recognition events per person-period of remote
 * against office staff, with the exact conditional test and interval.
 *
 * <p>Given the total {@code x_a + x_b}, {@code x_a} is binomial with probability {@code π = ρ t_a
 * / (ρ t_a + t_b)} for rate ratio ρ (Przyborowski & Wilenski 1940; Breslow & Day 1987, §2.6;
 * R {@code poisson.test(c(x_a, x_b), c(t_a, t_b))}). The p-value is the two-sided exact binomial
 * test of {@code ρ = 1} with R's {@code binom.test} rule (outcomes at most {@code 1 + 1e-7} times
 * as likely as the observed one), and the interval maps the Clopper-Pearson limits of π to
 * {@code ρ = π/(1 - π) · t_b/t_a} (Clopper & Pearson 1934). Thread-safe; stateless.
 */
public final class PoissonRateRatio {
  private static final double TIE_TOLERANCE = 1 + 1e-7;

  private PoissonRateRatio() {}

  /**
   * The rate ratio, its exact p-value and interval.
   *
   * @param ratio {@code (x_a/t_a) / (x_b/t_b)}, infinite when {@code x_b = 0}
   * @param p the two-sided exact conditional p-value of ratio 1, in [0, 1]
   * @param interval the exact interval; its upper limit is infinite when {@code x_b = 0}
   */
  public record Result(double ratio, double p, ConfidenceLimits interval) {}

  /**
   * Compares the rate of group a with that of group b.
   *
   * @param eventsA x_a, {@code >= 0}
   * @param exposureA t_a (for example person-periods), finite and {@code > 0}
   * @param eventsB x_b, {@code >= 0}
   * @param exposureB t_b, finite and {@code > 0}
   * @param level the confidence level, in (0, 1)
   * @return the result; empty when there are no events at all (the ratio is undefined)
   * @throws IllegalArgumentException if an argument breaks its rule, or {@code x_a + x_b}
   *     exceeds {@code Integer.MAX_VALUE}
   */
  public static Optional<Result> test(
      long eventsA, double exposureA, long eventsB, double exposureB, double level) {
    Args.nonNegative("eventsA", eventsA);
    Args.nonNegative("eventsB", eventsB);
    Args.positive("exposureA", exposureA);
    Args.positive("exposureB", exposureB);
    Args.level(level);
    long total = eventsA + eventsB;
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "eventsA + eventsB must be <= " + Integer.MAX_VALUE + ", but was " + total);
    }
    if (total == 0) {
      return Optional.empty();
    }
    int n = (int) total;
    int x = (int) eventsA;
    double pi = exposureA / (exposureA + exposureB);
    double p = binomialTwoSidedP(x, n, pi);
    double alpha = (1 - level) / 2;
    double piLower = x == 0 ? 0 : Distributions.betaLowerQuantile(x, n - x + 1.0, alpha);
    double piUpper = x == n ? 1 : Distributions.betaUpperQuantile(x + 1.0, n - x, alpha);
    double ratio = (eventsA / exposureA) / (eventsB / exposureB);
    double lower = piLower / (1 - piLower) * exposureB / exposureA;
    double upper = piUpper == 1 ? Double.POSITIVE_INFINITY
        : piUpper / (1 - piUpper) * exposureB / exposureA;
    return Optional.of(new Result(ratio, p, new ConfidenceLimits(lower, upper, level)));
  }

  /** R's {@code binom.test(x, n, pi)$p.value}, two-sided. */
  static double binomialTwoSidedP(int x, int n, double pi) {
    BinomialDistribution binomial = BinomialDistribution.of(n, pi);
    double d = binomial.probability(x);
    double m = n * pi;
    double p;
    if (x == m) {
      p = 1;
    } else if (x < m) {
      int y = 0;
      for (int i = (int) Math.ceil(m); i <= n; i++) {
        if (binomial.probability(i) <= d * TIE_TOLERANCE) {
          y++;
        }
      }
      p = binomial.cumulativeProbability(x) + binomial.survivalProbability(n - y);
    } else {
      int y = 0;
      for (int i = 0; i <= (int) Math.floor(m); i++) {
        if (binomial.probability(i) <= d * TIE_TOLERANCE) {
          y++;
        }
      }
      p = binomial.cumulativeProbability(y - 1) + binomial.survivalProbability(x - 1);
    }
    return Math.min(1, p);
  }
}
