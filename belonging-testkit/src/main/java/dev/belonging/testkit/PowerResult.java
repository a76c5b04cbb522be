package dev.belonging.testkit;

import dev.belonging.stats.Interval;
import java.util.Objects;

/**
 * The result of a {@link Power} simulation: how many simulated surveys found the planted gap,
 * the estimated power with its Monte Carlo uncertainty, and the analytic approximation.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PowerResult {
  private static final double LEVEL = 0.95;

  private final int runs;
  private final int detections;
  private final int suppressedRuns;
  private final double analyticPower;
  private final double expectedDifference;
  private final double standardisedDifference;

  private PowerResult(int runs, int detections, int suppressedRuns, double analyticPower,
      double expectedDifference, double standardisedDifference) {
    this.runs = runs;
    this.detections = detections;
    this.suppressedRuns = suppressedRuns;
    this.analyticPower = analyticPower;
    this.expectedDifference = expectedDifference;
    this.standardisedDifference = standardisedDifference;
  }

  static PowerResult of(int runs, int detections, int suppressedRuns, double analyticPower,
      double expectedDifference, double standardisedDifference) {
    return new PowerResult(runs, detections, suppressedRuns, analyticPower, expectedDifference,
        standardisedDifference);
  }

  /** The number of simulated surveys, {@code >= 1}. */
  public int runs() {
    return runs;
  }

  /** Surveys whose report showed a credible gap in the planted direction. */
  public int detections() {
    return detections;
  }

  /** Surveys in which the target group's cell was suppressed (no gap could be shown). */
  public int suppressedRuns() {
    return suppressedRuns;
  }

  /** The estimated power, {@code detections / runs}, a probability in [0, 1]. */
  public double power() {
    return (double) detections / runs;
  }

  /**
   * The 95% Wilson score interval of the power (Wilson 1927, JASA 22(158)): the Monte Carlo
   * uncertainty of the estimate; more runs narrow it.
   *
   * @return an interval within [0, 1]
   */
  public Interval interval() {
    double z = Normal.inverseCdf(1 - (1 - LEVEL) / 2);
    double n = runs;
    double z2 = z * z;
    double centre = (detections + z2 / 2) / (n + z2);
    double half = z / (n + z2) * Math.sqrt(detections * (n - detections) / n + z2 / 4);
    return Interval.of(Math.max(0, centre - half), Math.min(1, centre + half), LEVEL);
  }

  /** The analytic approximation of the power (see {@link Power}), a probability in [0, 1]. */
  public double analyticPower() {
    return analyticPower;
  }

  /**
   * The expected difference of the construct score, target minus comparison group, on the items'
   * scale under the simulator's model: what the planted latent effect amounts to in the report.
   */
  public double expectedDifference() {
    return expectedDifference;
  }

  /**
   * The expected difference over the pooled within-group standard deviation of the construct
   * score (Cohen's d on the report's scale; smaller in size than the latent effect because items
   * measure with error and in few points).
   */
  public double standardisedDifference() {
    return standardisedDifference;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PowerResult)) {
      return false;
    }
    PowerResult that = (PowerResult) other;
    return runs == that.runs && detections == that.detections
        && suppressedRuns == that.suppressedRuns
        && Double.compare(analyticPower, that.analyticPower) == 0
        && Double.compare(expectedDifference, that.expectedDifference) == 0
        && Double.compare(standardisedDifference, that.standardisedDifference) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(runs, detections, suppressedRuns, analyticPower, expectedDifference,
        standardisedDifference);
  }

  @Override
  public String toString() {
    return "PowerResult{runs=" + runs + ", detections=" + detections + ", suppressedRuns="
        + suppressedRuns + ", analyticPower=" + analyticPower + "}";
  }
}
