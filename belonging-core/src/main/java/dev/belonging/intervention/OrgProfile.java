package dev.belonging.intervention;

import com.google.common.collect.ImmutableSortedSet;
import dev.belonging.internal.BelongingStyle;
import org.immutables.value.Value;

/**
 * What the organisation looks like: its declared shapes and its headcount.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class OrgProfile {
  /** Below this headcount an organisation counts as a {@link OrgShape#SMALL_TEAM}. */
  public static final int SMALL_TEAM_BELOW = 20;
  /** From this headcount on an organisation counts as a {@link OrgShape#LARGE_ORGANISATION}. */
  public static final int LARGE_FROM = 500;

  OrgProfile() {}

  /** The shapes the organisation declares, such as remote-first. */
  @Value.Parameter
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<OrgShape> shapes();

  /** Number of people, {@code >= 1}. */
  @Value.Parameter
  public abstract int headcount();

  /**
   * A profile.
   *
   * @param headcount number of people, at least 1
   * @param shapes declared shapes; size-based shapes are added by {@link #effectiveShapes()}
   * @return the profile
   * @throws IllegalArgumentException if {@code headcount < 1}
   */
  public static OrgProfile of(int headcount, OrgShape... shapes) {
    return ImmutableOrgProfile.of(ImmutableSortedSet.copyOf(shapes), headcount);
  }

  /**
   * The declared shapes plus those implied by size: {@link OrgShape#SMALL_TEAM} below {@value
   * #SMALL_TEAM_BELOW} people, {@link OrgShape#LARGE_ORGANISATION} from {@value #LARGE_FROM}.
   */
  public ImmutableSortedSet<OrgShape> effectiveShapes() {
    ImmutableSortedSet.Builder<OrgShape> shapes = ImmutableSortedSet.naturalOrder();
    shapes.addAll(shapes());
    if (headcount() < SMALL_TEAM_BELOW) {
      shapes.add(OrgShape.SMALL_TEAM);
    }
    if (headcount() >= LARGE_FROM) {
      shapes.add(OrgShape.LARGE_ORGANISATION);
    }
    return shapes.build();
  }

  @Value.Check
  void check() {
    if (headcount() < 1) {
      throw new IllegalArgumentException("headcount must be >= 1, but was " + headcount());
    }
  }
}
