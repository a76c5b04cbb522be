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

  /**
   * A builder, for lists as read back from storage; the {@link Recommender} builds its own.
   * {@code build()} checks that the ranks are 1, 2, 3... in order and that every prerequisite
   * comes before the interventions.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Recommendations}; {@code build()} throws IllegalArgumentException if invalid. */
  public static final class Builder extends ImmutableRecommendations.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean interventions = false;
    for (int i = 0; i < entries().size(); i++) {
      Recommendation entry = entries().get(i);
      if (entry.rank() != i + 1) {
        throw new IllegalArgumentException("entries[" + i + "] must have rank " + (i + 1)
            + ", but was " + entry.rank());
      }
      if (entry.kind() == Recommendation.Kind.PREREQUISITE && interventions) {
        throw new IllegalArgumentException(
            "entries[" + i + "] is a PREREQUISITE after an INTERVENTION; prerequisites come first");
      }
      interventions |= entry.kind() == Recommendation.Kind.INTERVENTION;
    }
  }

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
