package dev.belonging.testkit;

import static java.util.Objects.requireNonNull;

import dev.belonging.instrument.ResponseWave;
import dev.belonging.workforce.Roster;

/**
 * One simulated survey wave: the workforce at the time (everyone invited), its {@link Roster} for
 * response rates, and the {@link ResponseWave} of those who answered.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} gives counts only.
 */
public final class SimulatedWave {
  private final SyntheticWorkforce workforce;
  private final ResponseWave wave;

  private SimulatedWave(SyntheticWorkforce workforce, ResponseWave wave) {
    this.workforce = workforce;
    this.wave = wave;
  }

  /**
   * A simulated wave.
   *
   * @param workforce the people invited
   * @param wave their responses
   * @return the simulated wave
   * @throws IllegalArgumentException if the wave has more responses than people were invited
   */
  public static SimulatedWave of(SyntheticWorkforce workforce, ResponseWave wave) {
    requireNonNull(workforce, "workforce");
    requireNonNull(wave, "wave");
    if (wave.responses().size() > workforce.size()) {
      throw new IllegalArgumentException("responses must be <= invited (" + workforce.size()
          + "), but were " + wave.responses().size());
    }
    return new SimulatedWave(workforce, wave);
  }

  /** The people invited to this wave. */
  public SyntheticWorkforce workforce() {
    return workforce;
  }

  /** The roster of everyone invited. */
  public Roster roster() {
    return workforce.roster();
  }

  /** The responses. */
  public ResponseWave wave() {
    return wave;
  }

  /** The wave's position in time. */
  public int ordinal() {
    return wave.ordinal();
  }

  /** Responses over invited people, a proportion in [0, 1]; 0 when nobody was invited. */
  public double responseRate() {
    return workforce.size() == 0 ? 0 : (double) wave.responses().size() / workforce.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SimulatedWave
        && workforce.equals(((SimulatedWave) other).workforce)
        && wave.equals(((SimulatedWave) other).wave);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(workforce, wave);
  }

  @Override
  public String toString() {
    return "SimulatedWave{" + wave.waveId() + ", invited=" + workforce.size() + ", responses="
        + wave.responses().size() + "}";
  }
}
