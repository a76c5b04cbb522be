package dev.belonging.fairness;

import dev.belonging.internal.BelongingStyle;
import dev.belonging.stats.Interval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The recognition rate of one published group against the reference group (the published group
 * with the highest rate), as a rate ratio with the exact conditional test and interval
 * (Przyborowski &amp; Wilenski 1940; Breslow &amp; Day 1987, §2.6; R's {@code poisson.test}).
 * Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class GroupRecognition {
  GroupRecognition() {}

  /**
   * A builder of the recognition numbers of one group, for example as read back from storage; every field without a default is required and {@code build()} checks the
   * documented ranges.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupRecognition}; {@code build()} throws IllegalArgumentException if a rule is broken. */
  public static final class Builder extends ImmutableGroupRecognition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ResultChecks.notBlank("group", group());
    ResultChecks.atLeast("people", people(), 1);
    ResultChecks.positive("personPeriods", personPeriods());
    ResultChecks.atLeast("events", events(), 0);
    ResultChecks.nonNegative("rate", rate());
    ResultChecks.nonNegative("referenceRate", referenceRate());
    ResultChecks.nonNegative("rateRatio", rateRatio());
    ResultChecks.proportion("p", p());
    ResultChecks.notBlank("sentence", sentence());
  }

  /** The group's label. */
  public abstract String group();

  /** Distinct people, {@code >= 1}. */
  public abstract int people();

  /** Exposure in person-periods, {@code > 0}. */
  public abstract double personPeriods();

  /** Recognition events, {@code >= 0}. */
  public abstract long events();

  /** Events per person-period, {@code >= 0}. */
  public abstract double rate();

  /** Whether this group is the reference. */
  public abstract boolean reference();

  /** The reference group's rate, events per person-period. */
  public abstract double referenceRate();

  /**
   * The rate ratio {@code rate / referenceRate}, in [0, 1]; 1 for the reference; empty when the
   * reference has no events.
   */
  public abstract OptionalDouble rateRatio();

  /** The exact interval of the rate ratio; empty for the reference or when undefined. */
  public abstract Optional<Interval> rateRatioInterval();

  /** The two-sided exact p-value of ratio 1, in [0, 1]; empty for the reference or undefined. */
  public abstract OptionalDouble p();

  /** Whether the rate ratio is below the configured threshold. */
  public abstract boolean belowThreshold();

  /** The verdict. */
  public abstract DisparityVerdict verdict();

  /** The verdict as a plain sentence naming the group and the reference. */
  public abstract String sentence();

  /** Counts and verdict only, never the label. */
  @Override
  public String toString() {
    return "GroupRecognition{people=" + people() + ", events=" + events() + ", verdict="
        + verdict() + "}";
  }
}
