package dev.belonging.fairness;

import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import org.immutables.value.Value;

/**
 * One attendee of a {@link Meeting}: a pseudonymous id (stable across meetings, never printed),
 * the group they belong to in the breakdown (for example {@code "REMOTE"}) and their seniority
 * rank, where a higher rank is more senior (0 for the most junior level).
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows nothing about the person.
 */
@Value.Immutable
@BelongingStyle
public abstract class Attendee {
  Attendee() {}

  /** A pseudonymous id, unique within a meeting and stable across meetings; not blank. */
  @Value.Parameter
  public abstract String id();

  /** The attendee's group label in the breakdown; not blank. */
  @Value.Parameter
  public abstract String group();

  /** Seniority rank, {@code >= 0}; higher is more senior. */
  @Value.Parameter
  public abstract int seniority();

  /**
   * An attendee.
   *
   * @param id a pseudonymous id, not blank
   * @param group the group label, not blank
   * @param seniority the rank, {@code >= 0}, higher is more senior
   * @return the attendee
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public static Attendee of(String id, String group, int seniority) {
    return ImmutableAttendee.of(id, group, seniority);
  }

  @Value.Check
  void check() {
    Checks.notBlank("attendee id", id());
    Checks.notBlank("attendee group", group());
    Checks.atLeast("seniority", seniority(), 0);
  }

  /** Never shows the person's data. */
  @Override
  public String toString() {
    return "Attendee{}";
  }
}
