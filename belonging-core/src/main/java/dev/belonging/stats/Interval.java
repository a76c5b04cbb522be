package dev.belonging.stats;

import dev.belonging.internal.BelongingStyle;
import org.immutables.value.Value;

/**
 * A two-sided confidence interval: a lower and an upper limit and the confidence level they were
 * computed for.
 *
 * <p>Limits are in the unit of the estimate they bound (score points, a proportion in [0, 1], a
 * ratio). A limit may be infinite where the method says so (for example the upper limit of a
 * rate ratio when the comparison group has no events), but never NaN, and {@code lower <=
 * upper}. The level is a probability strictly between 0 and 1, such as 0.95.
 *
 * <p>Instances are immutable and thread-safe. Two intervals are equal when limits and level are
 * equal.
 */
@Value.Immutable
@BelongingStyle
public abstract class Interval {
  Interval() {}

  /** The lower limit; may be negative infinity, never NaN. */
  @Value.Parameter
  public abstract double lower();

  /** The upper limit, {@code >= lower()}; may be positive infinity, never NaN. */
  @Value.Parameter
  public abstract double upper();

  /** The confidence level, strictly between 0 and 1 (for example 0.95). */
  @Value.Parameter
  public abstract double level();

  /**
   * An interval.
   *
   * @param lower the lower limit, not NaN
   * @param upper the upper limit, not NaN and {@code >= lower}
   * @param level the confidence level, in (0, 1)
   * @return the interval
   * @throws IllegalArgumentException if a limit is NaN, {@code lower > upper} or {@code level}
   *     is outside (0, 1)
   */
  public static Interval of(double lower, double upper, double level) {
    return ImmutableInterval.of(lower, upper, level);
  }

  /**
   * Whether {@code value} lies within the closed interval.
   *
   * @param value the value to test
   * @return {@code lower() <= value <= upper()}; false for NaN
   */
  public final boolean contains(double value) {
    return value >= lower() && value <= upper();
  }

  /**
   * Whether the interval lies entirely on one side of zero, as for a difference that is credibly
   * not zero.
   *
   * @return {@code lower() > 0 || upper() < 0}
   */
  public final boolean excludesZero() {
    return lower() > 0 || upper() < 0;
  }

  /** The width {@code upper() - lower()}, {@code >= 0}; infinite if a limit is. */
  public final double width() {
    return upper() - lower();
  }

  @Value.Check
  void check() {
    if (!(level() > 0 && level() < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), but was " + level());
    }
    if (!(lower() <= upper())) {
      throw new IllegalArgumentException(
          "lower must be <= upper and neither NaN, but was [" + lower() + ", " + upper() + "]");
    }
  }

  @Override
  public String toString() {
    return "Interval[" + lower() + ", " + upper() + "] at " + level();
  }
}
