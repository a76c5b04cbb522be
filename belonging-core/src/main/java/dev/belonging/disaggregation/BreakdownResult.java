package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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

  /** The cells that have respondents; each fixes exactly the breakdown's dimensions, no two alike. */
  public abstract ImmutableList<CellResult> cells();

  /** Number of suppressed cells. */
  public final long suppressedCount() {
    return cells().stream().filter(c -> !c.isPublished()).count();
  }


  /**
   * A builder, for rebuilding BreakdownResults from their serialized form (for example by
   * belonging-json); {@link Disaggregation} is the only source of values computed from
   * responses. {@code build()} checks the invariants listed on the accessors.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BreakdownResult}. Not thread-safe. {@code build()} throws {@link
   * IllegalArgumentException} if an invariant is broken or a required value is missing.
   */
  public static final class Builder extends ImmutableBreakdownResult.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Set<Subgroup> seen = new HashSet<>();
    for (CellResult cell : cells()) {
      ReportChecks.cellOf(Optional.of(breakdown()), cell.subgroup(), "a cell");
      if (!seen.add(cell.subgroup())) {
        throw new IllegalArgumentException(
            "cells of breakdown '" + breakdown().name() + "' must not repeat a subgroup");
      }
    }
  }

  @Override
  public String toString() {
    return "BreakdownResult[" + breakdown().name() + ", cells=" + cells().size() + "]";
  }
}
