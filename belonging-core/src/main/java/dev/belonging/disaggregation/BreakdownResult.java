package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import org.immutables.value.Value;

/**
 * The released cells of one breakdown, each published or suppressed, in a stable order (team
 * hierarchy order, tenure band order, otherwise natural order of values).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class BreakdownResult {
  BreakdownResult() {}

  /** The breakdown. */
  public abstract Breakdown breakdown();

  /** The cells that have respondents. */
  public abstract ImmutableList<CellResult> cells();

  /** Number of suppressed cells. */
  public final long suppressedCount() {
    return cells().stream().filter(c -> !c.isPublished()).count();
  }

  @Override
  public String toString() {
    return "BreakdownResult[" + breakdown().name() + ", cells=" + cells().size() + "]";
  }
}
