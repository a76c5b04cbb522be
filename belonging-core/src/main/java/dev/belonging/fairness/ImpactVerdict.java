package dev.belonging.fairness;

/**
 * How a group's selection rate compares with the reference group's, in the terms an employment
 * statistician uses.
 */
public enum ImpactVerdict {
  /** The group is the reference: the published group with the highest selection rate. */
  REFERENCE,
  /** The impact ratio is at or above the four-fifths threshold (or there is nothing to compare). */
  NOT_FLAGGED,
  /**
   * The impact ratio is below the four-fifths threshold, but Fisher's exact test does not reject
   * equal rates at the configured significance level: at this size the data do not support a
   * finding (for example 1 of 10 selected against 20 of 90).
   */
  FLAGGED_NOT_SUPPORTED,
  /**
   * The impact ratio is below the four-fifths threshold and Fisher's exact test rejects equal
   * rates at the configured significance level.
   */
  FLAGGED_AND_SUPPORTED
}
