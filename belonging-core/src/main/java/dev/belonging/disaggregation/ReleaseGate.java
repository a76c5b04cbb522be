package dev.belonging.disaggregation;

/**
 * Decides, from group membership only, which cells of a release may be published. It receives
 * every requested cell with its size and, through {@link CellMembership}, the sizes of the atoms
 * (distinct combinations of all dimension values) the cell is made of; it never sees an answer.
 * {@link AnonymityGate} is the one implementation: the exact disclosure check of {@code
 * dev.belonging.anonymity}, primary and secondary suppression, global over the release.
 */
interface ReleaseGate {
  /**
   * Decides every cell of the membership.
   *
   * @param membership the requested cells and their atoms
   * @return one decision per cell index of {@code membership}: null when published, else the
   *     reason of suppression
   */
  SuppressionReason[] decide(CellMembership membership);

  /**
   * Whether an implicitly released group of {@code size} respondents, such as the rest of the
   * organisation that a gap is computed against, may be used.
   */
  boolean mayUseComplement(long size, boolean sensitive);
}
