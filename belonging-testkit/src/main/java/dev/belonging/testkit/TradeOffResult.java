package dev.belonging.testkit;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of an {@link AnonymityTradeOff}: the organisation's size, its respondents, and one
 * {@link ThresholdSuppression} per threshold in ascending order. Immutable and thread-safe.
 */
public final class TradeOffResult {
  private final int invited;
  private final int respondents;
  private final ImmutableList<ThresholdSuppression> thresholds;

  private TradeOffResult(int invited, int respondents,
      ImmutableList<ThresholdSuppression> thresholds) {
    this.invited = invited;
    this.respondents = respondents;
    this.thresholds = thresholds;
  }

  static TradeOffResult of(int invited, int respondents,
      ImmutableList<ThresholdSuppression> thresholds) {
    return new TradeOffResult(invited, respondents, thresholds);
  }

  /** People invited: the organisation's headcount. */
  public int invited() {
    return invited;
  }

  /** People who answered. */
  public int respondents() {
    return respondents;
  }

  /** One row per threshold, ascending. */
  public ImmutableList<ThresholdSuppression> thresholds() {
    return thresholds;
  }

  /**
   * The row of one threshold.
   *
   * @param minimumGroupSize a threshold
   * @return its row, or empty when it was not evaluated
   */
  public Optional<ThresholdSuppression> at(int minimumGroupSize) {
    return thresholds.stream().filter(t -> t.threshold() == minimumGroupSize).findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TradeOffResult && invited == ((TradeOffResult) other).invited
        && respondents == ((TradeOffResult) other).respondents
        && thresholds.equals(((TradeOffResult) other).thresholds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(invited, respondents, thresholds);
  }

  @Override
  public String toString() {
    return "TradeOffResult{invited=" + invited + ", respondents=" + respondents + ", "
        + thresholds + "}";
  }
}
