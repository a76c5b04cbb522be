package dev.belonging.disaggregation;

/**
 * The primary threshold rule: a cell with fewer than {@code k} respondents ({@code k} for
 * sensitive breakdowns) is suppressed. A minimal stand-in for the anonymity engine at the {@link
 * ReleaseGate} seam.
 *
 * <p><b>Not safe on its own against differencing:</b> a threshold alone lets a small group be
 * derived from published cells (a parent and all but one child, a filter and its complement, a
 * three-query tracker). The exact secondary suppression of {@code dev.belonging.anonymity} must
 * replace this gate before a release leaves the library.
 */
final class ThresholdGate implements ReleaseGate {
  private final int minimum;
  private final int sensitiveMinimum;

  ThresholdGate(int minimum, int sensitiveMinimum) {
    this.minimum = minimum;
    this.sensitiveMinimum = sensitiveMinimum;
  }

  @Override
  public SuppressionReason[] decide(CellMembership membership) {
    SuppressionReason[] result = new SuppressionReason[membership.cellCount()];
    for (int c = 0; c < result.length; c++) {
      int k = membership.sensitive(c) ? sensitiveMinimum : minimum;
      result[c] = membership.size(c) >= k ? null : SuppressionReason.BELOW_MINIMUM;
    }
    return result;
  }

  @Override
  public boolean mayUseComplement(long size, boolean sensitive) {
    return size >= (sensitive ? sensitiveMinimum : minimum);
  }

  @Override
  public String toString() {
    return "ThresholdGate[k=" + minimum + ", sensitive k=" + sensitiveMinimum + "]";
  }
}
