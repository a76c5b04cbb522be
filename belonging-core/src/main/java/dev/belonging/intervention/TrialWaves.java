package dev.belonging.intervention;

import dev.belonging.internal.BelongingStyle;
import org.immutables.value.Value;

/**
 * The data of one trial: the target group (the one the intervention was for) and a comparison
 * group, each summarised in a wave before and a wave after the trial, on the same watched items.
 * Anonymous waves are independent cross-sections: nobody is linked across waves.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class TrialWaves {
  TrialWaves() {}

  /** The target group before the trial. */
  @Value.Parameter
  public abstract GroupSummary targetBefore();

  /** The target group after the trial. */
  @Value.Parameter
  public abstract GroupSummary targetAfter();

  /** The comparison group before the trial. */
  @Value.Parameter
  public abstract GroupSummary comparisonBefore();

  /** The comparison group after the trial. */
  @Value.Parameter
  public abstract GroupSummary comparisonAfter();

  /**
   * The four summaries of a trial.
   *
   * @param targetBefore the target group before
   * @param targetAfter the target group after
   * @param comparisonBefore the comparison group before
   * @param comparisonAfter the comparison group after
   * @return the trial data
   */
  public static TrialWaves of(GroupSummary targetBefore, GroupSummary targetAfter,
      GroupSummary comparisonBefore, GroupSummary comparisonAfter) {
    return ImmutableTrialWaves.of(targetBefore, targetAfter, comparisonBefore, comparisonAfter);
  }

  int smallestN() {
    return Math.min(Math.min(targetBefore().n(), targetAfter().n()),
        Math.min(comparisonBefore().n(), comparisonAfter().n()));
  }
}
