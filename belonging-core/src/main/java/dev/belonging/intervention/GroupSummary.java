package dev.belonging.intervention;

import dev.belonging.internal.BelongingStyle;
import org.immutables.value.Value;

/**
 * Summary of one group in one survey wave on the items an intervention watches: number of
 * respondents, mean score and sample standard deviation. Built from published cells only.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class GroupSummary {
  GroupSummary() {}

  /** Number of respondents, {@code >= 2}. */
  @Value.Parameter
  public abstract int n();

  /** Mean score in the scale's units; finite. */
  @Value.Parameter
  public abstract double mean();

  /** Sample standard deviation (denominator {@code n - 1}) in the scale's units; {@code >= 0}. */
  @Value.Parameter
  public abstract double sd();

  /**
   * A group summary.
   *
   * @param n number of respondents, at least 2
   * @param mean the mean, finite
   * @param sd the sample standard deviation, finite and {@code >= 0}
   * @return the summary
   * @throws IllegalArgumentException if a rule is broken
   */
  public static GroupSummary of(int n, double mean, double sd) {
    return ImmutableGroupSummary.of(n, mean, sd);
  }

  @Value.Check
  void check() {
    if (n() < 2) {
      throw new IllegalArgumentException("n must be >= 2, but was " + n());
    }
    if (!Double.isFinite(mean())) {
      throw new IllegalArgumentException("mean must be finite, but was " + mean());
    }
    if (!(sd() >= 0 && sd() < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("sd must be finite and >= 0, but was " + sd());
    }
  }

  double[] asArray() {
    return new double[] {n(), mean(), sd()};
  }
}
