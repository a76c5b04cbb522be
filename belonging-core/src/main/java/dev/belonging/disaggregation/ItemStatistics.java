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

  /** Answers per keyed point, every point of the scale present (zero counts included). */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Integer, Long> histogram();

  /** The mean keyed point, in [scale min, scale max]. */
  public abstract OptionalDouble mean();

  /** The sample standard deviation (divisor n - 1), {@code >= 0}. */
  public abstract OptionalDouble standardDeviation();

  /** The 95% Student t interval of the mean; needs at least 2 answers. */
  public abstract Optional<Interval> meanInterval();

  /** The share of favorable answers, a proportion in [0, 1]. */
  public abstract OptionalDouble favorable();

  /** The 95% Wilson score interval of the favorable share. */
  public abstract Optional<Interval> favorableInterval();

  /** The mean mapped linearly to 0-100 (scale min = 0, max = 100). */
  public abstract OptionalDouble score();

  @Override
  public String toString() {
    return "ItemStatistics[" + itemId() + "]";
  }
}
