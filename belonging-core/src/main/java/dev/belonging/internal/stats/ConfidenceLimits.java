package dev.belonging.internal.stats;

/**
 * The limits of a two-sided confidence interval and its level, as computed in this package.
 *
 * <p>A limit may be infinite where the method says so, never NaN; {@code lower <= upper}; the
 * level is in (0, 1). Immutable and thread-safe.
 *
 * @param lower the lower limit
 * @param upper the upper limit
 * @param level the confidence level
 */
public record ConfidenceLimits(double lower, double upper, double level) {
  /**
   * Validates the limits.
   *
   * @throws IllegalArgumentException if a limit is NaN, {@code lower > upper} or {@code level} is
   *     outside (0, 1)
   */
  public ConfidenceLimits {
    Args.level(level);
    if (!(lower <= upper)) {
      throw new IllegalArgumentException(
          "lower must be <= upper and neither NaN, but was [" + lower + ", " + upper + "]");
    }
  }

  /**
   * Whether {@code value} lies in the closed interval.
   *
   * @param value the value
   * @return {@code lower <= value <= upper}; false for NaN
   */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }
}
