package dev.belonging.instrument;

import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Per-item reliability statistics: the statistics of the remaining items if this item were
 * deleted (psych {@code alpha.drop}) and the item-rest correlation (psych {@code r.drop}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class ItemReliability {
  ItemReliability() {}

  /** The item's id. */
  public abstract String itemId();

  /** How many respondents answered the item among those analysed, >= 0. */
  public abstract int answered();

  /**
   * The correlation of the item with the sum of the other items, in [-1, 1] (psych {@code
   * r.drop}: {@code (sum(C[,i]) - C[i,i]) / sqrt(C[i,i] sum(C[-i,-i]))}).
   */
  public abstract double itemRestCorrelation();

  /**
   * The statistics of the other items without this one; empty with only two items (psych then
   * reports a different, single-pair quantity).
   */
  public abstract Optional<AlphaStatistics> ifDeleted();

  @Override
  public String toString() {
    return "ItemReliability[" + itemId() + ", itemRest=" + itemRestCorrelation() + "]";
  }
}
