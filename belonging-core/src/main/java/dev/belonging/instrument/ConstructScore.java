package dev.belonging.instrument;

import dev.belonging.internal.BelongingStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One respondent's score on one construct: the mean of the answered items after reverse keying,
 * and how many of the keyed answers were favorable, neutral and unfavorable.
 *
 * <p>The mean is on the items' common scale {@code [scaleMin, scaleMax]}; {@link #hundred()} maps
 * it onto 0-100 as {@code (mean - min) / (max - min) * 100}. The mean is empty when fewer items
 * were answered than the configured minimum fraction of {@link Scoring}.
 *
 * <p>A score is derived respondent data: {@link #toString()} shows the construct and counts of
 * items only. Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class ConstructScore {
  ConstructScore() {}

  /** The construct. */
  public abstract Construct construct();

  /** The number of scored items of the construct in the instrument, >= 1. */
  public abstract int items();

  /** The number of those items answered, in [0, items]. */
  public abstract int answered();

  /** The lowest point of the items' common scale. */
  public abstract int scaleMin();

  /** The highest point of the items' common scale. */
  public abstract int scaleMax();

  /** The mean keyed point, in [scaleMin, scaleMax]; empty below the minimum answered fraction. */
  public abstract OptionalDouble mean();

  /** The number of answered items whose keyed point is favorable. */
  public abstract int favorable();

  /** The number of answered items whose keyed point is neutral. */
  public abstract int neutral();

  /** The number of answered items whose keyed point is unfavorable. */
  public abstract int unfavorable();

  /** The mean on 0-100, {@code (mean - min) / (max - min) * 100}; empty when the mean is. */
  public final OptionalDouble hundred() {
    if (mean().isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((mean().getAsDouble() - scaleMin()) / (scaleMax() - scaleMin())
        * 100.0);
  }

  @Override
  public String toString() {
    return "ConstructScore[" + construct().id() + ", answered " + answered() + " of " + items()
        + "]";
  }
}
