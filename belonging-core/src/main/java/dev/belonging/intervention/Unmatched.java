package dev.belonging.intervention;

import dev.belonging.internal.BelongingStyle;
import org.immutables.value.Value;

/**
 * A participant left without a partner in a round, with the reason.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class Unmatched {
  Unmatched() {}

  /** The participant's id. */
  @Value.Parameter
  public abstract String participantId();

  /** Why they were not matched. */
  @Value.Parameter
  public abstract UnmatchedReason reason();

  /**
   * An unmatched entry.
   *
   * @param participantId the participant's id
   * @param reason why they were not matched
   * @return the entry
   */
  public static Unmatched of(String participantId, UnmatchedReason reason) {
    return ImmutableUnmatched.of(participantId, reason);
  }

  /** {@code "unmatched, because ..."}. */
  public String explanation() {
    return reason().explanation();
  }

  /** Shows the reason, not the participant. */
  @Override
  public String toString() {
    return "Unmatched{" + reason() + "}";
  }
}
