package dev.belonging.intervention;

import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.stats.DifferenceInDifferences;
import dev.belonging.stats.Interval;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Evaluates an intervention trial by difference-in-differences: how much the target group's score
 * on the watched items changed, beyond the change in a comparison group over the same period.
 *
 * <p>Configure with {@code TrialEvaluation.withDefaults().withMinimumGroupSize(..)} and call
 * {@link #evaluate(TrialWaves)}.
 *
 * <p><b>Method.</b> The estimate is {@code (targetAfter - targetBefore) - (comparisonAfter -
 * comparisonBefore)} of the group means. Anonymous waves are independent cross-sections, so its
 * variance is the sum of the four {@code sd^2 / n}; the interval is {@code estimate +- t * SE}
 * with Welch-Satterthwaite degrees of freedom (Satterthwaite 1946; Welch 1947). See Angrist and
 * Pischke, <i>Mostly Harmless Econometrics</i> (2009), ch. 5, for difference-in-differences.
 *
 * <p><b>Credibility.</b> The result is credible when all four groups have at least {@link
 * #minimumGroupSize()} respondents and the interval exists and excludes zero.
 *
 * <p><b>Decision rule.</b> Let the <i>improvement</i> be the estimate, or its negative when {@link
 * #higherIsBetter()} is false, and orient the interval the same way. Then:
 *
 * <ol>
 *   <li>{@link TrialDecision#CONTINUE} when the result is credible and the improvement's lower
 *       bound is above zero. This is a {@link TrialResult#win() win}.
 *   <li>{@link TrialDecision#STOP} when all groups are large enough, the interval exists, and the
 *       improvement's upper bound is below {@link #smallestWorthwhileChange()} (with the default
 *       of zero: a credible deterioration).
 *   <li>{@link TrialDecision#ADJUST} otherwise: the groups are too small, there is no variation, or
 *       the interval still allows both a worthwhile improvement and none. Change how the
 *       intervention is run, or run it longer, and evaluate again.
 * </ol>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class TrialEvaluation {
  private static final TrialEvaluation DEFAULTS = ImmutableTrialEvaluation.builder().build();

  TrialEvaluation() {}

  /** An evaluation with the defaults documented on each setting. */
  public static TrialEvaluation withDefaults() {
    return DEFAULTS;
  }

  /** Confidence level of the interval, in (0, 1); default 0.95. */
  @Value.Default
  public double confidenceLevel() {
    return 0.95;
  }

  /** Smallest group size at which a result can be credible, {@code >= 2}; default 10. */
  @Value.Default
  public int minimumGroupSize() {
    return 10;
  }

  /** Whether a higher score is better on the watched items; default true. */
  @Value.Default
  public boolean higherIsBetter() {
    return true;
  }

  /**
   * The smallest improvement, in the scale's units, worth the effort; {@code >= 0}, default 0. A
   * trial whose interval rules out an improvement of this size is stopped.
   */
  @Value.Default
  public double smallestWorthwhileChange() {
    return 0.0;
  }

  /**
   * This evaluation with another confidence level.
   *
   * @param level in (0, 1)
   * @return the new evaluation
   * @throws IllegalArgumentException if {@code level} is not in (0, 1)
   */
  public abstract TrialEvaluation withConfidenceLevel(double level);

  /**
   * This evaluation with another minimum group size.
   *
   * @param size at least 2
   * @return the new evaluation
   * @throws IllegalArgumentException if {@code size < 2}
   */
  public abstract TrialEvaluation withMinimumGroupSize(int size);

  /**
   * This evaluation with another direction.
   *
   * @param higherIsBetter whether higher scores are better
   * @return the new evaluation
   */
  public abstract TrialEvaluation withHigherIsBetter(boolean higherIsBetter);

  /**
   * This evaluation with another smallest worthwhile change.
   *
   * @param change in the scale's units, finite and {@code >= 0}
   * @return the new evaluation
   * @throws IllegalArgumentException if {@code change} is negative or not finite
   */
  public abstract TrialEvaluation withSmallestWorthwhileChange(double change);

  @Value.Check
  void check() {
    if (!(confidenceLevel() > 0 && confidenceLevel() < 1)) {
      throw new IllegalArgumentException(
          "confidenceLevel must be in (0, 1), but was " + confidenceLevel());
    }
    if (minimumGroupSize() < 2) {
      throw new IllegalArgumentException(
          "minimumGroupSize must be >= 2, but was " + minimumGroupSize());
    }
    if (!(smallestWorthwhileChange() >= 0
        && smallestWorthwhileChange() < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "smallestWorthwhileChange must be finite and >= 0, but was "
              + smallestWorthwhileChange());
    }
  }

  /**
   * Evaluates one trial.
   *
   * @param waves the four group summaries
   * @return the estimate, interval, credibility and decision
   */
  public TrialResult evaluate(TrialWaves waves) {
    DifferenceInDifferences did = DifferenceInDifferences.of(
        waves.targetBefore().asArray(), waves.targetAfter().asArray(),
        waves.comparisonBefore().asArray(), waves.comparisonAfter().asArray());
    double estimate = did.estimate();
    OptionalDouble half = did.halfWidth(confidenceLevel());
    boolean largeEnough = waves.smallestN() >= minimumGroupSize();
    Optional<Interval> confidenceInterval = Optional.empty();
    boolean credible = false;
    TrialDecision decision = TrialDecision.ADJUST;
    String why;
    if (half.isPresent()) {
      double lo = estimate - half.getAsDouble();
      double hi = estimate + half.getAsDouble();
      confidenceInterval = Optional.of(Interval.of(lo, hi, confidenceLevel()));
      credible = largeEnough && (lo > 0 || hi < 0);
      double improvementLower = higherIsBetter() ? lo : -hi;
      double improvementUpper = higherIsBetter() ? hi : -lo;
      String interval = String.format(Locale.ROOT, "%.0f%% interval [%.2f, %.2f]",
          confidenceLevel() * 100, lo, hi);
      if (credible && improvementLower > 0) {
        decision = TrialDecision.CONTINUE;
        why = "credible improvement: " + interval + " lies entirely on the better side of 0";
      } else if (largeEnough && improvementUpper < smallestWorthwhileChange()) {
        decision = TrialDecision.STOP;
        why = smallestWorthwhileChange() > 0
            ? String.format(Locale.ROOT,
                "%s rules out an improvement of %.2f or more", interval,
                smallestWorthwhileChange())
            : "credible deterioration: " + interval + " lies entirely on the worse side of 0";
      } else if (!largeEnough) {
        why = "a group has fewer than " + minimumGroupSize()
            + " respondents; run longer or widen the groups, then evaluate again";
      } else {
        why = "inconclusive: " + interval + " allows both an improvement and none";
      }
    } else {
      why = "no variation in any group, so no interval; adjust and evaluate again";
    }
    String text = String.format(Locale.ROOT, "difference-in-differences %+.2f; ", estimate)
        + why + " -> " + decision.name().toLowerCase(Locale.ROOT);
    return ImmutableTrialResult.builder()
        .estimate(estimate)
        .standardError(did.standardError())
        .degreesOfFreedom(did.degreesOfFreedom())
        .interval(confidenceInterval)
        .confidenceLevel(confidenceLevel())
        .groupsLargeEnough(largeEnough)
        .credible(credible)
        .decision(decision)
        .win(decision == TrialDecision.CONTINUE)
        .explanation(text)
        .build();
  }
}
