package dev.belonging.disaggregation;

import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The response rate of one cell: respondents over invited people from the {@code Roster}. A rate
 * cell obeys the same release decision as a score cell: when suppressed, no count and no rate is
 * given. A published rate below the report's warning rate is flagged as at risk of non-response
 * bias.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class ResponseRate {
  ResponseRate() {}

  /** The breakdown; empty for the whole organisation. */
  public abstract Optional<Breakdown> breakdown();

  /** The cell. */
  public abstract Subgroup subgroup();

  /** Invited people; present when published. */
  public abstract OptionalLong invited();

  /** Respondents; present when published. */
  public abstract OptionalLong responded();

  /** Respondents over invited, in [0, 1]; present when published. */
  public abstract OptionalDouble rate();

  /** Why the cell is suppressed; present exactly when it is. */
  public abstract Optional<SuppressionReason> suppression();

  /** Whether the published rate is below the warning rate. */
  public abstract boolean atRisk();

  @Override
  public String toString() {
    return "ResponseRate[" + subgroup() + (suppression().isPresent() ? ", suppressed" : "") + "]";
  }
}
