package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.workforce.Dimension;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a disaggregation is asked to break results down by: the {@link Breakdown breakdowns} in
 * report order, each a single dimension or an intersection of several, with its {@link Baseline}.
 * It is the serializable part of a {@link Disaggregation}'s configuration; apply it with {@link
 * Disaggregation#withBreakdowns(Iterable) withBreakdowns(request.breakdowns())}.
 *
 * <p>Immutable and thread-safe; equal when the breakdowns are equal and in the same order.
 */
@Value.Immutable
@BelongingStyle
public abstract class BreakdownRequest {
  BreakdownRequest() {}

  /**
   * The breakdowns, in report order; none asks for the whole organisation only. No breakdown
   * repeats, and a dimension name is sensitive in every breakdown or in none.
   */
  public abstract ImmutableList<Breakdown> breakdowns();

  /**
   * A request of these breakdowns.
   *
   * @param breakdowns the breakdowns, in report order
   * @return the request
   * @throws IllegalArgumentException if a breakdown repeats or a dimension name is used both as
   *     sensitive and as not sensitive
   */
  public static BreakdownRequest of(Iterable<Breakdown> breakdowns) {
    return ImmutableBreakdownRequest.builder().addAllBreakdowns(breakdowns).build();
  }

  @Value.Check
  void check() {
    Set<Breakdown> seen = new HashSet<>();
    Map<String, Dimension> byName = new HashMap<>();
    for (Breakdown breakdown : breakdowns()) {
      if (!seen.add(breakdown)) {
        throw new IllegalArgumentException(
            "breakdowns must be distinct, but '" + breakdown.name() + "' repeats");
      }
      for (Dimension d : breakdown.dimensions()) {
        Dimension earlier = byName.putIfAbsent(d.name(), d);
        if (earlier != null && !earlier.equals(d)) {
          throw new IllegalArgumentException("dimension '" + d.name()
              + "' must be sensitive in every breakdown or in none");
        }
      }
    }
  }

  @Override
  public String toString() {
    return "BreakdownRequest[breakdowns=" + breakdowns().size() + "]";
  }
}
