package dev.belonging.instrument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A versioned survey: an ordered list of {@link Item}s with an id, a {@link SemanticVersion}, a
 * title and a language.
 *
 * <p>Items that earlier versions asked but this version no longer does can be listed as {@link
 * #retiredItemIds() retired}: answers to them are recognised (and rejected or excluded by {@link
 * ResponseValidator}) rather than reported as unknown. Use {@link #compare(Instrument)} to find the
 * items whose answers may be compared across versions.
 *
 * <p>Ready-made instruments are in {@link BuiltInInstruments}. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class Instrument {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");
  // BCP 47 in its common shapes: language, optional script, region and variants.
  private static final Pattern LANGUAGE =
      Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|\\d{3}))?(-[a-zA-Z0-9]{5,8})*");

  Instrument() {}

  /** The stable id of the instrument (all versions share it), matching {@code [a-z][a-z0-9_.-]*}. */
  public abstract String id();

  /** The version of this instrument. */
  public abstract SemanticVersion version();

  /** The title shown to respondents and in reports; not blank. */
  public abstract String title();

  /** The language of the wording as a BCP 47 tag, such as {@code "en"} or {@code "en-GB"}. */
  @Value.Default
  public String language() {
    return "en";
  }

  /** What the instrument is for; {@link InstrumentKind#FULL} unless set. */
  @Value.Default
  public InstrumentKind kind() {
    return InstrumentKind.FULL;
  }

  /** The items in the order asked; at least one, with unique ids. */
  public abstract ImmutableList<Item> items();

  /** Constructs declared in addition to those of the items (for example, to be added later). */
  public abstract ImmutableSet<Construct> declaredConstructs();

  /** Ids of items that earlier versions asked and this one no longer does. */
  public abstract ImmutableSet<String> retiredItemIds();

  /** The constructs measured: those of the items in order of first use, then declared ones. */
  @Value.Derived
  public ImmutableSet<Construct> constructs() {
    ImmutableSet.Builder<Construct> b = ImmutableSet.builder();
    items().forEach(i -> i.construct().ifPresent(b::add));
    return b.addAll(declaredConstructs()).build();
  }

  @Value.Lazy
  ImmutableMap<String, Item> itemsById() {
    return Maps.uniqueIndex(items(), Item::id);
  }

  /**
   * Looks an item up by id.
   *
   * @param itemId an item id
   * @return the item, or empty when this version does not have it
   */
  public final Optional<Item> item(String itemId) {
    return Optional.ofNullable(itemsById().get(itemId));
  }

  /** The item ids in order. */
  public final ImmutableList<String> itemIds() {
    return items().stream().map(Item::id).collect(ImmutableList.toImmutableList());
  }

  /** The items with a scale (every kind except open text), in order. */
  public final ImmutableList<Item> closedItems() {
    return items().stream().filter(i -> i.scale().isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The items measuring a construct, in order.
   *
   * @param construct a construct
   * @return its items (empty if none)
   */
  public final ImmutableList<Item> items(Construct construct) {
    return items().stream().filter(i -> i.construct().equals(Optional.of(construct)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Compares this version with another version (usually a later one) item by item.
   *
   * @param other the other instrument
   * @return which items are comparable, changed, added and removed
   */
  public final InstrumentComparison compare(Instrument other) {
    return InstrumentComparison.between(this, other);
  }

  /** A builder; id, version, title and at least one item are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Instrument}; not thread-safe. */
  public static final class Builder extends ImmutableInstrument.Builder {
    Builder() {}

    /**
     * Sets the version from text.
     *
     * @param version {@code MAJOR.MINOR.PATCH}
     * @return this builder
     * @throws IllegalArgumentException if the text is not a version
     */
    public final Builder version(String version) {
      version(SemanticVersion.parse(version));
      return this;
    }
  }

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException("instrument id must match " + ID.pattern()
          + ", but was '" + (id().length() <= 70 ? id() : id().substring(0, 70) + "...") + "'");
    }
    Checks.notBlank("title of instrument '" + id() + "'", title());
    if (!LANGUAGE.matcher(language()).matches()) {
      throw new IllegalArgumentException("language of instrument '" + id()
          + "' must be a BCP 47 tag such as en or en-GB, but was '"
          + (language().length() <= 20 ? language() : language().substring(0, 20) + "...") + "'");
    }
    if (items().isEmpty()) {
      throw new IllegalArgumentException("instrument '" + id() + "' must have at least 1 item");
    }
    Set<String> seen = new HashSet<>();
    for (Item item : items()) {
      if (!seen.add(item.id())) {
        throw new IllegalArgumentException(
            "item ids of instrument '" + id() + "' must be unique, but '" + item.id()
                + "' appears twice");
      }
      if (retiredItemIds().contains(item.id())) {
        throw new IllegalArgumentException("item '" + item.id() + "' of instrument '" + id()
            + "' must not be both asked and retired");
      }
    }
  }

  @Override
  public String toString() {
    return "Instrument[" + id() + " " + version() + ", " + kind() + ", " + items().size()
        + " items]";
  }
}
