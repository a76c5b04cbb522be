package dev.belonging.internal.stats;

import java.util.Optional;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * Welch's two-sample t-test from summary statistics, for the difference {@code mean(a) -
 * mean(b)}.
 *
 * <p>Statistic {@code t = (m_a - m_b) / sqrt(s_a²/n_a + s_b²/n_b)}, Welch-Satterthwaite degrees
 * of freedom, a two-sided p-value and the interval {@code (m_a - m_b) ± t(1 - (1 - level)/2, df)
 * · se} (Welch 1947, Biometrika 34:28-35; Satterthwaite 1946). The test itself is Apache Commons
 * Statistics' {@link TTest} with {@link DataDispersion#HETEROSCEDASTIC}. Thread-safe; stateless.
 */
public final class WelchTTest {
  private static final TTest WELCH =
      TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC);

  private WelchTTest() {}

  /**
   * The outcome of a Welch test.
   *
   * @param difference {@code mean(a) - mean(b)}
   * @param t the t statistic
   * @param degreesOfFreedom the Welch-Satterthwaite degrees of freedom, {@code >= 1}
   * @param p the two-sided p-value, in [0, 1]
   * @param interval the interval of the difference
   */
  public record Result(
      double difference, double t, double degreesOfFreedom, double p, ConfidenceLimits interval) {}

  /**
   * Tests {@code mean(a) = mean(b)}.
   *
   * @param a the first sample (for example a cell)
   * @param b the second sample (for example its baseline)
   * @param level the confidence level of the interval, in (0, 1)
   * @return the result; empty when either sample has fewer than 2 values or both standard
   *     deviations are 0 (the standard error is 0)
   * @throws IllegalArgumentException if {@code level} is outside (0, 1)
   */
  public static Optional<Result> test(SampleSummary a, SampleSummary b, double level) {
    Args.level(level);
    if (a.n() < 2 || b.n() < 2) {
      return Optional.empty();
    }
    double ma = a.mean().getAsDouble();
    double mb = b.mean().getAsDouble();
    double sa = a.standardDeviation().getAsDouble();
    double sb = b.standardDeviation().getAsDouble();
    double va = sa * sa / a.n();
    double vb = sb * sb / b.n();
    double se = Math.sqrt(va + vb);
    if (!(se > 0)) {
      return Optional.empty();
    }
    TTest.Result result = WELCH.test(ma, sa * sa, a.n(), mb, sb * sb, b.n());
    double df = result.getDegreesOfFreedom();
    double difference = ma - mb;
    double halfWidth = Distributions.tUpperQuantile(df, (1 - level) / 2) * se;
    return Optional.of(new Result(difference, result.getStatistic(), df, result.getPValue(),
        new ConfidenceLimits(difference - halfWidth, difference + halfWidth, level)));
  }
}
