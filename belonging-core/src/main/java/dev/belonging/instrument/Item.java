package dev.belonging.instrument;

import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One question of an {@link Instrument}: a stable id, the wording people read, the {@link
 * Construct} it measures, its {@link ResponseScale} (absent for open text) and whether it is
 * reverse keyed (agreeing means <em>less</em> of the construct).
 *
 * <p>The id is what links answers across waves; change the id when the meaning changes. Ids
 * match {@code [a-z][a-z0-9_.-]*} (at most 64 characters).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class Item {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

  Item() {}

  /** The stable id, matching {@code [a-z][a-z0-9_.-]*}. */
  public abstract String id();

  /** The wording shown to respondents; not blank. */
  public abstract String text();

  /** The construct the item measures; empty only for an unassigned item (a lint finding). */
  public abstract Optional<Construct> construct();

  /** The answer scale; present for every kind except {@link ItemKind#OPEN_TEXT}. */
  public abstract Optional<ResponseScale> scale();

  /**
   * Whether a high point means less of the construct; scoring then uses {@link
   * ResponseScale#reverse(int)}. Always false for open text.
   */
  @Value.Default
  public boolean reverseKeyed() {
    return false;
  }

  /** The kind of answer asked for. */
  public abstract ItemKind kind();

  /**
   * The point to score: the answer itself, or its reverse on the declared scale for a
   * reverse-keyed item.
   *
   * @param point an answer on this item's scale
   * @return the keyed point
   * @throws IllegalStateException if the item is open text
   * @throws IllegalArgumentException if the point is not on the scale
   */
  public final int keyed(int point) {
    ResponseScale s = scale().orElseThrow(() -> new IllegalStateException(
        "item '" + id() + "' is open text and has no points"));
    return reverseKeyed() ? s.reverse(point) : checkOn(s, point);
  }

  private int checkOn(ResponseScale s, int point) {
    if (s.contains(point)) {
      return point;
    }
    throw new IllegalArgumentException("point of item '" + id() + "' must be in [" + s.min()
        + ", " + s.max() + "], but was " + point);
  }

  /** This item with reverse keying switched on. */
  public final Item asReverseKeyed() {
    return builder().from(this).reverseKeyed(true).build();
  }

  /**
   * Whether answers to this item and {@code other} can be compared across waves: same id, same
   * wording and same scale.
   *
   * @param other another item
   * @return true when comparable
   */
  public final boolean isComparableTo(Item other) {
    return id().equals(other.id()) && text().equals(other.text())
        && scale().equals(other.scale());
  }

  /**
   * A behavioural-frequency item on the 5-point frequency scale.
   *
   * @param id the stable id
   * @param construct the construct measured
   * @param text the wording
   * @return the item
   * @throws IllegalArgumentException if the id or text break the rules
   */
  public static Item frequency(String id, Construct construct, String text) {
    return builder().id(id).construct(construct).text(text)
        .scale(ResponseScale.frequency5()).kind(ItemKind.BEHAVIOURAL_FREQUENCY).build();
  }

  /**
   * An agreement item on the 5-point agreement scale.
   *
   * @param id the stable id
   * @param construct the construct measured
   * @param text the wording
   * @return the item
   * @throws IllegalArgumentException if the id or text break the rules
   */
  public static Item agreement(String id, Construct construct, String text) {
    return builder().id(id).construct(construct).text(text)
        .scale(ResponseScale.agreement5()).kind(ItemKind.AGREEMENT).build();
  }

  /**
   * A 0-10 rating item.
   *
   * @param id the stable id
   * @param construct the construct measured
   * @param text the wording
   * @return the item
   * @throws IllegalArgumentException if the id or text break the rules
   */
  public static Item rating(String id, Construct construct, String text) {
    return builder().id(id).construct(construct).text(text)
        .scale(ResponseScale.rating0To10()).kind(ItemKind.RATING_0_10).build();
  }

  /**
   * An open-text (comment) item.
   *
   * @param id the stable id
   * @param construct the construct the comment is about
   * @param text the wording
   * @return the item
   * @throws IllegalArgumentException if the id or text break the rules
   */
  public static Item openText(String id, Construct construct, String text) {
    return builder().id(id).construct(construct).text(text).kind(ItemKind.OPEN_TEXT).build();
  }

  /** A builder; id, text and kind are required, scale unless the kind is open text. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Item}; not thread-safe. */
  public static final class Builder extends ImmutableItem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException("item id must match " + ID.pattern() + ", but was '"
          + (id().length() <= 70 ? id() : id().substring(0, 70) + "...") + "'");
    }
    Checks.notBlank("text of item '" + id() + "'", text());
    if (kind() == ItemKind.OPEN_TEXT) {
      if (scale().isPresent()) {
        throw new IllegalArgumentException("open-text item '" + id() + "' must not have a scale");
      }
      if (reverseKeyed()) {
        throw new IllegalArgumentException(
            "open-text item '" + id() + "' must not be reverse keyed");
      }
    } else if (scale().isEmpty()) {
      throw new IllegalArgumentException(
          "item '" + id() + "' of kind " + kind() + " must have a scale");
    }
    if (kind() == ItemKind.RATING_0_10 && scale().isPresent()
        && !(scale().get().min() == 0 && scale().get().max() == 10)) {
      throw new IllegalArgumentException(
          "rating item '" + id() + "' must use a 0-10 scale, but was " + scale().get());
    }
  }

  @Override
  public String toString() {
    return "Item[" + id() + ", " + kind() + construct().map(c -> ", " + c.id()).orElse("")
        + (reverseKeyed() ? ", reverse keyed" : "") + "]";
  }
}
