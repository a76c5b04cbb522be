package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.internal.BelongingStyle;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything published about one cell: its number of respondents, the statistics of each item
 * and of each construct score. Only a cell that passed the release decision has one.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class GroupStatistics {
  GroupStatistics() {}

  /** Number of respondents in the cell, {@code >= 0}. */
  public abstract long respondents();

  /** Per item, in the instrument's order (closed items only); one per item id, each with at most
   * {@link #respondents()} answers. */
  public abstract ImmutableList<ItemStatistics> items();

  /** Per construct, in the instrument's order; one per construct, each with at most {@link
   * #respondents()} scored respondents. */
  public abstract ImmutableList<ScoreStatistics> constructs();

  /**
   * The statistics of one construct.
   *
   * @param construct a construct
   * @return its statistics, or empty if the instrument does not measure it
   */
  public final Optional<ScoreStatistics> construct(Construct construct) {
    return constructs().stream().filter(s -> s.construct().equals(construct)).findFirst();
  }

  /**
   * The statistics of one item.
   *
   * @param itemId an item id
   * @return its statistics, or empty if the instrument has no such closed item
   */
  public final Optional<ItemStatistics> item(String itemId) {
    return items().stream().filter(s -> s.itemId().equals(itemId)).findFirst();
  }


  /**
   * A builder, for rebuilding GroupStatisticss from their serialized form (for example by
   * belonging-json); {@link Disaggregation} is the only source of values computed from
   * responses. {@code build()} checks the invariants listed on the accessors.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GroupStatistics}. Not thread-safe. {@code build()} throws {@link
   * IllegalArgumentException} if an invariant is broken or a required value is missing.
   */
  public static final class Builder extends ImmutableGroupStatistics.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ReportChecks.atLeast("respondents", respondents(), 0);
    Set<String> ids = new HashSet<>();
    for (ItemStatistics item : items()) {
      if (!ids.add(item.itemId())) {
        throw new IllegalArgumentException(
            "item statistics must be unique per item, but '" + item.itemId() + "' repeats");
      }
      if (item.answers() > respondents()) {
        throw new IllegalArgumentException("answers to item '" + item.itemId()
            + "' must be <= respondents of the cell");
      }
    }
    Set<Construct> constructs = new HashSet<>();
    for (ScoreStatistics score : constructs()) {
      if (!constructs.add(score.construct())) {
        throw new IllegalArgumentException("score statistics must be unique per construct, but '"
            + score.construct().id() + "' repeats");
      }
      if (score.respondents() > respondents()) {
        throw new IllegalArgumentException("scored respondents of construct '"
            + score.construct().id() + "' must be <= respondents of the cell");
      }
    }
  }

  @Override
  public String toString() {
    return "GroupStatistics[items=" + items().size() + ", constructs=" + constructs().size() + "]";
  }
}
