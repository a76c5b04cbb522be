package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
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

  /** Number of respondents in the cell. */
  public abstract long respondents();

  /** Per item, in the instrument's order (closed items only). */
  public abstract ImmutableList<ItemStatistics> items();

  /** Per construct, in the instrument's order. */
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

  @Override
  public String toString() {
    return "GroupStatistics[items=" + items().size() + ", constructs=" + constructs().size() + "]";
  }
}
