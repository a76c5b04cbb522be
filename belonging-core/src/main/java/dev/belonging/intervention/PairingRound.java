package dev.belonging.intervention;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of one pairing round: the groups that meet and the participants left unmatched, with
 * reasons. Every participant of the round appears exactly once, in a group or as unmatched.
 * Rounds are also the history the {@link PairingScheduler} reads to avoid repeats and to be fair.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class PairingRound {
  PairingRound() {}

  /** The pairs and trios, ordered by their first member's id. */
  public abstract ImmutableList<PairingGroup> groups();

  /** Participants without a group, ordered by id. */
  public abstract ImmutableList<Unmatched> unmatched();

  /**
   * Whether the round used the exact maximum-weight matching (Kolmogorov's Blossom V) rather than
   * the greedy half-approximation used for large rounds.
   */
  @Value.Default
  public boolean exactMatching() {
    return true;
  }

  /**
   * A round, as recorded in history.
   *
   * @param groups the pairs and trios
   * @param unmatched the participants left without a group
   * @return the round
   * @throws IllegalArgumentException if a participant appears twice
   */
  public static PairingRound of(Iterable<PairingGroup> groups, Iterable<Unmatched> unmatched) {
    return ImmutablePairingRound.builder().addAllGroups(groups).addAllUnmatched(unmatched).build();
  }

  /**
   * A builder, for rounds with every field (such as {@link #exactMatching()}) as read back from
   * storage; {@code build()} checks that no participant appears twice.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PairingRound}; {@code build()} throws IllegalArgumentException if invalid. */
  public static final class Builder extends ImmutablePairingRound.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    int duplicates = 0;
    for (PairingGroup group : groups()) {
      for (String member : group.members()) {
        duplicates += seen.add(member) ? 0 : 1;
      }
    }
    for (Unmatched u : unmatched()) {
      duplicates += seen.add(u.participantId()) ? 0 : 1;
    }
    if (duplicates > 0) {
      throw new IllegalArgumentException("a participant must appear at most once in a round, but "
          + duplicates + " appearances were repeated");
    }
  }

  /** Counts only. */
  @Override
  public String toString() {
    long trios = groups().stream().filter(PairingGroup::isTrio).count();
    return "PairingRound{groups=" + groups().size() + ", trios=" + trios + ", unmatched="
        + unmatched().size() + "}";
  }
}
