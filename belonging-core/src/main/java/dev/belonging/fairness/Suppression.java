package dev.belonging.fairness;

/**
 * Why a group-level fairness output is withheld.
 *
 * <p>Both reasons depend only on who is in which group (group sizes), never on outcomes, so a
 * suppression cannot leak an outcome. At integration with the disclosure-control engine these
 * map onto its suppression reasons (primary and secondary suppression).
 */
public enum Suppression {
  /**
   * Primary suppression: the group has fewer members than the minimum group size (stricter for
   * sensitive dimensions).
   */
  BELOW_MINIMUM_GROUP_SIZE,
  /**
   * Secondary suppression: the group is large enough, but publishing it would let a reader who
   * knows the total (for example the headcount or the number of promotions) subtract the
   * published groups and recover the suppressed ones, whose combined size is below the minimum.
   */
  COMPLEMENT_DISCLOSURE
}
