package dev.belonging.disaggregation;

import dev.belonging.instrument.Construct;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.stats.Interval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The change of one construct score in one cell between two waves: later mean minus earlier mean,
 * with Welch's unequal-variance t test for independent samples (Welch 1947) and its 95% interval,
 * and a Benjamini-Hochberg q-value across all changes of the trend report (Benjamini and Hochberg
 * 1995). Only constructs whose items are all comparable between the waves' instruments are
 * compared, and only cells published in both waves.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class Change {
  Change() {}

  /** The breakdown; empty for the whole organisation. */
  public abstract Optional<Breakdown> breakdown();

  /** The cell; it fixes exactly the breakdown's dimensions (none without a breakdown). */
  public abstract Subgroup subgroup();

  /** The construct. */
  public abstract Construct construct();

  /** The earlier mean score. */
  public abstract double earlierMean();

  /** The later mean score. */
  public abstract double laterMean();

  /** Later minus earlier, exactly {@code laterMean() - earlierMean()}. */
  public abstract double difference();

  /** The 95% Welch interval of the difference. */
  public abstract Optional<Interval> differenceInterval();

  /** Two-sided p-value of Welch's test. */
  public abstract OptionalDouble p();

  /** Benjamini-Hochberg q-value across the trend report. */
  public abstract OptionalDouble q();

  /** Whether the change is significant: q below {@link Gap#CREDIBLE_Q}. */
  public final boolean significant() {
    return q().isPresent() && q().getAsDouble() < Gap.CREDIBLE_Q;
  }

  /** Whether this is a win: a significant improvement. */
  public final boolean win() {
    return significant() && difference() > 0;
  }


  /**
   * A builder, for rebuilding Changes from their serialized form (for example by
   * belonging-json); {@link Disaggregation} is the only source of values computed from
   * responses. {@code build()} checks the invariants listed on the accessors.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Change}. Not thread-safe. {@code build()} throws {@link
   * IllegalArgumentException} if an invariant is broken or a required value is missing.
   */
  public static final class Builder extends ImmutableChange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ReportChecks.cellOf(breakdown(), subgroup(), "the subgroup of a change");
    ReportChecks.finite("earlierMean", earlierMean());
    ReportChecks.finite("laterMean", laterMean());
    if (Double.compare(difference(), laterMean() - earlierMean()) != 0) {
      throw new IllegalArgumentException("difference must be laterMean - earlierMean");
    }
    ReportChecks.finite("differenceInterval", differenceInterval());
    ReportChecks.inRange("p", p(), 0, 1);
    ReportChecks.inRange("q", q(), 0, 1);
  }

  @Override
  public String toString() {
    return "Change[" + subgroup() + ", " + construct().id() + "]";
  }
}
