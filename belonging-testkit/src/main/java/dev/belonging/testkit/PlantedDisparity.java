package dev.belonging.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.util.List;
import java.util.Objects;

/**
 * A known disparity planted into simulated outcome records: one subgroup's rate multiplied by a
 * ratio, for example remote staff promoted at 0.6 times the rate of everyone else,
 * {@code PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.6)}.
 *
 * <p>What the rate is depends on the generator: the selection probability of {@link
 * SelectionSimulator}, the recognition events per period of {@link RecognitionSimulator}, the
 * speaking weight of {@link MeetingSimulator}. Ratios of several matching disparities multiply.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} names the dimension, not the
 * value.
 */
public final class PlantedDisparity {
  /** The largest ratio accepted. */
  public static final double MAX_RATIO = 10;

  private final Dimension dimension;
  private final String value;
  private final double ratio;

  private PlantedDisparity(Dimension dimension, String value, double ratio) {
    this.dimension = dimension;
    this.value = value;
    this.ratio = ratio;
  }

  /**
   * A disparity.
   *
   * @param dimension the subgroup's dimension
   * @param value the subgroup's value of that dimension, not blank
   * @param ratio the factor on the subgroup's rate, in [0, {@link #MAX_RATIO}]; 1 plants nothing
   * @return the disparity
   * @throws IllegalArgumentException if {@code value} is blank or {@code ratio} is out of range
   */
  public static PlantedDisparity of(Dimension dimension, String value, double ratio) {
    requireNonNull(dimension, "dimension");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value of planted disparity must not be blank");
    }
    if (!(ratio >= 0 && ratio <= MAX_RATIO)) {
      throw new IllegalArgumentException(
          "ratio must be in [0, " + MAX_RATIO + "], but was " + ratio);
    }
    return new PlantedDisparity(dimension, value, ratio);
  }

  /** The subgroup's dimension. */
  public Dimension dimension() {
    return dimension;
  }

  /** The subgroup's value. */
  public String value() {
    return value;
  }

  /** The factor on the subgroup's rate, in [0, {@link #MAX_RATIO}]. */
  public double ratio() {
    return ratio;
  }

  /**
   * Whether the disparity applies to a person.
   *
   * @param attributes the person's attributes
   * @return true if the person is in the subgroup
   */
  public boolean appliesTo(Attributes attributes) {
    return attributes.get(dimension).map(value::equals).orElse(false);
  }

  /** The product of the ratios of the disparities that apply; 1 when none does. */
  static double factor(List<PlantedDisparity> disparities, Attributes attributes) {
    double factor = 1;
    for (PlantedDisparity d : disparities) {
      if (d.appliesTo(attributes)) {
        factor *= d.ratio;
      }
    }
    return factor;
  }

  static ImmutableList<PlantedDisparity> append(
      ImmutableList<PlantedDisparity> disparities, PlantedDisparity disparity) {
    return ImmutableList.<PlantedDisparity>builder().addAll(disparities)
        .add(requireNonNull(disparity, "disparity")).build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlantedDisparity
        && dimension.equals(((PlantedDisparity) other).dimension)
        && value.equals(((PlantedDisparity) other).value)
        && Double.compare(ratio, ((PlantedDisparity) other).ratio) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimension, value, ratio);
  }

  @Override
  public String toString() {
    return "PlantedDisparity[" + dimension + ", x" + ratio + "]";
  }
}
