package dev.belonging.disaggregation;

import dev.belonging.internal.BelongingStyle;
import org.immutables.value.Value;

/**
 * A two-sided confidence interval {@code [lower, upper]} at a confidence level in (0, 1), in the
 * unit of the estimate it belongs to.
 *
 * <p>Immutable and thread-safe. (At integration this may be replaced by the shared
 * {@code dev.belonging.stats.Interval}.)
 */
@Value.Immutable
@BelongingStyle
public abstract class ConfidenceInterval {
  ConfidenceInterval() {}

  /** The lower bound, finite. */
  @Value.Parameter
  public abstract double lower();

  /** The upper bound, finite and {@code >= lower}. */
  @Value.Parameter
  public abstract double upper();

  /** The confidence level, in (0, 1), such as 0.95. */
  @Value.Parameter
  public abstract double level();

  /** Whether {@code value} lies in {@code [lower, upper]}. */
  public final boolean contains(double value) {
    return value >= lower() && value <= upper();
  }

  /** Whether the interval excludes zero. */
  public final boolean excludesZero() {
    return lower() > 0 || upper() < 0;
  }

  /**
   * An interval.
   *
   * @param lower finite lower bound
   * @param upper finite upper bound, {@code >= lower}
   * @param level confidence level in (0, 1)
   * @return the interval
   * @throws IllegalArgumentException if the bounds are not finite and ordered or the level is
   *     outside (0, 1)
   */
  public static ConfidenceInterval of(double lower, double upper, double level) {
    return ImmutableConfidenceInterval.of(lower, upper, level);
  }

  @Value.Check
  void check() {
    if (!(Double.isFinite(lower()) && Double.isFinite(upper()) && lower() <= upper())) {
      throw new IllegalArgumentException("interval bounds must be finite with lower <= upper, but "
          + "were [" + lower() + ", " + upper() + "]");
    }
    if (!(level() > 0 && level() < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), but was " + level());
    }
  }
}
