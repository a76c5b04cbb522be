package dev.belonging.instrument;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import org.immutables.value.Value;

/**
 * The responses collected in one survey wave, with a reference to the instrument version asked.
 *
 * <p>A plain value: {@link ResponseValidator} checks responses against the instrument. Positions
 * (the index in {@link #responses()}) are how messages refer to a response, never its respondent
 * id. Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class ResponseWave {
  ResponseWave() {}

  /** The id of the instrument asked. */
  public abstract String instrumentId();

  /** The version of the instrument asked. */
  public abstract SemanticVersion instrumentVersion();

  /** The wave's id, such as {@code "2026-q3"}; not blank. */
  public abstract String waveId();

  /** A label for people; the wave id unless set. */
  @Value.Default
  public String label() {
    return waveId();
  }

  /** The wave's position in time among waves of the same survey, >= 0 (earlier is smaller). */
  @Value.Default
  public int ordinal() {
    return 0;
  }

  /** The responses, in the order received. */
  public abstract ImmutableList<Response> responses();

  /**
   * A wave of responses to an instrument.
   *
   * @param instrument the instrument asked
   * @param waveId the wave's id, not blank
   * @param ordinal the wave's position in time, >= 0
   * @param responses the responses in order
   * @return the wave
   * @throws IllegalArgumentException if {@code waveId} is blank or {@code ordinal} negative
   */
  public static ResponseWave of(
      Instrument instrument, String waveId, int ordinal, Iterable<? extends Response> responses) {
    return builder().instrumentId(instrument.id()).instrumentVersion(instrument.version())
        .waveId(waveId).ordinal(ordinal).addAllResponses(responses).build();
  }

  /** A builder; instrument id and version and the wave id are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResponseWave}; not thread-safe. */
  public static final class Builder extends ImmutableResponseWave.Builder {
    Builder() {}
  }

  /**
   * Whether this wave answers the given instrument version (same id and version).
   *
   * @param instrument an instrument
   * @return true when the ids and versions match
   */
  public final boolean answers(Instrument instrument) {
    return instrumentId().equals(instrument.id())
        && instrumentVersion().equals(instrument.version());
  }

  @Value.Check
  void check() {
    Checks.notBlank("waveId", waveId());
    Checks.atLeast("ordinal", ordinal(), 0);
  }

  /** Ids and counts only. */
  @Override
  public String toString() {
    return "ResponseWave[" + waveId() + ", " + instrumentId() + " " + instrumentVersion()
        + ", responses=" + responses().size() + "]";
  }
}
