package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableSortedMap;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.stats.Interval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The statistics of one item in one published cell, on the keyed points (reverse-keyed items
 * already reversed): the histogram, mean, standard deviation, a 95% Student t interval of the
 * mean, the favorable share with a 95% Wilson score interval, and the mean on 0-100.
 *
 * <p>Undefined values are empty, never NaN: no answers leaves everything but the histogram empty;
 * one answer leaves the standard deviation and the t interval empty. Methods: Student's t interval
 * (Student 1908); Wilson score interval (Wilson 1927, J. Am. Stat. Assoc. 22:209).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class ItemStatistics {
  ItemStatistics() {}

  /** The item id. */
  public abstract String itemId();

  /** Number of answers, {@code >= 0}. */
  public abstract long answers();

  /**
   * Answers per keyed point, every point of the scale present (zero counts included); counts are
   * {@code >= 0} and add up to {@link #answers()}.
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Integer, Long> histogram();

  /** The mean keyed point, in [scale min, scale max]; finite, present only with answers. */
  public abstract OptionalDouble mean();

  /** The sample standard deviation (divisor n - 1), finite and {@code >= 0}; needs 2 answers. */
  public abstract OptionalDouble standardDeviation();

  /** The 95% Student t interval of the mean; needs at least 2 answers. */
  public abstract Optional<Interval> meanInterval();

  /** The share of favorable answers, a proportion in [0, 1]; present only with answers. */
  public abstract OptionalDouble favorable();

  /** The 95% Wilson score interval of the favorable share. */
  public abstract Optional<Interval> favorableInterval();

  /** The mean mapped linearly to 0-100 (scale min = 0, max = 100). */
  public abstract OptionalDouble score();


  /**
   * A builder, for rebuilding ItemStatisticss from their serialized form (for example by
   * belonging-json); {@link Disaggregation} is the only source of values computed from
   * responses. {@code build()} checks the invariants listed on the accessors.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ItemStatistics}. Not thread-safe. {@code build()} throws {@link
   * IllegalArgumentException} if an invariant is broken or a required value is missing.
   */
  public static final class Builder extends ImmutableItemStatistics.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ReportChecks.atLeast("answers", answers(), 0);
    long total = 0;
    for (long count : histogram().values()) {
      ReportChecks.atLeast("histogram count", count, 0);
      total += count;
    }
    if (total != answers()) {
      throw new IllegalArgumentException("histogram counts of item '" + itemId()
          + "' must add up to its answers");
    }
    boolean any = answers() > 0;
    boolean spread = answers() > 1;
    ReportChecks.onlyIf(mean().isPresent(), any, "mean", "without answers");
    ReportChecks.onlyIf(score().isPresent(), any, "score", "without answers");
    ReportChecks.onlyIf(favorable().isPresent(), any, "favorable", "without answers");
    ReportChecks.onlyIf(favorableInterval().isPresent(), any, "favorableInterval",
        "without answers");
    ReportChecks.onlyIf(standardDeviation().isPresent(), spread, "standardDeviation",
        "with fewer than 2 answers");
    ReportChecks.onlyIf(meanInterval().isPresent(), spread, "meanInterval",
        "with fewer than 2 answers");
    ReportChecks.finite("mean", mean());
    ReportChecks.finite("score", score());
    ReportChecks.inRange("standardDeviation", standardDeviation(), 0, Double.MAX_VALUE);
    ReportChecks.inRange("favorable", favorable(), 0, 1);
    ReportChecks.finite("meanInterval", meanInterval());
    ReportChecks.finite("favorableInterval", favorableInterval());
  }

  @Override
  public String toString() {
    return "ItemStatistics[" + itemId() + "]";
  }
}
