package dev.belonging.workforce;

import com.google.common.collect.ImmutableSortedMap;
import dev.belonging.internal.BelongingStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The subgroup attributes of one respondent: a value per {@link Dimension}, such as
 * {@code team = "eng/platform"} or {@code work_arrangement = "REMOTE"}.
 *
 * <p>Attributes say which cells a respondent counts in; they are never printed. {@link #toString()}
 * lists the dimensions only, never the values, so that logs cannot identify anyone.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class Attributes {
  private static final Attributes NONE = ImmutableAttributes.builder().build();

  Attributes() {}

  /** The values by dimension, ordered by dimension. Values are non-blank. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Dimension, String> values();

  /**
   * The value of one dimension.
   *
   * @param dimension the dimension
   * @return its value, or empty when this respondent has none (for example an optional
   *     demographic left unanswered)
   */
  public Optional<String> get(Dimension dimension) {
    return Optional.ofNullable(values().get(dimension));
  }

  /** Attributes with no dimension set. */
  public static Attributes none() {
    return NONE;
  }

  /**
   * Attributes from a map.
   *
   * @param values the value of each dimension; values must not be blank
   * @return the attributes
   * @throws IllegalArgumentException if a value is blank
   * @throws NullPointerException if a key or value is null
   */
  public static Attributes of(Map<Dimension, String> values) {
    return ImmutableAttributes.builder().putAllValues(values).build();
  }

  /**
   * These attributes with one more (or one replaced) value.
   *
   * @param dimension the dimension
   * @param value its value, not blank
   * @return new attributes
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public Attributes with(Dimension dimension, String value) {
    ImmutableSortedMap.Builder<Dimension, String> builder = ImmutableSortedMap.naturalOrder();
    values().forEach((d, v) -> {
      if (!d.equals(dimension)) {
        builder.put(d, v);
      }
    });
    builder.put(dimension, value);
    return ImmutableAttributes.builder().values(builder.build()).build();
  }

  @Value.Check
  void check() {
    values().forEach((dimension, value) -> {
      if (value.isBlank()) {
        throw new IllegalArgumentException(
            "attribute value of dimension '" + dimension.name() + "' must not be blank");
      }
    });
  }

  /** Names the dimensions that are set, never their values. */
  @Override
  public String toString() {
    return "Attributes" + values().keySet();
  }
}
