package dev.belonging.internal.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.numbers.gamma.GammaRatio;

/**
 * Hedges' g: the standardised mean difference {@code (m_a - m_b) / s_pooled} with the exact
 * small-sample bias correction.
 *
 * <p>{@code g = J(df) · (m_a - m_b) / s_p} with {@code df = n_a + n_b - 2}, {@code s_p² = ((n_a -
 * 1) s_a² + (n_b - 1) s_b²) / df} and {@code J(df) = Γ(df/2) / (sqrt(df/2) · Γ((df - 1)/2))}
 * (Hedges 1981, J. Educational Statistics 6:107-128, eq. 6e; Hedges & Olkin 1985, Statistical
 * Methods for Meta-Analysis, §5.A). The standard error is the large-sample approximation {@code
 * sqrt((n_a + n_b)/(n_a n_b) + g²/(2 (n_a + n_b)))} (Hedges & Olkin 1985, eq. 5.15, with g in
 * place of δ) and the interval is {@code g ± z · se}: approximate, adequate for display, not for
 * inference at very small n. Thread-safe; stateless.
 */
public final class HedgesG {
  private HedgesG() {}

  /**
   * Hedges' g with its approximate standard error and interval.
   *
   * @param g the bias-corrected standardised difference {@code mean(a) - mean(b)} in pooled SD
   * @param standardError the approximate standard error of g
   * @param interval the approximate normal interval {@code g ± z · standardError}
   */
  public record Result(double g, double standardError, ConfidenceLimits interval) {}

  /**
   * The exact correction factor {@code J(df) = Γ(df/2) / (sqrt(df/2) Γ((df-1)/2))}, computed
   * through Commons Numbers' {@link GammaRatio} (no overflow for large df).
   *
   * @param degreesOfFreedom {@code n_a + n_b - 2}, {@code >= 2}
   * @return J, in (0, 1)
   * @throws IllegalArgumentException if {@code degreesOfFreedom < 2}
   */
  public static double correction(long degreesOfFreedom) {
    if (degreesOfFreedom < 2) {
      throw new IllegalArgumentException(
          "degreesOfFreedom must be >= 2, but was " + degreesOfFreedom);
    }
    double half = degreesOfFreedom / 2.0;
    return GammaRatio.value(half, half - 0.5) / Math.sqrt(half);
  }

  /**
   * Hedges' g for {@code a} against {@code b}.
   *
   * @param a the first sample (for example a cell)
   * @param b the second sample (for example its baseline)
   * @param level the confidence level of the interval, in (0, 1)
   * @return the result; empty when either sample is empty, {@code n_a + n_b < 4} (J needs {@code
   *     df >= 2}) or the pooled standard deviation is 0
   * @throws IllegalArgumentException if {@code level} is outside (0, 1)
   */
  public static Optional<Result> of(SampleSummary a, SampleSummary b, double level) {
    Args.level(level);
    OptionalDouble pooled = pooledStandardDeviation(a, b);
    long df = a.n() + b.n() - 2;
    if (pooled.isEmpty() || df < 2 || !(pooled.getAsDouble() > 0)) {
      return Optional.empty();
    }
    double d = (a.mean().getAsDouble() - b.mean().getAsDouble()) / pooled.getAsDouble();
    double g = correction(df) * d;
    double total = a.n() + b.n();
    double se = Math.sqrt(total / ((double) a.n() * b.n()) + g * g / (2 * total));
    double half = Args.twoSidedZ(level) * se;
    return Optional.of(new Result(g, se, new ConfidenceLimits(g - half, g + half, level)));
  }

  /**
   * The pooled standard deviation {@code sqrt(((n_a-1) s_a² + (n_b-1) s_b²) / (n_a + n_b - 2))}.
   * A sample of size 1 contributes nothing (its {@code n - 1} is 0).
   *
   * @param a the first sample
   * @param b the second sample
   * @return the pooled standard deviation; empty when either sample is empty or {@code n_a + n_b
   *     < 3}
   */
  public static OptionalDouble pooledStandardDeviation(SampleSummary a, SampleSummary b) {
    if (a.n() < 1 || b.n() < 1 || a.n() + b.n() < 3) {
      return OptionalDouble.empty();
    }
    double sa = a.standardDeviation().orElse(0);
    double sb = b.standardDeviation().orElse(0);
    double ss = (a.n() - 1) * sa * sa + (b.n() - 1) * sb * sb;
    return OptionalDouble.of(Math.sqrt(ss / (a.n() + b.n() - 2)));
  }
}
