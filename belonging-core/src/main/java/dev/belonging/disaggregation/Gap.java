package dev.belonging.disaggregation;

import dev.belonging.instrument.Construct;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.stats.Interval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The difference between a published cell's construct score and its baseline's, with the
 * evidence an analyst needs to judge it.
 *
 * <ul>
 *   <li>Mean difference (cell minus baseline) with Welch's unequal-variance t test, its
 *       Welch-Satterthwaite degrees of freedom, two-sided p-value and 95% interval (Welch 1947,
 *       Biometrika 34:28).
 *   <li>Hedges' g: the difference over the pooled standard deviation times the exact small-sample
 *       correction {@code J(df) = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2))}, {@code df = n1 + n2
 *       - 2} (Hedges 1981, J. Educ. Stat. 6:107).
 *   <li>The Benjamini-Hochberg q-value across every gap of one report (Benjamini and Hochberg
 *       1995, J. R. Stat. Soc. B 57:289).
 *   <li>The favorable-share difference with Newcombe's hybrid score interval (Newcombe 1998,
 *       Stat. Med. 17:873, method 10).
 * </ul>
 *
 * <p>The tests assume independent samples. That holds for the rest-of-organisation baseline and
 * for a reference group; against the whole organisation the cell is part of its baseline and the
 * p-value is conservative. Undefined values are empty, never NaN.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class Gap {
  /** The q-value below which a gap counts as credible. */
  public static final double CREDIBLE_Q = 0.05;

  Gap() {}

  /** The breakdown of the cell. */
  public abstract Breakdown breakdown();

  /** The cell; it fixes exactly the breakdown's dimensions. */
  public abstract Subgroup subgroup();

  /** The construct. */
  public abstract Construct construct();

  /** The kind of baseline compared with: that of the breakdown's baseline. */
  public abstract Baseline.Kind baselineKind();

  /** Scored respondents in the cell, {@code >= 1}. */
  public abstract long cellRespondents();

  /** Scored respondents in the baseline, {@code >= 1}. */
  public abstract long baselineRespondents();

  /** Cell mean minus baseline mean, on the items' scale; finite. */
  public abstract double difference();

  /** The 95% Welch interval of the difference; needs 2 or more respondents on each side. */
  public abstract Optional<Interval> differenceInterval();

  /** Welch's t statistic. */
  public abstract OptionalDouble t();

  /** Welch-Satterthwaite degrees of freedom, {@code > 0}. */
  public abstract OptionalDouble degreesOfFreedom();

  /** Two-sided p-value of Welch's test, in [0, 1]. */
  public abstract OptionalDouble p();

  /** Benjamini-Hochberg adjusted p-value across all gaps of the report, in [0, 1]. */
  public abstract OptionalDouble q();

  /** Hedges' g with the exact small-sample correction. */
  public abstract OptionalDouble hedgesG();

  /** Cell favorable share minus baseline favorable share, in [-1, 1]. */
  public abstract OptionalDouble favorableDifference();

  /** Newcombe's hybrid score 95% interval of the favorable difference. */
  public abstract Optional<Interval> favorableDifferenceInterval();

  /**
   * The smallest difference detectable at this cell's and its baseline's sizes, in standard
   * deviations (Cohen's d scale), with 80% power for a two-sided two-sample t test at alpha 0.05:
   * the noncentral t distribution solved for the effect size. "n = 6: only gaps above 1.3 SD are
   * detectable" reads this value; a gap that is not credible is no evidence of equality when it
   * is large. Against the whole organisation, which contains the cell, the difference to the rest
   * is scaled by {@code 1 - n/N}. Empty when a group has no respondents or there are fewer than 3
   * in all.
   */
  public abstract OptionalDouble minimumDetectableDifference();

  /** Whether the gap is credible: its q-value is below {@link #CREDIBLE_Q}. */
  public final boolean credible() {
    return q().isPresent() && q().getAsDouble() < CREDIBLE_Q;
  }

  /**
   * The bound of the interval nearest to zero, signed, or 0 when the interval covers zero: how large
   * the gap is at least, the ranking key of {@link DisaggregationReport#largestCredibleGaps}.
   */
  public final double conservativeDifference() {
    if (differenceInterval().isEmpty()) {
      return 0;
    }
    Interval ci = differenceInterval().get();
    return ci.lower() > 0 ? ci.lower() : ci.upper() < 0 ? ci.upper() : 0;
  }


  /**
   * A builder, for rebuilding Gaps from their serialized form (for example by
   * belonging-json); {@link Disaggregation} is the only source of values computed from
   * responses. {@code build()} checks the invariants listed on the accessors.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Gap}. Not thread-safe. {@code build()} throws {@link
   * IllegalArgumentException} if an invariant is broken or a required value is missing.
   */
  public static final class Builder extends ImmutableGap.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ReportChecks.cellOf(Optional.of(breakdown()), subgroup(), "the subgroup of a gap");
    if (baselineKind() != breakdown().baseline().kind()) {
      throw new IllegalArgumentException("baselineKind of a gap must be the kind of its "
          + "breakdown's baseline, " + breakdown().baseline().kind() + ", but was "
          + baselineKind());
    }
    ReportChecks.atLeast("cellRespondents", cellRespondents(), 1);
    ReportChecks.atLeast("baselineRespondents", baselineRespondents(), 1);
    ReportChecks.finite("difference", difference());
    ReportChecks.finite("differenceInterval", differenceInterval());
    ReportChecks.finite("t", t());
    ReportChecks.inRange("degreesOfFreedom", degreesOfFreedom(), Double.MIN_VALUE,
        Double.MAX_VALUE);
    ReportChecks.inRange("p", p(), 0, 1);
    ReportChecks.inRange("q", q(), 0, 1);
    ReportChecks.finite("hedgesG", hedgesG());
    ReportChecks.inRange("favorableDifference", favorableDifference(), -1, 1);
    ReportChecks.finite("favorableDifferenceInterval", favorableDifferenceInterval());
    ReportChecks.inRange("minimumDetectableDifference", minimumDetectableDifference(), 0,
        Double.MAX_VALUE);
  }

  @Override
  public String toString() {
    return "Gap[" + breakdown().name() + ", " + subgroup() + ", " + construct().id() + "]";
  }
}
