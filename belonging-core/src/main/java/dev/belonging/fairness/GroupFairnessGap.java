package dev.belonging.fairness;

import dev.belonging.internal.BelongingStyle;
import dev.belonging.stats.Interval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One published group's perceived-fairness score against the rest: the other published groups
 * pooled. The gap is {@code mean - restMean}, tested with Welch's t-test (Welch 1947) and
 * standardised as Hedges' g with the exact small-sample correction and its approximate interval
 * (Hedges 1981; Hedges &amp; Olkin 1985). Comparison fields are empty when no other group is
 * published. Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class GroupFairnessGap {
  GroupFairnessGap() {}

  /**
   * A builder of the perceived-fairness gap of one group, for example as read back from storage; every field without a default is required and {@code build()} checks the
   * documented ranges.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupFairnessGap}; {@code build()} throws IllegalArgumentException if a rule is broken. */
  public static final class Builder extends ImmutableGroupFairnessGap.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ResultChecks.notBlank("group", group());
    ResultChecks.atLeast("n", n(), 1);
    ResultChecks.finite("mean", mean());
    ResultChecks.nonNegative("standardDeviation", standardDeviation());
    ResultChecks.atLeast("restN", restN(), 0);
    ResultChecks.finite("restMean", restMean());
    ResultChecks.finite("gap", gap());
    ResultChecks.finite("t", t());
    ResultChecks.positive("degreesOfFreedom", degreesOfFreedom());
    ResultChecks.proportion("p", p());
    ResultChecks.finite("hedgesG", hedgesG());
    ResultChecks.notBlank("sentence", sentence());
  }

  /** The group's label. */
  public abstract String group();

  /** Scored respondents of the group. */
  public abstract int n();

  /** The group's mean score. */
  public abstract double mean();

  /** The group's sample standard deviation; empty when {@code n = 1}. */
  public abstract OptionalDouble standardDeviation();

  /** Scored respondents of the other published groups; 0 when there are none. */
  public abstract int restN();

  /** The pooled mean of the other published groups; empty when there are none. */
  public abstract OptionalDouble restMean();

  /** {@code mean - restMean}; empty when there is no rest. */
  public abstract OptionalDouble gap();

  /** Welch's t statistic; empty when undefined (a side with fewer than 2, or no variance). */
  public abstract OptionalDouble t();

  /** Welch-Satterthwaite degrees of freedom; empty with {@link #t()}. */
  public abstract OptionalDouble degreesOfFreedom();

  /** The two-sided Welch p-value, in [0, 1]; empty with {@link #t()}. */
  public abstract OptionalDouble p();

  /** The Welch interval of the gap; empty with {@link #t()}. */
  public abstract Optional<Interval> gapInterval();

  /** Hedges' g of the gap; empty when the pooled SD is 0 or too few scores. */
  public abstract OptionalDouble hedgesG();

  /** The approximate normal interval of g; empty with {@link #hedgesG()}. */
  public abstract Optional<Interval> hedgesGInterval();

  /** Whether the group scores lower than the rest and {@code p < alpha}. */
  public abstract boolean lowerAndSupported();

  /** A plain sentence naming the group, its gap and whether it is supported. */
  public abstract String sentence();

  /** The count only, never the label or scores. */
  @Override
  public String toString() {
    return "GroupFairnessGap{n=" + n() + ", restN=" + restN() + "}";
  }
}
