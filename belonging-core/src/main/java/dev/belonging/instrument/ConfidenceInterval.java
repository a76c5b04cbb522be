package dev.belonging.instrument;

import dev.belonging.internal.BelongingStyle;
import org.immutables.value.Value;

/**
 * A two-sided confidence interval {@code [lower, upper]} at a confidence level in (0, 1).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class ConfidenceInterval {
  ConfidenceInterval() {}

  /** The lower bound. */
  @Value.Parameter
  public abstract double lower();

  /** The upper bound, >= lower. */
  @Value.Parameter
  public abstract double upper();

  /** The confidence level, in (0, 1), such as 0.95. */
  @Value.Parameter
  public abstract double level();

  static ConfidenceInterval of(double lower, double upper, double level) {
    return ImmutableConfidenceInterval.of(lower, upper, level);
  }

  @Override
  public String toString() {
    return "[" + lower() + ", " + upper() + "] at " + level();
  }
}
