package dev.belonging.testkit;

import static java.util.Objects.requireNonNull;

import dev.belonging.instrument.Construct;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.util.Objects;

/**
 * A known shift of one subgroup's latent level of one construct, planted into simulated
 * responses so that tests and researchers can check it is found: for example remote staff's
 * connection lowered by half a standard deviation,
 * {@code PlantedEffect.of(Dimension.WORK_ARRANGEMENT, "REMOTE", Construct.CONNECTION, -0.5)}.
 *
 * <p>The size is in standard deviations of the latent trait (which has variance 1 in the
 * population without effects). An effect can start at a wave ({@link #fromWave(int)}): an
 * intervention for a trial. Effects of several matching subgroups add up.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} names the dimension and
 * construct, not the value.
 */
public final class PlantedEffect {
  private final Dimension dimension;
  private final String value;
  private final Construct construct;
  private final double standardDeviations;
  private final int fromWave;

  private PlantedEffect(Dimension dimension, String value, Construct construct,
      double standardDeviations, int fromWave) {
    this.dimension = dimension;
    this.value = value;
    this.construct = construct;
    this.standardDeviations = standardDeviations;
    this.fromWave = fromWave;
  }

  /**
   * An effect present in every wave.
   *
   * @param dimension the subgroup's dimension
   * @param value the subgroup's value of that dimension, not blank
   * @param construct the construct shifted
   * @param standardDeviations the shift in latent standard deviations, finite, in [-5, 5]
   * @return the effect
   * @throws IllegalArgumentException if {@code value} is blank or the shift is out of range
   */
  public static PlantedEffect of(
      Dimension dimension, String value, Construct construct, double standardDeviations) {
    requireNonNull(dimension, "dimension");
    requireNonNull(construct, "construct");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value of planted effect must not be blank");
    }
    if (!(standardDeviations >= -5 && standardDeviations <= 5)) {
      throw new IllegalArgumentException(
          "standardDeviations must be in [-5, 5], but was " + standardDeviations);
    }
    return new PlantedEffect(dimension, value, construct, standardDeviations, 0);
  }

  /**
   * This effect, present only from a wave on: an intervention starting at that wave.
   *
   * @param waveOrdinal the first wave ordinal with the effect, {@code >= 0}
   * @return the changed effect
   * @throws IllegalArgumentException if {@code waveOrdinal} is negative
   */
  public PlantedEffect fromWave(int waveOrdinal) {
    if (waveOrdinal < 0) {
      throw new IllegalArgumentException("waveOrdinal must be >= 0, but was " + waveOrdinal);
    }
    return new PlantedEffect(dimension, value, construct, standardDeviations, waveOrdinal);
  }

  /** The subgroup's dimension. */
  public Dimension dimension() {
    return dimension;
  }

  /** The subgroup's value. */
  public String value() {
    return value;
  }

  /** The construct shifted. */
  public Construct construct() {
    return construct;
  }

  /** The shift in latent standard deviations. */
  public double standardDeviations() {
    return standardDeviations;
  }

  /** The first wave ordinal with the effect; 0 for an effect present throughout. */
  public int fromWave() {
    return fromWave;
  }

  /**
   * Whether the effect applies to a person in a wave.
   *
   * @param attributes the person's attributes
   * @param waveOrdinal the wave
   * @return true if the person is in the subgroup and the wave is at or after {@link #fromWave()}
   */
  public boolean appliesTo(Attributes attributes, int waveOrdinal) {
    return waveOrdinal >= fromWave
        && attributes.get(dimension).map(value::equals).orElse(false);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PlantedEffect)) {
      return false;
    }
    PlantedEffect that = (PlantedEffect) other;
    return dimension.equals(that.dimension) && value.equals(that.value)
        && construct.equals(that.construct)
        && Double.compare(standardDeviations, that.standardDeviations) == 0
        && fromWave == that.fromWave;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimension, value, construct, standardDeviations, fromWave);
  }

  @Override
  public String toString() {
    return "PlantedEffect[" + dimension + ", " + construct + ", " + standardDeviations + " SD"
        + (fromWave > 0 ? ", from wave " + fromWave : "") + "]";
  }
}
