package dev.belonging.instrument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Scores one respondent: per construct, the mean of the answered closed items after reverse
 * keying on the declared scale, provided at least the configured fraction of the construct's
 * items was answered; and the favorability of each keyed answer.
 *
 * <p>Construct scores use agreement and frequency items; 0-10 rating items are summarised with
 * {@link NetPromoterScore} instead, and open-text items are never scored. The items of one
 * construct must share their scale's range. Means are exact means of integers (sums are exact),
 * so scores do not depend on item order.
 *
 * <p>Responses should be validated with {@link ResponseValidator} first; answers to items the
 * instrument does not have are ignored here. Instances are immutable and thread-safe.
 */
public final class Scoring {
  private static final Scoring DEFAULTS = new Scoring(0.5);

  private final double minimumAnsweredFraction;

  private Scoring(double minimumAnsweredFraction) {
    this.minimumAnsweredFraction = minimumAnsweredFraction;
  }

  /** A construct score needs at least half of the construct's items answered. */
  public static Scoring withDefaults() {
    return DEFAULTS;
  }

  /**
   * This configuration with another minimum answered fraction per construct.
   *
   * @param fraction a proportion in (0, 1]; a score always needs at least one answer
   * @return the new configuration
   * @throws IllegalArgumentException if {@code fraction} is not in (0, 1]
   */
  public Scoring withMinimumAnsweredFraction(double fraction) {
    if (fraction > 0 && fraction <= 1) {
      return new Scoring(fraction);
    }
    throw new IllegalArgumentException(
        "minimumAnsweredFraction must be in (0, 1], but was " + fraction);
  }

  /** The minimum fraction of a construct's items answered for a score, in (0, 1]. */
  public double minimumAnsweredFraction() {
    return minimumAnsweredFraction;
  }

  /**
   * Scores one response.
   *
   * @param instrument the instrument answered
   * @param response a validated response
   * @return the construct scores and item favorability
   * @throws IllegalArgumentException if an answer is off its item's scale (the message names the
   *     item, not the answer), or a construct mixes scale ranges
   */
  public RespondentScores score(Instrument instrument, Response response) {
    ImmutableRespondentScores.Builder out = ImmutableRespondentScores.builder();
    for (Item item : instrument.items()) {
      Integer point = response.answers().get(item.id());
      if (point != null && item.scale().isPresent()) {
        out.putFavorability(item.id(), item.scale().get().classify(keyed(item, point)));
      }
    }
    for (Construct construct : instrument.constructs()) {
      score(instrument, construct, response).ifPresent(s -> out.putConstruct(construct, s));
    }
    return out.build();
  }

  /**
   * Scores one construct of one response.
   *
   * @param instrument the instrument answered
   * @param construct the construct
   * @param response a validated response
   * @return the score, or empty if the instrument has no agreement or frequency item for the
   *     construct
   * @throws IllegalArgumentException if an answer is off its item's scale, or the construct's
   *     items mix scale ranges
   */
  public Optional<ConstructScore> score(
      Instrument instrument, Construct construct, Response response) {
    List<Item> items = new ArrayList<>();
    for (Item item : instrument.items(construct)) {
      if (item.kind() == ItemKind.AGREEMENT || item.kind() == ItemKind.BEHAVIOURAL_FREQUENCY) {
        items.add(item);
      }
    }
    if (items.isEmpty()) {
      return Optional.empty();
    }
    ResponseScale first = items.get(0).scale().orElseThrow();
    long sum = 0;
    int answered = 0;
    int[] classes = new int[Favorability.values().length];
    for (Item item : items) {
      ResponseScale scale = item.scale().orElseThrow();
      if (scale.min() != first.min() || scale.max() != first.max()) {
        throw new IllegalArgumentException("items of construct '" + construct.id()
            + "' must share one scale range, but '" + item.id() + "' uses [" + scale.min()
            + ", " + scale.max() + "] and '" + items.get(0).id() + "' uses [" + first.min()
            + ", " + first.max() + "]");
      }
      Integer point = response.answers().get(item.id());
      if (point != null) {
        int keyed = keyed(item, point);
        sum += keyed;
        answered++;
        classes[scale.classify(keyed).ordinal()]++;
      }
    }
    ImmutableConstructScore.Builder b = ImmutableConstructScore.builder().construct(construct)
        .items(items.size()).answered(answered).scaleMin(first.min()).scaleMax(first.max())
        .favorable(classes[Favorability.FAVORABLE.ordinal()])
        .neutral(classes[Favorability.NEUTRAL.ordinal()])
        .unfavorable(classes[Favorability.UNFAVORABLE.ordinal()]);
    if (answered > 0 && answered >= minimumAnsweredFraction * items.size()) {
      b.mean((double) sum / answered);
    }
    return Optional.of(b.build());
  }

  /**
   * The eNPS of the answers to one 0-10 rating item.
   *
   * @param item a rating item
   * @param responses validated responses; unanswered ones are skipped
   * @return the eNPS
   * @throws IllegalArgumentException if the item is not a 0-10 rating item or an answer is off
   *     the scale
   */
  public static NetPromoterScore enps(Item item, Iterable<Response> responses) {
    if (item.kind() != ItemKind.RATING_0_10) {
      throw new IllegalArgumentException(
          "item '" + item.id() + "' must be a 0-10 rating item, but was " + item.kind());
    }
    List<Integer> ratings = new ArrayList<>();
    for (Response r : responses) {
      Integer point = r.answers().get(item.id());
      if (point != null) {
        ratings.add(keyed(item, point));
      }
    }
    return NetPromoterScore.of(ImmutableList.copyOf(ratings));
  }

  private static int keyed(Item item, int point) {
    ResponseScale scale = item.scale().orElseThrow();
    if (!scale.contains(point)) {
      throw new IllegalArgumentException("an answer to item '" + item.id() + "' is outside ["
          + scale.min() + ", " + scale.max() + "]; validate responses first");
    }
    return item.keyed(point);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Scoring && Double.compare(
        ((Scoring) o).minimumAnsweredFraction, minimumAnsweredFraction) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimumAnsweredFraction);
  }

  @Override
  public String toString() {
    return "Scoring[minimumAnsweredFraction=" + minimumAnsweredFraction + "]";
  }
}
