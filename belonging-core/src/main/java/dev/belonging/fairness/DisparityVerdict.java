package dev.belonging.fairness;

/**
 * How a group compares with the reference group (the published group with the highest rate), in
 * the terms an employment statistician uses: is the ratio below the threshold (four-fifths for
 * selections, configurable for recognition), and does an exact test support the difference?
 */
public enum DisparityVerdict {
  /** The group is the reference: the published group with the highest rate. */
  REFERENCE,
  /** The ratio is at or above the threshold (or there is nothing to compare). */
  NOT_FLAGGED,
  /**
   * The ratio is below the threshold, but the exact test (Fisher's for selections, the
   * conditional binomial test for rates) does not reject equal rates at the configured
   * significance level: at this size the data do not support a finding (for example 1 of 10
   * selected against 20 of 90).
   */
  FLAGGED_NOT_SUPPORTED,
  /**
   * The ratio is below the threshold and the exact test rejects equal rates at the configured
   * significance level.
   */
  FLAGGED_AND_SUPPORTED
}
