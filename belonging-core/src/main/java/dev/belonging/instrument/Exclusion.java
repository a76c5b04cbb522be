package dev.belonging.instrument;

import dev.belonging.internal.BelongingStyle;
import org.immutables.value.Value;

/**
 * Responses left out by {@link ResponseValidator} for one rule: how many and why.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class Exclusion {
  Exclusion() {}

  /** The rule the responses broke. */
  public abstract ValidationRule rule();

  /** How many responses were excluded for it, >= 1. */
  public abstract int count();

  /** The reason in words, such as {@code "fewer than 50% of items answered"}. */
  public abstract String reason();

  /** {@code "excluded: 3, reason: fewer than 50% of items answered"}. */
  @Override
  public String toString() {
    return "excluded: " + count() + ", reason: " + reason();
  }
}
