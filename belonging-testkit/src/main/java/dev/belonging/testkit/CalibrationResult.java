package dev.belonging.testkit;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The result of a {@link Calibration} check: how many gap intervals covered the true gap, the
 * coverage, and the binomial acceptance region it is judged against.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CalibrationResult {
  private final int runs;
  private final int intervals;
  private final int covered;
  private final double nominal;
  private final double trueDifference;
  private final double acceptanceLevel;
  private final int acceptanceLower;
  private final int acceptanceUpper;

  private CalibrationResult(int runs, int intervals, int covered, double nominal,
      double trueDifference, double acceptanceLevel, int acceptanceLower, int acceptanceUpper) {
    this.runs = runs;
    this.intervals = intervals;
    this.covered = covered;
    this.nominal = nominal;
    this.trueDifference = trueDifference;
    this.acceptanceLevel = acceptanceLevel;
    this.acceptanceLower = acceptanceLower;
    this.acceptanceUpper = acceptanceUpper;
  }

  static CalibrationResult of(int runs, int intervals, int covered, double nominal,
      double trueDifference, double acceptanceLevel, int acceptanceLower, int acceptanceUpper) {
    return new CalibrationResult(runs, intervals, covered, nominal, trueDifference,
        acceptanceLevel, acceptanceLower, acceptanceUpper);
  }

  /** The number of simulated surveys. */
  public int runs() {
    return runs;
  }

  /** Surveys whose target cell was published with a gap interval: the denominator. */
  public int intervals() {
    return intervals;
  }

  /** Intervals that contained the true gap. */
  public int covered() {
    return covered;
  }

  /** {@code covered / intervals}, in [0, 1]; empty when no interval was released. */
  public OptionalDouble coverage() {
    return intervals == 0 ? OptionalDouble.empty()
        : OptionalDouble.of((double) covered / intervals);
  }

  /** The nominal level of the intervals (0.95). */
  public double nominal() {
    return nominal;
  }

  /** The true gap on the items' scale, target minus comparison, under the simulator's model. */
  public double trueDifference() {
    return trueDifference;
  }

  /** The probability that a calibrated method's count falls in the acceptance region. */
  public double acceptanceLevel() {
    return acceptanceLevel;
  }

  /** The smallest accepted count of covering intervals (0 when there are no intervals). */
  public int acceptanceLower() {
    return acceptanceLower;
  }

  /** The largest accepted count of covering intervals (0 when there are no intervals). */
  public int acceptanceUpper() {
    return acceptanceUpper;
  }

  /**
   * Whether the count of covering intervals lies in the acceptance region: the intervals are
   * consistent with their nominal coverage. False when no interval was released.
   */
  public boolean withinAcceptance() {
    return intervals > 0 && covered >= acceptanceLower && covered <= acceptanceUpper;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CalibrationResult)) {
      return false;
    }
    CalibrationResult that = (CalibrationResult) other;
    return runs == that.runs && intervals == that.intervals && covered == that.covered
        && Double.compare(nominal, that.nominal) == 0
        && Double.compare(trueDifference, that.trueDifference) == 0
        && Double.compare(acceptanceLevel, that.acceptanceLevel) == 0
        && acceptanceLower == that.acceptanceLower && acceptanceUpper == that.acceptanceUpper;
  }

  @Override
  public int hashCode() {
    return Objects.hash(runs, intervals, covered, nominal, trueDifference, acceptanceLevel,
        acceptanceLower, acceptanceUpper);
  }

  @Override
  public String toString() {
    return "CalibrationResult{runs=" + runs + ", covered=" + covered + " of " + intervals
        + ", accepted " + acceptanceLower + ".." + acceptanceUpper + "}";
  }
}
