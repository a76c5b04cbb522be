package dev.belonging.instrument;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A response broke a {@link ValidationRule} under {@link ValidationPolicy#FAIL_FAST}. The message
 * names the response's position in the wave (0-based), the item (where one is concerned) and the
 * rule; never the respondent id or an answer.
 *
 * <p>Instances are immutable once thrown.
 */
public final class InvalidResponseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int position;
  private final @Nullable String itemId;
  private final ValidationRule rule;

  InvalidResponseException(int position, @Nullable String itemId, ValidationRule rule,
      String detail) {
    super("response at position " + position + (itemId == null ? "" : ", item '" + itemId + "'")
        + ": " + detail + " (rule " + rule + ")");
    this.position = position;
    this.itemId = itemId;
    this.rule = rule;
  }

  /** The 0-based position of the response in the wave. */
  public int position() {
    return position;
  }

  /** The item concerned, if any. */
  public Optional<String> itemId() {
    return Optional.ofNullable(itemId);
  }

  /** The rule broken. */
  public ValidationRule rule() {
    return rule;
  }
}
