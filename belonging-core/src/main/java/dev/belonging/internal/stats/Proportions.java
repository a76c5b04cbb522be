package dev.belonging.internal.stats;

import java.util.Optional;

/**
 * Intervals and tests for one or two binomial proportions: the Wilson score interval, Newcombe's
 * hybrid score interval for a difference, the pooled two-proportion z test and the Katz log
 * interval for a ratio. Thread-safe; stateless.
 */
public final class Proportions {
  private Proportions() {}

  /**
   * The pooled two-proportion z test of {@code p_a = p_b}.
   *
   * @param difference {@code x_a/n_a - x_b/n_b}
   * @param z the signed statistic {@code difference / sqrt(p(1-p)(1/n_a + 1/n_b))} with the
   *     pooled proportion p
   * @param p the two-sided p-value, in [0, 1]
   */
  public record ZTestResult(double difference, double z, double p) {}

  /**
   * A ratio of two proportions with its interval.
   *
   * @param ratio {@code (x_a/n_a) / (x_b/n_b)}
   * @param interval the interval of the ratio
   */
  public record RatioResult(double ratio, ConfidenceLimits interval) {}

  /**
   * The Wilson score interval for a binomial proportion (Wilson 1927, JASA 22:209-212; Newcombe
   * 1998, Statistics in Medicine 17:857-872, method 3). Equals R's {@code prop.test(x, n, correct
   * = FALSE)$conf.int}. The limits are clipped to [0, 1] against rounding.
   *
   * @param successes x, in [0, trials]
   * @param trials n, {@code >= 0}
   * @param level the confidence level, in (0, 1)
   * @return the interval, containing {@code x/n} and within [0, 1]; empty when {@code n = 0}
   * @throws IllegalArgumentException if a count is negative, {@code successes > trials} or
   *     {@code level} is outside (0, 1)
   */
  public static Optional<ConfidenceLimits> wilson(long successes, long trials, double level) {
    Args.successes("successes", successes, "trials", trials);
    Args.level(level);
    if (trials == 0) {
      return Optional.empty();
    }
    double z = Args.twoSidedZ(level);
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    double lower = successes == 0 ? 0 : Math.max(0, centre - half);
    double upper = successes == trials ? 1 : Math.min(1, centre + half);
    return Optional.of(new ConfidenceLimits(Math.min(lower, p), Math.max(upper, p), level));
  }

  /**
   * Newcombe's hybrid score interval for the difference {@code p_a - p_b} of two independent
   * proportions (Newcombe 1998, Statistics in Medicine 17:873-890, method 10): with Wilson limits
   * {@code (l_i, u_i)}, {@code lower = d - sqrt((p_a - l_a)² + (u_b - p_b)²)} and {@code upper =
   * d + sqrt((u_a - p_a)² + (p_b - l_b)²)}.
   *
   * @param successesA x_a, in [0, trialsA]
   * @param trialsA n_a
   * @param successesB x_b, in [0, trialsB]
   * @param trialsB n_b
   * @param level the confidence level, in (0, 1)
   * @return the interval, within [-1, 1]; empty when either group has no trials
   * @throws IllegalArgumentException if a count is negative, successes exceed trials or {@code
   *     level} is outside (0, 1)
   */
  public static Optional<ConfidenceLimits> newcombeDifference(
      long successesA, long trialsA, long successesB, long trialsB, double level) {
    Args.successes("successesA", successesA, "trialsA", trialsA);
    Args.successes("successesB", successesB, "trialsB", trialsB);
    Optional<ConfidenceLimits> a = wilson(successesA, trialsA, level);
    Optional<ConfidenceLimits> b = wilson(successesB, trialsB, level);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    double pa = (double) successesA / trialsA;
    double pb = (double) successesB / trialsB;
    double d = pa - pb;
    double lower = d - Math.hypot(pa - a.get().lower(), b.get().upper() - pb);
    double upper = d + Math.hypot(a.get().upper() - pa, pb - b.get().lower());
    return Optional.of(new ConfidenceLimits(lower, upper, level));
  }

  /**
   * The pooled two-proportion z test (e.g. Agresti, Categorical Data Analysis, 3rd ed., §3.1.3);
   * its square and p-value equal R's {@code prop.test(c(x_a, x_b), c(n_a, n_b), correct =
   * FALSE)}.
   *
   * @param successesA x_a, in [0, trialsA]
   * @param trialsA n_a
   * @param successesB x_b, in [0, trialsB]
   * @param trialsB n_b
   * @return the result; empty when a group has no trials or the pooled proportion is 0 or 1
   * @throws IllegalArgumentException if a count is negative or successes exceed trials
   */
  public static Optional<ZTestResult> zTest(
      long successesA, long trialsA, long successesB, long trialsB) {
    Args.successes("successesA", successesA, "trialsA", trialsA);
    Args.successes("successesB", successesB, "trialsB", trialsB);
    if (trialsA == 0 || trialsB == 0) {
      return Optional.empty();
    }
    long x = successesA + successesB;
    long n = trialsA + trialsB;
    if (x == 0 || x == n) {
      return Optional.empty();
    }
    double pooled = (double) x / n;
    double d = (double) successesA / trialsA - (double) successesB / trialsB;
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / trialsA + 1.0 / trialsB));
    double z = d / se;
    double p = 2 * Distributions.STANDARD_NORMAL.survivalProbability(Math.abs(z));
    return Optional.of(new ZTestResult(d, z, Math.min(1, p)));
  }

  /**
   * The ratio {@code (x_a/n_a) / (x_b/n_b)} (the impact ratio of adverse-impact analysis) with
   * the Katz log interval {@code exp(log r ± z sqrt(1/x_a - 1/n_a + 1/x_b - 1/n_b))} (Katz,
   * Baptista, Azen & Pike 1978, Biometrics 34:469-474).
   *
   * @param successesA x_a, in [0, trialsA]
   * @param trialsA n_a
   * @param successesB x_b, in [0, trialsB]
   * @param trialsB n_b
   * @param level the confidence level, in (0, 1)
   * @return the ratio and interval; empty when {@code x_a = 0} or {@code x_b = 0} (the log
   *     ratio is undefined; no continuity correction is applied)
   * @throws IllegalArgumentException if a count is negative, successes exceed trials or {@code
   *     level} is outside (0, 1)
   */
  public static Optional<RatioResult> katzRatio(
      long successesA, long trialsA, long successesB, long trialsB, double level) {
    Args.successes("successesA", successesA, "trialsA", trialsA);
    Args.successes("successesB", successesB, "trialsB", trialsB);
    Args.level(level);
    if (successesA == 0 || successesB == 0) {
      return Optional.empty();
    }
    double ratio = ((double) successesA / trialsA) / ((double) successesB / trialsB);
    double se = Math.sqrt(1.0 / successesA - 1.0 / trialsA + 1.0 / successesB - 1.0 / trialsB);
    double half = Args.twoSidedZ(level) * se;
    return Optional.of(new RatioResult(
        ratio, new ConfidenceLimits(ratio * Math.exp(-half), ratio * Math.exp(half), level)));
  }
}
