package dev.belonging.intervention;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import org.immutables.value.Value;

/**
 * The {@link Recommender}'s answer: a ranked list with prerequisite advice first, the
 * interventions left out because they were stopped before, and performative-pattern warnings
 * about the recommended set.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class Recommendations {
  Recommendations() {}

  /** The entries, by rank: every {@link Recommendation.Kind#PREREQUISITE} before the others. */
  public abstract ImmutableList<Recommendation> entries();

  /** Ids of catalog entries not recommended because an earlier trial was stopped. */
  public abstract ImmutableList<String> excludedAsStopped();

  /** Warnings from {@link PerformativePattern#checkPlan} on the recommended interventions. */
  public abstract ImmutableList<PerformativeWarning> warnings();

  /** Whether there is nothing to recommend (no credible gap in the input). */
  public boolean isEmpty() {
    return entries().isEmpty();
  }

  @Override
  public String toString() {
    return "Recommendations" + entries();
  }
}
