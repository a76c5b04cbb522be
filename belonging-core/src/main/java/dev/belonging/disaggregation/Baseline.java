package dev.belonging.disaggregation;

import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What each subgroup of a breakdown is compared with: the rest of the organisation (everyone
 * outside the cell, the default), the whole organisation (the cell included), or a named reference
 * group of the same breakdown (for example {@code work_arrangement = OFFICE}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class Baseline {
  private static final Baseline REST = ImmutableBaseline.builder()
      .kind(Kind.REST_OF_ORGANISATION).build();
  private static final Baseline WHOLE = ImmutableBaseline.builder()
      .kind(Kind.WHOLE_ORGANISATION).build();

  Baseline() {}

  /** The kinds of baseline. */
  public enum Kind {
    /** Everyone outside the cell: total minus cell, computed exactly from integer sums. */
    REST_OF_ORGANISATION,
    /** The whole organisation, the cell included. */
    WHOLE_ORGANISATION,
    /** One named cell of the same breakdown. */
    REFERENCE_GROUP
  }

  /** The kind. */
  public abstract Kind kind();

  /** The reference group; present exactly when the kind is {@link Kind#REFERENCE_GROUP}. */
  public abstract Optional<Subgroup> referenceGroup();

  /** Compare with everyone outside the cell (the default). */
  public static Baseline restOfOrganisation() {
    return REST;
  }

  /** Compare with the whole organisation. */
  public static Baseline wholeOrganisation() {
    return WHOLE;
  }

  /**
   * Compare with a named cell of the same breakdown.
   *
   * @param group the reference cell; its dimensions must be those of the breakdown
   * @return the baseline
   * @throws IllegalArgumentException if {@code group} is the whole organisation
   */
  public static Baseline referenceGroup(Subgroup group) {
    return ImmutableBaseline.builder().kind(Kind.REFERENCE_GROUP).referenceGroup(group).build();
  }

  @Value.Check
  void check() {
    if ((kind() == Kind.REFERENCE_GROUP) != referenceGroup().isPresent()) {
      throw new IllegalArgumentException(
          "a reference group must be given exactly for baseline kind REFERENCE_GROUP");
    }
    if (referenceGroup().isPresent() && referenceGroup().get().isEveryone()) {
      throw new IllegalArgumentException("reference group must fix at least 1 dimension");
    }
  }

  @Override
  public String toString() {
    return "Baseline[" + kind() + referenceGroup().map(g -> " " + g).orElse("") + "]";
  }
}
