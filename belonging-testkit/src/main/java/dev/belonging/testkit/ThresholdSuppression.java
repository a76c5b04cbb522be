package dev.belonging.testkit;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How many cells one anonymity threshold suppressed in an {@link AnonymityTradeOff}: cells
 * requested (those with respondents), suppressed below the minimum, and suppressed as
 * complementary (they would reveal a smaller group). Counts only; immutable and thread-safe.
 */
public final class ThresholdSuppression {
  private final int threshold;
  private final int cells;
  private final int belowMinimum;
  private final int complementary;

  private ThresholdSuppression(int threshold, int cells, int belowMinimum, int complementary) {
    this.threshold = threshold;
    this.cells = cells;
    this.belowMinimum = belowMinimum;
    this.complementary = complementary;
  }

  static ThresholdSuppression of(int threshold, int cells, int belowMinimum, int complementary) {
    return new ThresholdSuppression(threshold, cells, belowMinimum, complementary);
  }

  /** The minimum group size, {@code >= 3}. */
  public int threshold() {
    return threshold;
  }

  /** Cells with respondents over all breakdowns. */
  public int cells() {
    return cells;
  }

  /** Cells suppressed because they have fewer respondents than their minimum. */
  public int belowMinimum() {
    return belowMinimum;
  }

  /** Cells suppressed because publishing them would reveal a smaller group. */
  public int complementary() {
    return complementary;
  }

  /** All suppressed cells. */
  public int suppressed() {
    return belowMinimum + complementary;
  }

  /** Cells published. */
  public int published() {
    return cells - suppressed();
  }

  /** {@code suppressed / cells}, in [0, 1]; empty when there are no cells. */
  public OptionalDouble suppressedShare() {
    return cells == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) suppressed() / cells);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ThresholdSuppression
        && threshold == ((ThresholdSuppression) other).threshold
        && cells == ((ThresholdSuppression) other).cells
        && belowMinimum == ((ThresholdSuppression) other).belowMinimum
        && complementary == ((ThresholdSuppression) other).complementary;
  }

  @Override
  public int hashCode() {
    return Objects.hash(threshold, cells, belowMinimum, complementary);
  }

  @Override
  public String toString() {
    return "ThresholdSuppression{k=" + threshold + ", cells=" + cells + ", belowMinimum="
        + belowMinimum + ", complementary=" + complementary + "}";
  }
}
