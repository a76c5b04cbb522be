package dev.belonging.instrument;

import dev.belonging.internal.BelongingStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The employee Net Promoter Score of a set of 0-10 ratings: the percentage of promoters (9-10)
 * minus the percentage of detractors (0-6), in [-100, 100] (Reichheld, "The One Number You Need
 * to Grow", Harvard Business Review, 2003).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class NetPromoterScore {
  NetPromoterScore() {}

  /** Ratings of 9 or 10. */
  public abstract int promoters();

  /** Ratings of 7 or 8. */
  public abstract int passives();

  /** Ratings of 0 to 6. */
  public abstract int detractors();

  /** All ratings. */
  public final int total() {
    return promoters() + passives() + detractors();
  }

  /** {@code 100 (promoters - detractors) / total}, in [-100, 100]; empty without ratings. */
  public final OptionalDouble score() {
    if (total() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(100.0 * (promoters() - detractors()) / total());
  }

  /**
   * The eNPS of some ratings.
   *
   * @param ratings ratings on the 0-10 scale
   * @return the counts and score
   * @throws IllegalArgumentException if a rating is outside 0-10 (the message counts such
   *     ratings, it does not show them)
   */
  public static NetPromoterScore of(Iterable<Integer> ratings) {
    int promoters = 0;
    int passives = 0;
    int detractors = 0;
    int invalid = 0;
    for (int r : ratings) {
      if (r >= 9 && r <= 10) {
        promoters++;
      } else if (r >= 7 && r <= 8) {
        passives++;
      } else if (r >= 0 && r <= 6) {
        detractors++;
      } else {
        invalid++;
      }
    }
    if (invalid > 0) {
      throw new IllegalArgumentException(
          "ratings must be in [0, 10], but " + invalid + " were outside");
    }
    return ImmutableNetPromoterScore.builder().promoters(promoters).passives(passives)
        .detractors(detractors).build();
  }

  @Value.Check
  void check() {
    if (!(promoters() >= 0 && passives() >= 0 && detractors() >= 0)) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }

  @Override
  public String toString() {
    return "NetPromoterScore[promoters=" + promoters() + ", passives=" + passives()
        + ", detractors=" + detractors() + "]";
  }
}
