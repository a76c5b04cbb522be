package dev.belonging.fairness;

import dev.belonging.internal.BelongingStyle;
import dev.belonging.stats.Interval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The adverse-impact numbers of one published group against the reference group (the published
 * group with the highest selection rate).
 *
 * <p>Methods: the impact ratio and the four-fifths rule (EEOC Uniform Guidelines on Employee
 * Selection Procedures, 29 CFR 1607.4(D)); Fisher's exact test, two-sided, as R's {@code
 * fisher.test} (Fisher 1935); the pooled two-proportion z test without continuity correction,
 * as R's {@code prop.test(correct = FALSE)} (Agresti, Categorical Data Analysis, §3.1); the Katz
 * log interval of the ratio (Katz et al. 1978, Biometrics 34:469-474). Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class GroupImpact {
  GroupImpact() {}

  /**
   * A builder of the adverse-impact numbers of one group, for example as read back from storage; every field without a default is required and {@code build()} checks the
   * documented ranges.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupImpact}; {@code build()} throws IllegalArgumentException if a rule is broken. */
  public static final class Builder extends ImmutableGroupImpact.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ResultChecks.notBlank("group", group());
    ResultChecks.atLeast("size", size(), 1);
    ResultChecks.atLeast("selected", selected(), 0);
    if (selected() > size()) {
      throw new IllegalArgumentException(
          "selected must be <= size " + size() + ", but was " + selected());
    }
    ResultChecks.proportion("rate", rate());
    ResultChecks.proportion("referenceRate", referenceRate());
    ResultChecks.nonNegative("impactRatio", impactRatio());
    ResultChecks.proportion("fisherP", fisherP());
    ResultChecks.finite("z", z());
    ResultChecks.proportion("zP", zP());
    ResultChecks.atLeast("shortfall", shortfall(), 0);
    if (pooled().isPresent() && pooledSuppression().isPresent()) {
      throw new IllegalArgumentException(
          "pooledSuppression must be empty when pooled is present");
    }
    ResultChecks.notBlank("sentence", sentence());
  }

  /** The group's label. */
  public abstract String group();

  /** The number of people selected. */
  public abstract int selected();

  /** The group's size, {@code >= 1}. */
  public abstract int size();

  /** The selection rate, a proportion in [0, 1]. */
  public abstract double rate();

  /** Whether this group is the reference group. */
  public abstract boolean reference();

  /** The reference group's selection rate, a proportion in [0, 1]. */
  public abstract double referenceRate();

  /**
   * The impact ratio {@code rate / referenceRate}, in [0, 1]; 1 for the reference; empty when the
   * reference rate is 0 (no one in any published group was selected).
   */
  public abstract OptionalDouble impactRatio();

  /**
   * The Katz log interval of the impact ratio; empty for the reference and when the group or the
   * reference has no selections (the log ratio is undefined).
   */
  public abstract Optional<Interval> impactRatioInterval();

  /** Whether the impact ratio is below the four-fifths threshold. */
  public abstract boolean belowFourFifths();

  /** Fisher's exact two-sided p-value against the reference, in [0, 1]; empty for the reference. */
  public abstract OptionalDouble fisherP();

  /**
   * The pooled two-proportion z statistic, {@code (rate - referenceRate) / se}; empty for the
   * reference and when both groups have all or no one selected.
   */
  public abstract OptionalDouble z();

  /** The two-sided p-value of the z test, in [0, 1]; empty with {@link #z()}. */
  public abstract OptionalDouble zP();

  /**
   * The shortfall: the smallest number of additional people who would have to be selected in this
   * group to reach the reference rate, {@code ceil(referenceRate · size - selected)}, {@code >=
   * 0}, computed exactly in integers.
   */
  public abstract long shortfall();

  /**
   * The one-person sensitivity check: whether a single person would flip the four-fifths flag.
   * For a flagged group, whether one more selection in the group would lift the ratio to the
   * threshold; for an unflagged group, whether one fewer selection would put it below. A fragile
   * flag should not be acted on alone (EEOC Questions and Answers on the Uniform Guidelines,
   * Q&amp;A 21). False for the reference.
   */
  public abstract boolean oneSelectionFlipsFlag();

  /**
   * The Cochran-Mantel-Haenszel comparison across strata; empty for the reference group, for
   * unstratified data and when withheld ({@link #pooledSuppression()}).
   */
  public abstract Optional<PooledEvidence> pooled();

  /**
   * Why the pooled comparison is withheld although the data are stratified: it is computed from
   * this group and the reference within each stratum, so it is published only when each of those
   * cells passes the disclosure check. Empty when {@link #pooled()} is present, for the reference
   * group, and for unstratified data.
   */
  public abstract Optional<Suppression> pooledSuppression();

  /** The verdict. */
  public abstract DisparityVerdict verdict();

  /** The verdict as a plain sentence, naming the group and the reference group. */
  public abstract String sentence();

  /** Counts and verdict only, never the group label. */
  @Override
  public String toString() {
    return "GroupImpact{selected=" + selected() + ", size=" + size() + ", verdict=" + verdict()
        + "}";
  }
}
