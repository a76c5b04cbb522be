package dev.belonging.fairness;

/**
 * Why a group-level fairness output is withheld: the reasons of {@code
 * dev.belonging.anonymity.SuppressionReason}, decided by the same exact disclosure check as survey
 * cells.
 *
 * <p>Both reasons depend only on who is in which group, never on outcomes, so a suppression cannot
 * leak an outcome; neither carries a count.
 */
public enum Suppression {
  /**
   * Primary suppression: the group has fewer people than its minimum (the policy's minimum for the
   * check's kind of cell, the sensitive minimum for sensitive dimensions).
   */
  BELOW_MINIMUM_GROUP_SIZE,
  /**
   * Secondary (complementary) suppression: the group is large enough, but publishing it together
   * with what the check publishes and the totals a reader is assumed to know (headcount, number
   * selected, overall response rate) would make a set of people below the minimum derivable, for
   * example by subtracting the published groups from the total.
   */
  COMPLEMENT_DISCLOSURE
}
