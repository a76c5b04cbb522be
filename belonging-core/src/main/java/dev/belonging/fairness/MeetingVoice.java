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

  /**
   * A builder of meeting-level voice numbers, for example as read back from storage; every field without a default is required and {@code build()} checks the
   * documented ranges.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeetingVoice}; {@code build()} throws IllegalArgumentException if a rule is broken. */
  public static final class Builder extends ImmutableMeetingVoice.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ResultChecks.atLeast("meetings", meetings(), 0);
    ResultChecks.atLeast("people", people(), 0);
    ResultChecks.atLeast("attendances", attendances(), 0);
    ResultChecks.atLeast("turns", turns(), 0);
    ResultChecks.proportion("gini", gini());
    ResultChecks.proportion("giniCorrected", giniCorrected());
    ResultChecks.atLeast("topicsWithTurns", topicsWithTurns(), 0);
    ResultChecks.atLeast("firstVoiceTopics", firstVoiceTopics(), 0);
    if (firstVoiceTopics() > topicsWithTurns()) {
      throw new IllegalArgumentException("firstVoiceTopics must be <= topicsWithTurns "
          + topicsWithTurns() + ", but was " + firstVoiceTopics());
    }
    ResultChecks.proportion("firstVoiceShare", firstVoiceShare());
  }

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
