package dev.belonging.instrument;

/**
 * The rules {@link ResponseValidator} checks each response against, in the order checked. A
 * response breaking several rules is reported (or excluded) under the first.
 */
public enum ValidationRule {
  /** The respondent already answered earlier in the wave; the first response is kept. */
  DUPLICATE_RESPONDENT("duplicate respondent in the wave"),
  /** An answer or comment refers to an item id the instrument has never had. */
  UNKNOWN_ITEM("answer to an unknown item"),
  /** An answer or comment refers to an item this instrument version has retired. */
  RETIRED_ITEM("answer to a retired item"),
  /** A point answers an open-text item, or a comment answers a closed item. */
  WRONG_ANSWER_KIND("point for an open-text item or comment for a closed item"),
  /** A point is outside the item's scale. */
  OUT_OF_RANGE_POINT("point outside the item's scale"),
  /** Fewer closed items were answered than the configured minimum fraction. */
  TOO_FEW_ANSWERS("too few items answered");

  private final String description;

  ValidationRule(String description) {
    this.description = description;
  }

  /** A short description of the rule for people. */
  public String description() {
    return description;
  }
}
