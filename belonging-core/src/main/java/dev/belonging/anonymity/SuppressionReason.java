package dev.belonging.anonymity;

/** Why a requested cell was not published. Reasons never carry counts. */
public enum SuppressionReason {
  /** The cell itself has fewer respondents than its minimum (primary suppression). */
  BELOW_MINIMUM,
  /**
   * Publishing the cell together with what is already published would make a group below the
   * minimum derivable (secondary, or complementary, suppression).
   */
  COMPLEMENTARY
}
