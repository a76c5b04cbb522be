package dev.belonging.instrument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import java.util.stream.IntStream;
import org.immutables.value.Value;

/**
 * The answer options of a closed item: consecutive integer points {@code min..max}, a label per
 * point, and which points count as favorable and unfavorable (all other points are neutral).
 *
 * <p>Reporting conventions: on the 5-point agreement scale the top two points are favorable
 * ("top-two-box"); on the 0-10 rating scale 9-10 are promoters (favorable) and 0-6 detractors
 * (unfavorable), as in the employee Net Promoter Score.
 *
 * <p>Instances are immutable and thread-safe; equality is by points, labels and point sets.
 */
@Value.Immutable
@BelongingStyle
public abstract class ResponseScale {
  private static final ResponseScale AGREEMENT_5 = builder().min(1).max(5)
      .addLabels("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
          "Strongly agree")
      .addFavorable(4, 5).addUnfavorable(1, 2).build();
  private static final ResponseScale FREQUENCY_5 = builder().min(1).max(5)
      .addLabels("Never", "Rarely", "Sometimes", "Often", "Always")
      .addFavorable(4, 5).addUnfavorable(1, 2).build();
  private static final ResponseScale AGREEMENT_7 = builder().min(1).max(7)
      .addLabels("Strongly disagree", "Disagree", "Somewhat disagree",
          "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree")
      .addFavorable(6, 7).addUnfavorable(1, 2, 3).build();
  private static final ResponseScale RATING_0_10 = builder().min(0).max(10)
      .addLabels("0 - Not at all likely", "1", "2", "3", "4", "5", "6", "7", "8", "9",
          "10 - Extremely likely")
      .addFavorable(9, 10).addUnfavorable(0, 1, 2, 3, 4, 5, 6).build();

  ResponseScale() {}

  /** The lowest point, inclusive. */
  public abstract int min();

  /** The highest point, inclusive; greater than {@link #min()}. */
  public abstract int max();

  /** One label per point, from {@link #min()} to {@link #max()}. */
  public abstract ImmutableList<String> labels();

  /** The points that count as favorable. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Integer> favorable();

  /** The points that count as unfavorable; disjoint from {@link #favorable()}. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Integer> unfavorable();

  /** The points that are neither favorable nor unfavorable. */
  public final ImmutableSortedSet<Integer> neutral() {
    return points().stream()
        .filter(p -> !favorable().contains(p) && !unfavorable().contains(p))
        .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compareTo));
  }

  /** All points, {@code min..max}. */
  public final ImmutableList<Integer> points() {
    return IntStream.rangeClosed(min(), max()).boxed().collect(ImmutableList.toImmutableList());
  }

  /** The number of points, {@code max - min + 1}. */
  public final int size() {
    return max() - min() + 1;
  }

  /**
   * Whether {@code point} is on this scale.
   *
   * @param point any integer
   * @return {@code min <= point <= max}
   */
  public final boolean contains(int point) {
    return point >= min() && point <= max();
  }

  /**
   * The label of a point.
   *
   * @param point a point of this scale
   * @return its label
   * @throws IllegalArgumentException if the point is not on this scale
   */
  public final String label(int point) {
    return labels().get(checkPoint(point) - min());
  }

  /** Whether the scale has a middle point (an odd number of points). */
  public final boolean hasMidpoint() {
    return (max() - min()) % 2 == 0;
  }

  /**
   * The reverse-keyed value of a point on the <em>declared</em> scale: {@code min + max - point}.
   * Applying it twice gives the point back.
   *
   * @param point a point of this scale
   * @return the reversed point
   * @throws IllegalArgumentException if the point is not on this scale
   */
  public final int reverse(int point) {
    return min() + max() - checkPoint(point);
  }

  /**
   * Classifies a point as favorable, neutral or unfavorable.
   *
   * @param point a point of this scale (already reverse keyed where the item requires it)
   * @return its class
   * @throws IllegalArgumentException if the point is not on this scale
   */
  public final Favorability classify(int point) {
    checkPoint(point);
    if (favorable().contains(point)) {
      return Favorability.FAVORABLE;
    }
    return unfavorable().contains(point) ? Favorability.UNFAVORABLE : Favorability.NEUTRAL;
  }

  /**
   * Maps a value on this scale linearly onto 0-100: {@code (value - min) / (max - min) * 100}.
   *
   * @param value a point or a mean of points, in {@code [min, max]}
   * @return the value on 0-100
   * @throws IllegalArgumentException if {@code value} is outside {@code [min, max]} or NaN
   */
  public final double toHundred(double value) {
    if (value >= min() && value <= max()) {
      return (value - min()) / (max() - min()) * 100.0;
    }
    throw new IllegalArgumentException(
        "value must be in [" + min() + ", " + max() + "], but was " + value);
  }

  private int checkPoint(int point) {
    if (contains(point)) {
      return point;
    }
    throw new IllegalArgumentException(
        "point must be in [" + min() + ", " + max() + "], but was " + point);
  }

  /** The 5-point agreement scale, 1 = strongly disagree to 5 = strongly agree; 4-5 favorable. */
  public static ResponseScale agreement5() {
    return AGREEMENT_5;
  }

  /** The 5-point frequency scale, 1 = never to 5 = always; 4-5 favorable, 1-2 unfavorable. */
  public static ResponseScale frequency5() {
    return FREQUENCY_5;
  }

  /** The 7-point agreement scale, 1 = strongly disagree to 7 = strongly agree; 6-7 favorable. */
  public static ResponseScale agreement7() {
    return AGREEMENT_7;
  }

  /** The 0-10 rating scale: 9-10 promoters (favorable), 7-8 passives, 0-6 detractors. */
  public static ResponseScale rating0To10() {
    return RATING_0_10;
  }

  /** A builder for a custom scale. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResponseScale}; not thread-safe. */
  public static final class Builder extends ImmutableResponseScale.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (!(max() > min())) {
      throw new IllegalArgumentException(
          "scale max must be > min " + min() + ", but was " + max());
    }
    if (labels().size() != size()) {
      throw new IllegalArgumentException("scale labels must have one label per point ("
          + size() + "), but had " + labels().size());
    }
    for (String label : labels()) {
      Checks.notBlank("scale label", label);
    }
    for (int p : favorable()) {
      checkOnScale("favorable", p);
    }
    for (int p : unfavorable()) {
      checkOnScale("unfavorable", p);
      if (favorable().contains(p)) {
        throw new IllegalArgumentException(
            "scale point " + p + " must not be both favorable and unfavorable");
      }
    }
  }

  private void checkOnScale(String set, int p) {
    if (!contains(p)) {
      throw new IllegalArgumentException(set + " point must be in [" + min() + ", " + max()
          + "], but was " + p);
    }
  }

  @Override
  public String toString() {
    return "ResponseScale[" + min() + ".." + max() + ", favorable=" + favorable() + "]";
  }
}
