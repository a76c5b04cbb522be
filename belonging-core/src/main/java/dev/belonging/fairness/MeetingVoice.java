package dev.belonging.fairness;

import dev.belonging.internal.BelongingStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Meeting-level voice numbers over all attendances: how unequal speaking turns are, and how
 * often the first-voice rule (the most junior attendee speaks first on a topic) was followed.
 * Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class MeetingVoice {
  MeetingVoice() {}

  /** The number of meetings. */
  public abstract int meetings();

  /** Distinct people over all meetings. */
  public abstract int people();

  /** Attendances (person-meetings), the units of the Gini coefficient. */
  public abstract int attendances();

  /** All speaking turns. */
  public abstract long turns();

  /**
   * The Gini coefficient of turns per attendance, in [0, (n-1)/n] (0: everyone spoke equally
   * often; near 1: one person did all the talking); empty when nobody spoke (Gini 1912; Cowell,
   * Measuring Inequality, §2.2).
   */
  public abstract OptionalDouble gini();

  /** The small-sample variant {@code n/(n-1) · gini}, in [0, 1]; empty with fewer than 2. */
  public abstract OptionalDouble giniCorrected();

  /** Topics with at least one turn: the denominator of {@link #firstVoiceShare()}. */
  public abstract int topicsWithTurns();

  /**
   * Topics whose first turn was taken by a most junior attendee of the meeting (lowest
   * seniority rank; any of them if several share it).
   */
  public abstract int firstVoiceTopics();

  /** {@code firstVoiceTopics / topicsWithTurns}, in [0, 1]; empty when no topic had turns. */
  public abstract OptionalDouble firstVoiceShare();

  @Override
  public String toString() {
    return "MeetingVoice{meetings=" + meetings() + ", attendances=" + attendances() + ", turns="
        + turns() + "}";
  }
}
