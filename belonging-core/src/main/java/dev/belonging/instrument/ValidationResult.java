package dev.belonging.instrument;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The outcome of {@link ResponseValidator#validate}: the accepted responses, in wave order, and
 * the exclusions counted by rule. Nothing is dropped silently: {@code accepted().size() +
 * excludedCount()} equals the number of responses validated.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class ValidationResult {
  ValidationResult() {}

  /** The valid responses, in their original order. */
  public abstract ImmutableList<Response> accepted();

  /** The 0-based positions in the wave of the accepted responses, ascending. */
  public abstract ImmutableList<Integer> acceptedPositions();

  /** Exclusions, one per rule that excluded at least one response, in rule order. */
  public abstract ImmutableList<Exclusion> exclusions();

  /** The number of excluded responses. */
  public final int excludedCount() {
    return exclusions().stream().mapToInt(Exclusion::count).sum();
  }

  /** Counts only, such as {@code "accepted: 97; excluded: 3, reason: ..."}. */
  @Override
  public String toString() {
    return "accepted: " + accepted().size() + exclusions().stream().map(e -> "; " + e)
        .collect(Collectors.joining());
  }
}
