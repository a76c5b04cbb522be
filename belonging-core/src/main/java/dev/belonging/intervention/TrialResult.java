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
   * A builder, for results as read back from storage; {@link TrialEvaluation#evaluate} builds its
   * own. Every field but {@link #degreesOfFreedom()} and {@link #interval()} is required; {@code
   * build()} checks the ranges and that the fields agree.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrialResult}; {@code build()} throws IllegalArgumentException if invalid. */
  public static final class Builder extends ImmutableTrialResult.Builder {
    Builder() {}
  }

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

  /**
   * The rules of a result: estimate finite; standard error finite and {@code >= 0}; degrees of
   * freedom finite and {@code > 0}; confidence level in (0, 1) and equal to the interval's;
   * credible only with large enough groups and an interval that excludes zero; a win exactly when
   * the decision is {@link TrialDecision#CONTINUE}, which needs a credible result; explanation
   * not blank.
   */
  @Value.Check
  void check() {
    if (!Double.isFinite(estimate())) {
      throw new IllegalArgumentException("estimate must be finite, but was " + estimate());
    }
    if (!(standardError() >= 0 && standardError() < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "standardError must be finite and >= 0, but was " + standardError());
    }
    if (degreesOfFreedom().isPresent() && !(degreesOfFreedom().getAsDouble() > 0
        && degreesOfFreedom().getAsDouble() < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("degreesOfFreedom must be finite and > 0, but was "
          + degreesOfFreedom().getAsDouble());
    }
    if (!(confidenceLevel() > 0 && confidenceLevel() < 1)) {
      throw new IllegalArgumentException(
          "confidenceLevel must be in (0, 1), but was " + confidenceLevel());
    }
    if (interval().isPresent() && interval().get().level() != confidenceLevel()) {
      throw new IllegalArgumentException("interval level must equal confidenceLevel "
          + confidenceLevel() + ", but was " + interval().get().level());
    }
    if (credible() && !(groupsLargeEnough() && interval().isPresent()
        && interval().get().excludesZero())) {
      throw new IllegalArgumentException("credible requires groupsLargeEnough and an interval "
          + "that excludes zero");
    }
    if (win() != (decision() == TrialDecision.CONTINUE)) {
      throw new IllegalArgumentException("win must be true exactly when decision is CONTINUE");
    }
    if (decision() == TrialDecision.CONTINUE && !credible()) {
      throw new IllegalArgumentException("decision CONTINUE requires a credible result");
    }
    if (explanation().isBlank()) {
      throw new IllegalArgumentException("explanation must not be blank");
    }
  }
}
