package dev.belonging.fairness;

import dev.belonging.internal.BelongingStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One published group's share of speaking turns against its share of attendances. A
 * representation ratio below 1 means the group speaks less than its presence would suggest.
 * Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class GroupVoice {
  GroupVoice() {}

  /**
   * A builder of the voice numbers of one group, for example as read back from storage; every field without a default is required and {@code build()} checks the
   * documented ranges.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupVoice}; {@code build()} throws IllegalArgumentException if a rule is broken. */
  public static final class Builder extends ImmutableGroupVoice.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ResultChecks.notBlank("group", group());
    ResultChecks.atLeast("people", people(), 1);
    ResultChecks.atLeast("attendances", attendances(), 1);
    ResultChecks.atLeast("turns", turns(), 0);
    ResultChecks.proportion("attendanceShare", attendanceShare());
    ResultChecks.proportion("turnShare", turnShare());
    ResultChecks.nonNegative("representationRatio", representationRatio());
  }

  /** The group's label. */
  public abstract String group();

  /** Distinct people of the group over all meetings, {@code >= 1}. */
  public abstract int people();

  /** Attendances (person-meetings) of the group, {@code >= 1}. */
  public abstract int attendances();

  /** Speaking turns of the group, {@code >= 0}. */
  public abstract long turns();

  /** The group's share of all attendances, a proportion in (0, 1]. */
  public abstract double attendanceShare();

  /** The group's share of all turns, in [0, 1]; empty when nobody spoke. */
  public abstract OptionalDouble turnShare();

  /** {@code turnShare / attendanceShare}, {@code >= 0}; empty when nobody spoke. */
  public abstract OptionalDouble representationRatio();

  /** Counts only, never the label. */
  @Override
  public String toString() {
    return "GroupVoice{people=" + people() + ", attendances=" + attendances() + ", turns="
        + turns() + "}";
  }
}
