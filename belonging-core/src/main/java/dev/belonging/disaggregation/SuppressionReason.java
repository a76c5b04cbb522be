package dev.belonging.disaggregation;

/** Why a cell was not published. Reasons never reveal counts. */
public enum SuppressionReason {
  /** The cell has fewer respondents than the minimum group size. */
  BELOW_MINIMUM,
  /** Publishing the cell would let a smaller group be derived from other published numbers. */
  COMPLEMENTARY
}
