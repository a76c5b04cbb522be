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

  /** The cell; it fixes exactly the breakdown's dimensions (none without a breakdown). */
  public abstract Subgroup subgroup();

  /** Invited people, {@code >= 1}; present exactly when published. */
  public abstract OptionalLong invited();

  /** Respondents, in [0, invited]; present exactly when published. */
  public abstract OptionalLong responded();

  /** Respondents over invited (exactly {@code (double) responded / invited}); present exactly
   * when published. */
  public abstract OptionalDouble rate();

  /** Why the cell is suppressed; present exactly when it is. */
  public abstract Optional<SuppressionReason> suppression();

  /** Whether the published rate is below the warning rate; false when suppressed. */
  public abstract boolean atRisk();


  /**
   * A builder, for rebuilding ResponseRates from their serialized form (for example by
   * belonging-json); {@link Disaggregation} is the only source of values computed from
   * responses. {@code build()} checks the invariants listed on the accessors.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ResponseRate}. Not thread-safe. {@code build()} throws {@link
   * IllegalArgumentException} if an invariant is broken or a required value is missing.
   */
  public static final class Builder extends ImmutableResponseRate.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ReportChecks.cellOf(breakdown(), subgroup(), "the subgroup of a response rate");
    if (suppression().isPresent()) {
      if (invited().isPresent() || responded().isPresent() || rate().isPresent() || atRisk()) {
        throw new IllegalArgumentException("a suppressed response rate must have no invited, "
            + "responded, rate or atRisk");
      }
      return;
    }
    if (invited().isEmpty() || responded().isEmpty() || rate().isEmpty()) {
      throw new IllegalArgumentException(
          "a published response rate must have invited, responded and rate");
    }
    long invited = invited().getAsLong();
    long responded = responded().getAsLong();
    ReportChecks.atLeast("invited", invited, 1);
    ReportChecks.atLeast("responded", responded, 0);
    if (responded > invited) {
      throw new IllegalArgumentException("responded must be <= invited");
    }
    if (Double.compare(rate().getAsDouble(), (double) responded / invited) != 0) {
      throw new IllegalArgumentException("rate must be responded / invited");
    }
  }

  @Override
  public String toString() {
    return "ResponseRate[" + subgroup() + (suppression().isPresent() ? ", suppressed" : "") + "]";
  }
}
