package dev.belonging.instrument;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.stats.Interval;
import org.immutables.value.Value;

/**
 * The reliability of a set of items in one group of respondents, from {@link Reliability}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class ReliabilityResult {
  ReliabilityResult() {}

  /** How missing answers were handled. */
  public abstract MissingData missingData();

  /**
   * The number of observations: complete cases, or all respondents given (pairwise, as psych's
   * {@code nrow(x)}); used by the Feldt interval.
   */
  public abstract int observations();

  /** The statistics of all items together. */
  public abstract AlphaStatistics total();

  /** Feldt's confidence interval for {@link AlphaStatistics#rawAlpha() raw alpha}. */
  public abstract Interval alphaConfidenceInterval();

  /** Per-item statistics, in the order of the items analysed. */
  public abstract ImmutableList<ItemReliability> items();

  @Override
  public String toString() {
    return "ReliabilityResult[" + missingData() + ", n=" + observations() + ", k="
        + items().size() + ", " + total() + "]";
  }
}
