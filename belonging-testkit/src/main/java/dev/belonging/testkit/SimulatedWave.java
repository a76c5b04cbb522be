package dev.belonging.testkit;

import static java.util.Objects.requireNonNull;

import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.workforce.Roster;

/**
 * One simulated survey wave: the workforce at the time (everyone invited), its {@link Roster} for
 * response rates, the {@link Instrument} asked and the {@link ResponseWave} of those who answered.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} gives counts only.
 */
public final class SimulatedWave {
  private final SyntheticWorkforce workforce;
  private final Instrument instrument;
  private final ResponseWave wave;

  private SimulatedWave(SyntheticWorkforce workforce, Instrument instrument, ResponseWave wave) {
    this.workforce = workforce;
    this.instrument = instrument;
    this.wave = wave;
  }

  /**
   * A simulated wave.
   *
   * @param workforce the people invited
   * @param instrument the instrument asked
   * @param wave their responses
   * @return the simulated wave
   * @throws IllegalArgumentException if the wave has more responses than people were invited,
   *     or does not answer {@code instrument}
   */
  public static SimulatedWave of(
      SyntheticWorkforce workforce, Instrument instrument, ResponseWave wave) {
    requireNonNull(workforce, "workforce");
    requireNonNull(wave, "wave");
    if (!wave.answers(instrument)) {
      throw new IllegalArgumentException("wave '" + wave.waveId() + "' must answer instrument '"
          + instrument.id() + "' " + instrument.version());
    }
    if (wave.responses().size() > workforce.size()) {
      throw new IllegalArgumentException("responses must be <= invited (" + workforce.size()
          + "), but were " + wave.responses().size());
    }
    return new SimulatedWave(workforce, instrument, wave);
  }

  /** The people invited to this wave. */
  public SyntheticWorkforce workforce() {
    return workforce;
  }

  /** The roster of everyone invited. */
  public Roster roster() {
    return workforce.roster();
  }

  /** The instrument asked. */
  public Instrument instrument() {
    return instrument;
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
        && instrument.equals(((SimulatedWave) other).instrument)
        && wave.equals(((SimulatedWave) other).wave);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(workforce, instrument, wave);
  }

  @Override
  public String toString() {
    return "SimulatedWave{" + wave.waveId() + ", invited=" + workforce.size() + ", responses="
        + wave.responses().size() + "}";
  }
}
