package dev.belonging.intervention;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pair, or a trio, of participants who meet in one round.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class PairingGroup {
  PairingGroup() {}

  /** The participants' ids, sorted; two or three distinct ids. */
  public abstract ImmutableList<String> members();

  /**
   * How good the match is, in [0, 1]: the weighted share of the cross-arrangement, cross-team and
   * shared-hours criteria the members meet (the mean over the three pairs of a trio).
   */
  public abstract double quality();

  /** For a trio: the participant who joined an existing pair as the third person. */
  public abstract Optional<String> joinedAsThird();

  /** Whether this group has three members. */
  public boolean isTrio() {
    return members().size() == 3;
  }

  /**
   * A group, as recorded in the history of earlier rounds.
   *
   * @param members two or three distinct ids
   * @param quality the match quality in [0, 1]
   * @return the group
   * @throws IllegalArgumentException if there are not two or three distinct members, or {@code
   *     quality} is outside [0, 1]
   */
  public static PairingGroup of(Iterable<String> members, double quality) {
    return builder().members(ImmutableList.sortedCopyOf(members)).quality(quality).build();
  }

  /**
   * A builder, for groups with every field (such as {@link #joinedAsThird()}) as read back from
   * storage; {@code build()} checks the rules of {@link #of(Iterable, double)} and that {@code
   * joinedAsThird} is a member of a trio.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PairingGroup}; {@code build()} throws IllegalArgumentException if invalid. */
  public static final class Builder extends ImmutablePairingGroup.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (members().size() < 2 || members().size() > 3) {
      throw new IllegalArgumentException(
          "a pairing group must have 2 or 3 members, but had " + members().size());
    }
    if (members().stream().distinct().count() != members().size()) {
      throw new IllegalArgumentException("a pairing group's members must be distinct");
    }
    if (!ImmutableList.sortedCopyOf(members()).equals(members())) {
      throw new IllegalArgumentException("a pairing group's members must be sorted");
    }
    if (!(quality() >= 0 && quality() <= 1)) {
      throw new IllegalArgumentException("quality must be in [0, 1], but was " + quality());
    }
    joinedAsThird().ifPresent(third -> {
      if (!isTrio() || !members().contains(third)) {
        throw new IllegalArgumentException(
            "joinedAsThird must be a member of a trio, but was not");
      }
    });
  }

  /** Shows the group's size and quality, not who is in it. */
  @Override
  public String toString() {
    return "PairingGroup{size=" + members().size() + ", quality=" + quality() + "}";
  }
}
