package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableSortedMap;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.workforce.Dimension;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A cell of a breakdown: one value per dimension of the breakdown, such as {@code
 * work_arrangement = REMOTE, tenure = <6 months}. The empty subgroup is the whole organisation.
 * For the team dimension the value is a node of the team hierarchy and the cell holds everyone in
 * the teams below it.
 *
 * <p>{@link #toString()} names the dimensions only, never the values. Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class Subgroup {
  private static final Subgroup EVERYONE = ImmutableSubgroup.builder().build();

  Subgroup() {}

  /** The value of each dimension, ordered by dimension; values are not blank. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Dimension, String> values();

  /** Whether this is the whole organisation (no dimension fixed). */
  public final boolean isEveryone() {
    return values().isEmpty();
  }

  /** Whether a dimension of this subgroup is sensitive. */
  public final boolean sensitive() {
    return values().keySet().stream().anyMatch(Dimension::sensitive);
  }

  /** The whole organisation. */
  public static Subgroup everyone() {
    return EVERYONE;
  }

  /**
   * A subgroup.
   *
   * @param values the value of each dimension
   * @return the subgroup
   * @throws IllegalArgumentException if a value is blank
   */
  public static Subgroup of(Map<Dimension, String> values) {
    return ImmutableSubgroup.builder().putAllValues(values).build();
  }

  /**
   * A subgroup of one dimension.
   *
   * @param dimension the dimension
   * @param value its value, not blank
   * @return the subgroup
   * @throws IllegalArgumentException if the value is blank
   */
  public static Subgroup of(Dimension dimension, String value) {
    return ImmutableSubgroup.builder().putValue(dimension, value).build();
  }

  @Value.Check
  void check() {
    values().forEach((d, v) -> {
      if (v.isBlank()) {
        throw new IllegalArgumentException(
            "subgroup value of dimension '" + d.name() + "' must not be blank");
      }
    });
  }

  /** Names the dimensions only. */
  @Override
  public String toString() {
    return "Subgroup" + values().keySet();
  }
}
