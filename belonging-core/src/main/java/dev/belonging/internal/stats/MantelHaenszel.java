package dev.belonging.internal.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The Cochran-Mantel-Haenszel test for K stratified 2x2 tables (sites, periods) and the
 * Mantel-Haenszel common odds ratio with the Robins-Breslow-Greenland interval, as R's {@code
 * mantelhaen.test(x, correct = TRUE)} (Mantel & Haenszel 1959, JNCI 22:719-748; Robins, Breslow
 * & Greenland 1986, Biometrics 42:311-323).
 *
 * <p>Each stratum is {@code {a, b, c, d}} for the table {@code [[a, b], [c, d]]}. Strata with
 * fewer than 2 people carry no information and are skipped (R rejects them). Thread-safe;
 * stateless.
 */
public final class MantelHaenszel {
  private static final ChiSquaredDistribution CHI_SQUARED_1 = ChiSquaredDistribution.of(1);

  private MantelHaenszel() {}

  /**
   * The outcome of the test.
   *
   * @param statistic the CMH chi-squared statistic (1 degree of freedom); empty when the variance
   *     under the null is 0
   * @param p its p-value, in [0, 1]; empty with the statistic
   * @param commonOddsRatio the Mantel-Haenszel estimate; empty when its denominator {@code Σ
   *     b_k c_k / n_k} is 0
   * @param interval the Robins-Breslow-Greenland interval of the common odds ratio; empty when
   *     either {@code Σ a_k d_k / n_k} or {@code Σ b_k c_k / n_k} is 0
   */
  public record Result(OptionalDouble statistic, OptionalDouble p,
      OptionalDouble commonOddsRatio, Optional<ConfidenceLimits> interval) {}

  /**
   * Tests conditional independence across strata.
   *
   * @param strata the tables, each {@code {a, b, c, d}} with non-negative counts
   * @param continuityCorrection whether to subtract 1/2 from {@code |Σ a - Σ E(a)|} (R's default
   *     {@code correct = TRUE}; applied only when that difference is at least 1/2)
   * @param level the confidence level of the interval, in (0, 1)
   * @return the result
   * @throws IllegalArgumentException if a stratum does not have 4 entries, a count is negative or
   *     {@code level} is outside (0, 1)
   */
  public static Result test(long[][] strata, boolean continuityCorrection, double level) {
    Args.level(level);
    double difference = 0;
    double variance = 0;
    double diagonal = 0; // R: Σ a d / n
    double offDiagonal = 0; // Σ b c / n
    double termP = 0;
    double termPq = 0;
    double termQ = 0;
    for (int k = 0; k < strata.length; k++) {
      long[] t = strata[k];
      if (t.length != 4) {
        throw new IllegalArgumentException(
            "strata[" + k + "] must have 4 entries {a, b, c, d}, but had " + t.length);
      }
      for (int j = 0; j < 4; j++) {
        Args.nonNegative("strata[" + k + "][" + j + "]", t[j]);
      }
      double a = t[0];
      double b = t[1];
      double c = t[2];
      double d = t[3];
      double n = a + b + c + d;
      if (n < 2) {
        continue;
      }
      double row1 = a + b;
      double col1 = a + c;
      difference += a - row1 * col1 / n;
      variance += row1 * (n - row1) * col1 * (n - col1) / (n * n * (n - 1));
      diagonal += a * d / n;
      offDiagonal += b * c / n;
      termP += (a + d) * a * d / (n * n);
      termPq += ((a + d) * b * c + (b + c) * a * d) / (n * n);
      termQ += (b + c) * b * c / (n * n);
    }
    OptionalDouble statistic = OptionalDouble.empty();
    OptionalDouble p = OptionalDouble.empty();
    if (variance > 0) {
      double correction = continuityCorrection && Math.abs(difference) >= 0.5 ? 0.5 : 0;
      double excess = Math.abs(difference) - correction;
      double chi = excess * excess / variance;
      statistic = OptionalDouble.of(chi);
      p = OptionalDouble.of(CHI_SQUARED_1.survivalProbability(chi));
    }
    OptionalDouble estimate =
        offDiagonal > 0 ? OptionalDouble.of(diagonal / offDiagonal) : OptionalDouble.empty();
    Optional<ConfidenceLimits> interval = Optional.empty();
    if (diagonal > 0 && offDiagonal > 0) {
      double or = diagonal / offDiagonal;
      double sd = Math.sqrt(termP / (2 * diagonal * diagonal)
          + termPq / (2 * diagonal * offDiagonal)
          + termQ / (2 * offDiagonal * offDiagonal));
      double half = Args.twoSidedZ(level) * sd;
      interval = Optional.of(new ConfidenceLimits(or * Math.exp(-half), or * Math.exp(half), level));
    }
    return new Result(statistic, p, estimate, interval);
  }
}
