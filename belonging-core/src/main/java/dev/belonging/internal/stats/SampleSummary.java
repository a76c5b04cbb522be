package dev.belonging.internal.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The size, mean and sample standard deviation of a set of values, and the t interval of its
 * mean.
 *
 * <p>Built exactly from integer sufficient statistics ({@link #fromHistogram}, {@link
 * #fromSums}): the sums are kept as integers and the mean and variance are rounded once, so the
 * result does not depend on the order or partitioning of the data. The standard deviation uses
 * the {@code n - 1} denominator and is empty for {@code n < 2}; the mean is empty for {@code n =
 * 0}. Immutable and thread-safe.
 *
 * @param n the number of values, {@code >= 0}
 * @param mean the mean, empty when {@code n = 0}
 * @param standardDeviation the sample standard deviation ({@code n - 1} denominator), empty when
 *     {@code n < 2}
 */
public record SampleSummary(long n, OptionalDouble mean, OptionalDouble standardDeviation) {
  /** Digits kept when dividing the exact integer sums, well beyond double precision. */
  private static final MathContext EXACT_ENOUGH = new MathContext(40);

  /**
   * Validates the summary.
   *
   * @throws IllegalArgumentException if {@code n < 0}, a present value is not finite, the
   *     standard deviation is negative, or presence does not match {@code n}
   */
  public SampleSummary {
    Args.nonNegative("n", n);
    if (mean.isPresent() != (n > 0)) {
      throw new IllegalArgumentException("mean must be present exactly when n > 0, but n was " + n);
    }
    if (standardDeviation.isPresent() != (n > 1)) {
      throw new IllegalArgumentException(
          "standardDeviation must be present exactly when n > 1, but n was " + n);
    }
    mean.ifPresent(m -> Args.finite("mean", m));
    standardDeviation.ifPresent(s -> Args.nonNegativeFinite("standardDeviation", s));
  }

  /**
   * A summary from given moments, for example published by another system.
   *
   * @param n the number of values, {@code >= 2}
   * @param mean the mean, finite
   * @param standardDeviation the sample standard deviation, finite and {@code >= 0}
   * @return the summary
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public static SampleSummary of(long n, double mean, double standardDeviation) {
    if (n < 2) {
      throw new IllegalArgumentException("n must be >= 2, but was " + n);
    }
    return new SampleSummary(n, OptionalDouble.of(mean), OptionalDouble.of(standardDeviation));
  }

  /**
   * The summary of integer points given as a histogram: {@code counts[i]} values equal to {@code
   * lowestPoint + i}.
   *
   * @param lowestPoint the point counted by {@code counts[0]}
   * @param counts how often each point occurs, each {@code >= 0}
   * @return the exact summary
   * @throws IllegalArgumentException if a count is negative
   * @throws ArithmeticException if the sums overflow a {@code long} (more than about 10^15 values)
   */
  public static SampleSummary fromHistogram(int lowestPoint, long[] counts) {
    long n = 0;
    long sum = 0;
    long sumOfSquares = 0;
    for (int i = 0; i < counts.length; i++) {
      long count = Args.nonNegative("counts[" + i + "]", counts[i]);
      long point = (long) lowestPoint + i;
      n = Math.addExact(n, count);
      sum = Math.addExact(sum, Math.multiplyExact(count, point));
      sumOfSquares = Math.addExact(sumOfSquares, Math.multiplyExact(count, point * point));
    }
    return fromSums(n, sum, BigInteger.valueOf(sumOfSquares), 1);
  }

  /**
   * The summary of values {@code v_i = k_i / scale} given the exact integer sums {@code sum = Σ
   * k_i} and {@code sumOfSquares = Σ k_i²}. A construct score that is the mean of up to m items
   * is an integer once scaled by the least common multiple of 1..m.
   *
   * @param n the number of values, {@code >= 0}
   * @param sum the sum of the scaled values
   * @param sumOfSquares the sum of squares of the scaled values, {@code >= 0}
   * @param scale the positive scale the integers were multiplied by
   * @return the exact summary
   * @throws IllegalArgumentException if {@code n < 0}, {@code scale < 1}, {@code sumOfSquares <
   *     0}, or the sums are inconsistent ({@code n · sumOfSquares < sum²}, or {@code n = 0} with a
   *     non-zero sum)
   */
  public static SampleSummary fromSums(long n, long sum, BigInteger sumOfSquares, long scale) {
    Args.nonNegative("n", n);
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be >= 1, but was " + scale);
    }
    if (sumOfSquares.signum() < 0) {
      throw new IllegalArgumentException("sumOfSquares must be >= 0, but was " + sumOfSquares);
    }
    if (n == 0) {
      if (sum != 0 || sumOfSquares.signum() != 0) {
        throw new IllegalArgumentException("sum and sumOfSquares must be 0 when n is 0");
      }
      return new SampleSummary(0, OptionalDouble.empty(), OptionalDouble.empty());
    }
    BigInteger bigN = BigInteger.valueOf(n);
    BigInteger bigSum = BigInteger.valueOf(sum);
    BigInteger bigScale = BigInteger.valueOf(scale);
    double mean = new BigDecimal(bigSum)
        .divide(new BigDecimal(bigN.multiply(bigScale)), EXACT_ENOUGH).doubleValue();
    // n(n-1) scale² s² = n Σk² - (Σk)², exact in integers.
    BigInteger numerator = bigN.multiply(sumOfSquares).subtract(bigSum.multiply(bigSum));
    if (numerator.signum() < 0) {
      throw new IllegalArgumentException(
          "sumOfSquares must be >= sum² / n (Cauchy-Schwarz), but was smaller");
    }
    if (n == 1) {
      return new SampleSummary(1, OptionalDouble.of(mean), OptionalDouble.empty());
    }
    BigInteger denominator =
        bigN.multiply(bigN.subtract(BigInteger.ONE)).multiply(bigScale).multiply(bigScale);
    double variance =
        new BigDecimal(numerator).divide(new BigDecimal(denominator), EXACT_ENOUGH).doubleValue();
    return new SampleSummary(n, OptionalDouble.of(mean), OptionalDouble.of(Math.sqrt(variance)));
  }

  /**
   * The standard error of the mean, {@code s / sqrt(n)}; empty when {@code n < 2}.
   *
   * @return the standard error
   */
  public OptionalDouble standardError() {
    return standardDeviation.isPresent()
        ? OptionalDouble.of(standardDeviation.getAsDouble() / Math.sqrt(n))
        : OptionalDouble.empty();
  }

  /**
   * The two-sided t interval of the mean, {@code mean ± t(1 - (1 - level)/2, n - 1) · s /
   * sqrt(n)} (Student 1908; any textbook, e.g. Rice, Mathematical Statistics, 3rd ed., §7.3).
   * Empty when {@code n < 2}; zero width when all values are equal.
   *
   * @param level the confidence level, in (0, 1), typically 0.95
   * @return the interval
   * @throws IllegalArgumentException if {@code level} is outside (0, 1)
   */
  public Optional<ConfidenceLimits> meanInterval(double level) {
    Args.level(level);
    if (n < 2) {
      return Optional.empty();
    }
    double quantile = Distributions.tUpperQuantile(n - 1, (1 - level) / 2);
    double halfWidth = quantile * standardError().getAsDouble();
    double m = mean.getAsDouble();
    return Optional.of(new ConfidenceLimits(m - halfWidth, m + halfWidth, level));
  }
}
