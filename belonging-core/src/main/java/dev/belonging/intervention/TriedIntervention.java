package dev.belonging.intervention;

import dev.belonging.internal.BelongingStyle;
import org.immutables.value.Value;

/**
 * An intervention the organisation already tried, with the decision taken after its trial.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class TriedIntervention {
  TriedIntervention() {}

  /** The catalog id of the intervention. */
  @Value.Parameter
  public abstract String interventionId();

  /** What was decided after the trial. */
  @Value.Parameter
  public abstract TrialDecision decision();

  /**
   * A tried intervention.
   *
   * @param interventionId the catalog id
   * @param decision the decision after the trial
   * @return the record
   */
  public static TriedIntervention of(String interventionId, TrialDecision decision) {
    return ImmutableTriedIntervention.of(interventionId, decision);
  }
}
