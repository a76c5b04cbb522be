package dev.belonging.fairness;

import dev.belonging.internal.BelongingStyle;
import dev.belonging.stats.Interval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The response rate of one published group with its Wilson interval (Wilson 1927), and its gap
 * to the reference group (the published group with the highest rate) with Newcombe's hybrid
 * score interval (Newcombe 1998, Statistics in Medicine 17:873-890, method 10). Immutable and
 * thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class GroupParticipation {
  GroupParticipation() {}

  /**
   * A builder of the participation numbers of one group, for example as read back from storage; every field without a default is required and {@code build()} checks the
   * documented ranges.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupParticipation}; {@code build()} throws IllegalArgumentException if a rule is broken. */
  public static final class Builder extends ImmutableGroupParticipation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ResultChecks.notBlank("group", group());
    ResultChecks.atLeast("invited", invited(), 1);
    ResultChecks.atLeast("responded", responded(), 0);
    if (responded() > invited()) {
      throw new IllegalArgumentException(
          "responded must be <= invited " + invited() + ", but was " + responded());
    }
    ResultChecks.proportion("rate", rate());
    if (gap().isPresent()) {
      ResultChecks.inRange("gap", gap().getAsDouble(), -1, 1);
    }
    ResultChecks.notBlank("sentence", sentence());
  }

  /** The group's label. */
  public abstract String group();

  /** Invited people, {@code >= 1}. */
  public abstract int invited();

  /** Respondents, in [0, invited]. */
  public abstract int responded();

  /** The response rate, a proportion in [0, 1]. */
  public abstract double rate();

  /** The Wilson score interval of the response rate, within [0, 1]. */
  public abstract Interval rateInterval();

  /** Whether the rate is below the configured minimum healthy rate. */
  public abstract boolean belowMinimumRate();

  /** Whether this group is the reference (highest rate). */
  public abstract boolean reference();

  /** The gap {@code rate - referenceRate}, in [-1, 0]; empty for the reference. */
  public abstract OptionalDouble gap();

  /** Newcombe's interval of the gap; empty for the reference. */
  public abstract Optional<Interval> gapInterval();

  /** Whether the gap's interval lies wholly below 0 (the gap is statistically supported). */
  public abstract boolean gapSupported();

  /** A plain sentence naming the group, its rate, the flag and the gap. */
  public abstract String sentence();

  /** Counts only, never the label. */
  @Override
  public String toString() {
    return "GroupParticipation{invited=" + invited() + ", responded=" + responded() + "}";
  }
}
