package dev.belonging.instrument;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How two versions of an instrument relate item by item: trends are only computed on {@link
 * #comparable()} items (same id, same wording, same scale).
 *
 * <p>Obtain one with {@link Instrument#compare(Instrument)}. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class InstrumentComparison {
  InstrumentComparison() {}

  /** The earlier (base) instrument. */
  public abstract Instrument base();

  /** The later (other) instrument. */
  public abstract Instrument other();

  /** Ids of items in both with the same wording and scale, in the base's order. */
  public abstract ImmutableList<String> comparable();

  /** Ids of items in both whose wording or scale changed, in the base's order. */
  public abstract ImmutableList<String> changed();

  /** Ids of items only in the other instrument, in its order. */
  public abstract ImmutableList<String> added();

  /** Ids of items only in the base instrument, in its order. */
  public abstract ImmutableList<String> removed();

  /**
   * Whether answers to an item can be compared across the two versions.
   *
   * @param itemId an item id
   * @return true when the item is comparable
   */
  public final boolean isComparable(String itemId) {
    return comparable().contains(itemId);
  }

  static InstrumentComparison between(Instrument base, Instrument other) {
    ImmutableInstrumentComparison.Builder b =
        ImmutableInstrumentComparison.builder().base(base).other(other);
    for (Item item : base.items()) {
      Optional<Item> there = other.item(item.id());
      if (there.isEmpty()) {
        b.addRemoved(item.id());
      } else if (item.isComparableTo(there.get())) {
        b.addComparable(item.id());
      } else {
        b.addChanged(item.id());
      }
    }
    for (Item item : other.items()) {
      if (base.item(item.id()).isEmpty()) {
        b.addAdded(item.id());
      }
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "InstrumentComparison[" + base().id() + " " + base().version() + " -> "
        + other().id() + " " + other().version() + ": comparable=" + comparable()
        + ", changed=" + changed() + ", added=" + added() + ", removed=" + removed() + "]";
  }
}
