package dev.belonging.disaggregation;

import dev.belonging.instrument.Construct;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.stats.Interval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The statistics of one construct score in one published cell. A respondent's construct score is
 * the mean of their answered keyed items of the construct; respondents with no answered item are
 * not scored. Mean and standard deviation are computed from exact integer sums.
 *
 * <p>The favorable share pools every answer to the construct's items (the reporting convention);
 * its Wilson interval treats those answers as independent, which understates the uncertainty when
 * a construct has several items per respondent.
 *
 * <p>Undefined values are empty, never NaN. Methods: Student's t interval; Wilson score interval
 * (Wilson 1927). Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class ScoreStatistics {
  ScoreStatistics() {}

  /** The construct. */
  public abstract Construct construct();

  /** Number of scored respondents, {@code >= 0}. */
  public abstract long respondents();

  /** The mean score, on the items' scale; finite, present only with scored respondents. */
  public abstract OptionalDouble mean();

  /** The sample standard deviation of scores (divisor n - 1), {@code >= 0}; needs 2 respondents. */
  public abstract OptionalDouble standardDeviation();

  /** The 95% Student t interval of the mean score; needs at least 2 respondents. */
  public abstract Optional<Interval> meanInterval();

  /** The mean score mapped linearly to 0-100. */
  public abstract OptionalDouble score();

  /** Number of answers to the construct's items, {@code >= 0}. */
  public abstract long answers();

  /** The share of favorable answers to the construct's items, in [0, 1]; needs answers. */
  public abstract OptionalDouble favorable();

  /** The 95% Wilson score interval of the favorable share. */
  public abstract Optional<Interval> favorableInterval();


  /**
   * A builder, for rebuilding ScoreStatisticss from their serialized form (for example by
   * belonging-json); {@link Disaggregation} is the only source of values computed from
   * responses. {@code build()} checks the invariants listed on the accessors.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ScoreStatistics}. Not thread-safe. {@code build()} throws {@link
   * IllegalArgumentException} if an invariant is broken or a required value is missing.
   */
  public static final class Builder extends ImmutableScoreStatistics.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ReportChecks.atLeast("respondents", respondents(), 0);
    ReportChecks.atLeast("answers", answers(), 0);
    boolean any = respondents() > 0;
    boolean spread = respondents() > 1;
    ReportChecks.onlyIf(mean().isPresent(), any, "mean", "without scored respondents");
    ReportChecks.onlyIf(score().isPresent(), any, "score", "without scored respondents");
    ReportChecks.onlyIf(standardDeviation().isPresent(), spread, "standardDeviation",
        "with fewer than 2 scored respondents");
    ReportChecks.onlyIf(meanInterval().isPresent(), spread, "meanInterval",
        "with fewer than 2 scored respondents");
    ReportChecks.onlyIf(favorable().isPresent(), answers() > 0, "favorable", "without answers");
    ReportChecks.onlyIf(favorableInterval().isPresent(), answers() > 0, "favorableInterval",
        "without answers");
    ReportChecks.finite("mean", mean());
    ReportChecks.finite("score", score());
    ReportChecks.inRange("standardDeviation", standardDeviation(), 0, Double.MAX_VALUE);
    ReportChecks.inRange("favorable", favorable(), 0, 1);
    ReportChecks.finite("meanInterval", meanInterval());
    ReportChecks.finite("favorableInterval", favorableInterval());
  }

  @Override
  public String toString() {
    return "ScoreStatistics[" + construct().id() + "]";
  }
}
