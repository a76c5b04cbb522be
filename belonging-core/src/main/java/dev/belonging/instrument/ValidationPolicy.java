package dev.belonging.instrument;

/** What {@link ResponseValidator} does with a response that breaks a {@link ValidationRule}. */
public enum ValidationPolicy {
  /** Throw an {@link InvalidResponseException} naming the position, item and rule. */
  FAIL_FAST,
  /** Leave the response out and count it, by rule, in the {@link ValidationResult}. */
  EXCLUDE_AND_COUNT
}
