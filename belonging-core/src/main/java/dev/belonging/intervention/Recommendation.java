package dev.belonging.intervention;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a {@link Recommendations} list: either advice to fix a prerequisite first, or an
 * intervention that fits a credible gap.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class Recommendation {
  /** What an entry is. */
  public enum Kind {
    /**
     * Psychological safety or procedural fairness is low for a group: address it before anything
     * else, or belonging initiatives read as performative.
     */
    PREREQUISITE,
    /** An intervention that fits one or more credible gaps. */
    INTERVENTION
  }

  Recommendation() {}

  /**
   * A builder, for entries as read back from storage; the {@link Recommender} builds its own.
   * Every field but {@link #intervention()} and {@link #note()} is required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Recommendation}; {@code build()} throws IllegalArgumentException if invalid. */
  public static final class Builder extends ImmutableRecommendation.Builder {
    Builder() {}
  }

  /** 1-based position in the list. */
  public abstract int rank();

  /** Prerequisite advice or intervention. */
  public abstract Kind kind();

  /** The construct the entry mainly addresses (the prerequisite's construct for advice). */
  public abstract Construct construct();

  /**
   * The suggested intervention; always present for {@link Kind#INTERVENTION}, and for {@link
   * Kind#PREREQUISITE} when the catalog has an entry addressing the prerequisite.
   */
  public abstract Optional<Intervention> intervention();

  /** The credible gaps behind the entry, most severe first. */
  public abstract ImmutableList<GapSignal> evidence();

  /** The relevance score used for ranking, {@code >= 0}; comparable within one list only. */
  public abstract double score();

  /** Why, in one line: the gap, the arrow, the intervention and its fit. */
  public abstract String explanation();

  /** A note about earlier trials of the intervention, when there were any. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    if (rank() < 1) {
      throw new IllegalArgumentException("rank must be >= 1, but was " + rank());
    }
    if (kind() == Kind.INTERVENTION && intervention().isEmpty()) {
      throw new IllegalArgumentException("an INTERVENTION entry must name its intervention");
    }
    if (!(score() >= 0 && score() < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("score must be finite and >= 0, but was " + score());
    }
    if (explanation().isBlank()) {
      throw new IllegalArgumentException("explanation must not be blank");
    }
    if (note().isPresent() && note().get().isBlank()) {
      throw new IllegalArgumentException("note must not be blank");
    }
  }

  /** Kind, rank and intervention id; never the evidence's value labels. */
  @Override
  public String toString() {
    return "Recommendation{" + rank() + ", " + kind() + ", " + construct()
        + intervention().map(i -> ", " + i.id()).orElse("") + "}";
  }
}
