package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.internal.BelongingStyle;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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

  /** The minimum group size used for non-sensitive cells, {@code >= 3}. */
  public abstract int minimumGroupSize();

  /** The minimum group size used for cells of sensitive breakdowns, {@code >= minimumGroupSize}. */
  public abstract int sensitiveMinimumGroupSize();

  /** The whole organisation: the subgroup that fixes no dimension. */
  public abstract CellResult overall();

  /** One result per breakdown, in the configured order. */
  public abstract ImmutableList<BreakdownResult> breakdowns();

  /**
   * Every gap of a published cell to its (publishable) baseline, breakdown by breakdown; each
   * gap's breakdown is one of {@link #breakdowns()}.
   */
  public abstract ImmutableList<Gap> gaps();

  /** Response rates; empty without a roster; each rate's breakdown is one of {@link
   * #breakdowns()}. */
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


  /**
   * A builder, for rebuilding DisaggregationReports from their serialized form (for example by
   * belonging-json); {@link Disaggregation} is the only source of values computed from
   * responses. {@code build()} checks the invariants listed on the accessors.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DisaggregationReport}. Not thread-safe. {@code build()} throws {@link
   * IllegalArgumentException} if an invariant is broken or a required value is missing.
   */
  public static final class Builder extends ImmutableDisaggregationReport.Builder {
    Builder() {}
  }

  /**
   * Checks the invariants: minimums of at least 3, everyone as the overall cell, every published
   * cell at least as large as its minimum (the sensitive one for a sensitive breakdown), and gaps
   * and response rates of the report's own breakdowns.
   */
  @Value.Check
  void check() {
    ReportChecks.atLeast("minimumGroupSize", minimumGroupSize(), 3);
    ReportChecks.atLeast("sensitiveMinimumGroupSize", sensitiveMinimumGroupSize(),
        minimumGroupSize());
    ReportChecks.cellOf(Optional.empty(), overall().subgroup(), "the overall cell");
    checkMinimum(overall(), minimumGroupSize(), "the whole organisation");
    Set<Breakdown> own = new HashSet<>();
    for (BreakdownResult result : breakdowns()) {
      own.add(result.breakdown());
      int minimum = result.breakdown().sensitive() ? sensitiveMinimumGroupSize()
          : minimumGroupSize();
      for (CellResult cell : result.cells()) {
        checkMinimum(cell, minimum, "breakdown '" + result.breakdown().name() + "'");
      }
    }
    for (Gap gap : gaps()) {
      if (!own.contains(gap.breakdown())) {
        throw new IllegalArgumentException("the breakdown of a gap must be one of the report's, "
            + "but '" + gap.breakdown().name() + "' is not");
      }
    }
    for (ResponseRate rate : responseRates()) {
      if (rate.breakdown().isPresent() && !own.contains(rate.breakdown().get())) {
        throw new IllegalArgumentException("the breakdown of a response rate must be one of the "
            + "report's, but '" + rate.breakdown().get().name() + "' is not");
      }
    }
  }

  private static void checkMinimum(CellResult cell, int minimum, String where) {
    if (cell.statistics().isPresent() && cell.statistics().get().respondents() < minimum) {
      throw new IllegalArgumentException("a published cell of " + where + " must have >= "
          + minimum + " respondents");
    }
  }

  @Override
  public String toString() {
    return "DisaggregationReport[breakdowns=" + breakdowns().size() + ", gaps=" + gaps().size()
        + ", suppressed=" + suppressedCount() + "]";
  }
}
