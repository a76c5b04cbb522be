package dev.belonging.internal.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The Gini coefficient of non-negative counts, such as speaking turns per meeting participant.
 *
 * <p>{@code G = Σ_i Σ_j |x_i - x_j| / (2 n² mean)}: half the relative mean absolute difference
 * (Gini 1912; e.g. Cowell, Measuring Inequality, 3rd ed., §2.2), 0 when everyone has the same
 * count and {@code (n - 1)/n} when one person has everything. The small-sample variant multiplies
 * by {@code n/(n - 1)} so that its maximum is 1 (R {@code ineq::Gini(x, corr = TRUE)}). Computed
 * exactly from the sorted counts, {@code G = Σ (2i - n - 1) x_(i) / (n Σ x)}, in integers.
 * Thread-safe; stateless.
 */
public final class Gini {
  private static final MathContext EXACT_ENOUGH = new MathContext(40);

  private Gini() {}

  /**
   * The Gini coefficient.
   *
   * @param counts the counts, each {@code >= 0}; not modified
   * @return G in [0, (n-1)/n]; empty when there are no counts or all are 0
   * @throws IllegalArgumentException if a count is negative
   */
  public static OptionalDouble of(long[] counts) {
    return compute(counts, false);
  }

  /**
   * The small-sample variant {@code n/(n-1) · G}.
   *
   * @param counts the counts, each {@code >= 0}; not modified
   * @return the corrected coefficient in [0, 1]; empty when there are fewer than 2 counts or all
   *     are 0
   * @throws IllegalArgumentException if a count is negative
   */
  public static OptionalDouble smallSampleCorrected(long[] counts) {
    return compute(counts, true);
  }

  private static OptionalDouble compute(long[] counts, boolean corrected) {
    for (int i = 0; i < counts.length; i++) {
      Args.nonNegative("counts[" + i + "]", counts[i]);
    }
    int n = counts.length;
    if (n == 0 || (corrected && n < 2)) {
      return OptionalDouble.empty();
    }
    long[] sorted = counts.clone();
    Arrays.sort(sorted);
    BigInteger total = BigInteger.ZERO;
    BigInteger weighted = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger x = BigInteger.valueOf(sorted[i]);
      total = total.add(x);
      weighted = weighted.add(x.multiply(BigInteger.valueOf(2L * (i + 1) - n - 1)));
    }
    if (total.signum() == 0) {
      return OptionalDouble.empty();
    }
    BigInteger denominator = total.multiply(BigInteger.valueOf(corrected ? n - 1 : n));
    return OptionalDouble.of(new BigDecimal(weighted)
        .divide(new BigDecimal(denominator), EXACT_ENOUGH).doubleValue());
  }
}
