package dev.belonging.intervention;

import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@link PerformativePattern} found in a catalog entry or a plan.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class PerformativeWarning {
  PerformativeWarning() {}

  /** The pattern found. */
  @Value.Parameter
  public abstract PerformativePattern pattern();

  /** The entry that exhibits it, or empty for a warning about a plan as a whole. */
  @Value.Parameter
  public abstract Optional<String> interventionId();

  /**
   * A warning about one entry.
   *
   * @param pattern the pattern found
   * @param interventionId the entry's id
   * @return the warning
   */
  public static PerformativeWarning of(PerformativePattern pattern, String interventionId) {
    return ImmutablePerformativeWarning.of(pattern, Optional.of(interventionId));
  }

  /**
   * A warning about a plan as a whole.
   *
   * @param pattern the pattern found
   * @return the warning
   */
  public static PerformativeWarning ofPlan(PerformativePattern pattern) {
    return ImmutablePerformativeWarning.of(pattern, Optional.empty());
  }

  /** A sentence for people: where the pattern was found and what to do instead. */
  public String message() {
    return interventionId().map(id -> "'" + id + "'").orElse("the plan") + ": "
        + pattern().advice();
  }
}
