package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.internal.BelongingStyle;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A released disaggregation: the whole organisation and every breakdown's cells (published or
 * suppressed), the gaps of published cells to their baselines with Benjamini-Hochberg q-values
 * across the report, and response rates when a roster was given.
 *
 * <p>Obtain one from {@link Disaggregation#report}. It holds no number about a suppressed cell.
 * Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class DisaggregationReport {
  DisaggregationReport() {}

  /** The minimum group size used for non-sensitive cells. */
  public abstract int minimumGroupSize();

  /** The minimum group size used for cells of sensitive breakdowns. */
  public abstract int sensitiveMinimumGroupSize();

  /** The whole organisation. */
  public abstract CellResult overall();

  /** One result per breakdown, in the configured order. */
  public abstract ImmutableList<BreakdownResult> breakdowns();

  /** Every gap of a published cell to its (publishable) baseline, breakdown by breakdown. */
  public abstract ImmutableList<Gap> gaps();

  /** Response rates; empty without a roster. */
  public abstract ImmutableList<ResponseRate> responseRates();

  /** Number of suppressed cells over all breakdowns (the overall cell included). */
  public final long suppressedCount() {
    return breakdowns().stream().mapToLong(BreakdownResult::suppressedCount).sum()
        + (overall().isPublished() ? 0 : 1);
  }

  /**
   * The credible gaps of one construct, largest first by their {@linkplain
   * Gap#conservativeDifference() conservative size} (the interval bound nearest zero), negative
   * gaps (cells doing worse) before positive ones: the input of the intervention recommender.
   *
   * @param construct the construct
   * @param limit the most gaps to return, {@code >= 0}
   * @return the ranking
   * @throws IllegalArgumentException if {@code limit < 0}
   */
  public final ImmutableList<Gap> largestCredibleGaps(Construct construct, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, but was " + limit);
    }
    return gaps().stream()
        .filter(g -> g.construct().equals(construct) && g.credible())
        .sorted(Comparator.comparingDouble((Gap g) -> g.conservativeDifference() < 0 ? 0 : 1)
            .thenComparingDouble(g -> -Math.abs(g.conservativeDifference())))
        .limit(limit)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "DisaggregationReport[breakdowns=" + breakdowns().size() + ", gaps=" + gaps().size()
        + ", suppressed=" + suppressedCount() + "]";
  }
}
