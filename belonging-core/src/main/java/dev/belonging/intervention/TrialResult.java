package dev.belonging.intervention;

import dev.belonging.internal.BelongingStyle;
import dev.belonging.stats.Interval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The outcome of a {@link TrialEvaluation}: the difference-in-differences estimate, its interval,
 * whether it is credible, and the decision.
 *
 * <p>The interval bounds are plain fields here; they are empty when the data have no variation at
 * all (every standard deviation zero), in which case no interval exists.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class TrialResult {
  TrialResult() {}

  /**
   * The difference-in-differences, {@code (targetAfter - targetBefore) - (comparisonAfter -
   * comparisonBefore)}, in the scale's units. Positive means the target group rose relative to the
   * comparison group.
   */
  public abstract double estimate();

  /** The standard error of {@link #estimate()}, {@code >= 0}. */
  public abstract double standardError();

  /** The Welch-Satterthwaite degrees of freedom; empty when there is no variation. */
  public abstract OptionalDouble degreesOfFreedom();

  /**
   * The t interval of {@link #estimate()} at {@link #confidenceLevel()}; empty when there is no
   * variation in any group.
   */
  public abstract Optional<Interval> interval();

  /** The confidence level of the interval, in (0, 1). */
  public abstract double confidenceLevel();

  /** Whether every group reached the evaluation's minimum size. */
  public abstract boolean groupsLargeEnough();

  /**
   * Whether the estimate is credible: every group reached the minimum size and the interval
   * exists and excludes zero.
   */
  public abstract boolean credible();

  /** What to do next; see {@link TrialEvaluation} for the rule. */
  public abstract TrialDecision decision();

  /** Whether this is a credible improvement worth celebrating publicly. */
  public abstract boolean win();

  /** One sentence explaining the decision, with numbers rounded for people. */
  public abstract String explanation();
}
