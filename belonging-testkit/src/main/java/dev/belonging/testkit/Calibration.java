package dev.belonging.testkit;

import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.Disaggregation;
import dev.belonging.disaggregation.Gap;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.stats.Interval;
import java.util.Optional;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Checks that belonging's disaggregation recovers a planted effect at the nominal rate: over many
 * simulated surveys, the 95% interval of the target group's gap ({@link
 * Gap#differenceInterval()}) should cover the true gap in about 95% of them.
 *
 * <p><b>The truth.</b> The effect is planted on the latent scale (in SD); the report's gap is on
 * the items' scale. The true gap is the difference of the expected construct scores of the two
 * groups under {@link ResponseSimulator}'s model, computed exactly by integrating the ordinal
 * probit over the latent level ({@link CalibrationResult#trueDifference()}).
 *
 * <p><b>Simulation.</b> As {@link Power}: a target ({@code REMOTE}) and a comparison ({@code
 * OFFICE}) group answer with the planted effect; the real {@link Disaggregation} with its
 * disclosure check releases the cells; run {@code i} uses seed {@code seed + i}. Runs in which
 * the target cell is suppressed have no interval and are not counted.
 *
 * <p><b>Acceptance.</b> If the intervals have their nominal coverage {@code p}, the number
 * covering the truth among {@code n} is Binomial({@code n}, {@code p}). The acceptance region is
 * its central region of probability at least the acceptance level (default 0.999): from the
 * {@code (1 - level) / 2} quantile to the {@code 1 - (1 - level) / 2} quantile, so a calibrated
 * method falls outside with probability below {@code 1 - level}. Welch's interval is approximate
 * for discrete scores; with a few dozen respondents per group its coverage is close to nominal
 * (Welch 1947, Biometrika 34:28).
 *
 * <pre>{@code
 * CalibrationResult calibration = Calibration.withDefaults().withRuns(200).simulate(1);
 * boolean calibrated = calibration.withinAcceptance();
 * }</pre>
 *
 * <p>A configured check is an immutable value, thread-safe; {@code with*} methods return changed
 * copies. Defaults: the testkit's three-item connection scale, 40 remote against 160 office
 * staff, response rate 0.8, effect -0.5 SD, minimum group size 5, 200 runs, acceptance level
 * 0.999.
 */
public final class Calibration {
  /** The most runs accepted. */
  public static final int MAX_RUNS = 100_000;

  private static final Calibration DEFAULTS =
      new Calibration(GapScenario.DEFAULTS.withGroupSizes(40, 160), 200, 0.999);

  private final GapScenario scenario;
  private final int runs;
  private final double acceptanceLevel;

  private Calibration(GapScenario scenario, int runs, double acceptanceLevel) {
    this.scenario = scenario;
    this.runs = runs;
    this.acceptanceLevel = acceptanceLevel;
  }

  /** The defaults: see the class description. */
  public static Calibration withDefaults() {
    return DEFAULTS;
  }

  /**
   * This check for another instrument and construct.
   *
   * @param instrument the instrument answered; every construct is disaggregated
   * @param construct the construct with the planted effect; it needs a closed item
   * @return the changed check
   * @throws IllegalArgumentException if the construct has no closed item in the instrument, or
   *     the instrument cannot be disaggregated
   */
  public Calibration withInstrument(Instrument instrument, Construct construct) {
    return new Calibration(scenario.withInstrument(instrument, construct), runs,
        acceptanceLevel);
  }

  /**
   * This check with other group sizes (people invited).
   *
   * @param target the target (remote) group, in [1, 100,000]
   * @param comparison the comparison (office) group, in [1, 100,000]
   * @return the changed check
   * @throws IllegalArgumentException if a size is out of range
   */
  public Calibration withGroupSizes(int target, int comparison) {
    return new Calibration(scenario.withGroupSizes(target, comparison), runs, acceptanceLevel);
  }

  /**
   * This check with another response rate.
   *
   * @param rate the chance an invited person answers, in (0, 1]
   * @return the changed check
   * @throws IllegalArgumentException if {@code rate} is outside (0, 1] or NaN
   */
  public Calibration withResponseRate(double rate) {
    return new Calibration(scenario.withResponseRate(rate), runs, acceptanceLevel);
  }

  /**
   * This check with another planted effect.
   *
   * @param standardDeviations the target group's shift in latent SD, in [-5, 5]
   * @return the changed check
   * @throws IllegalArgumentException if the effect is out of range or NaN
   */
  public Calibration withEffect(double standardDeviations) {
    return new Calibration(scenario.withEffect(standardDeviations), runs, acceptanceLevel);
  }

  /**
   * This check with another anonymity threshold.
   *
   * @param k the minimum group size of the disaggregation, {@code >= 3}
   * @return the changed check
   * @throws IllegalArgumentException if {@code k < 3}
   */
  public Calibration withMinimumGroupSize(int k) {
    return new Calibration(scenario.withMinimumGroupSize(k), runs, acceptanceLevel);
  }

  /**
   * This check with another number of simulated surveys.
   *
   * @param count in [1, {@link #MAX_RUNS}]
   * @return the changed check
   * @throws IllegalArgumentException if {@code count} is out of range
   */
  public Calibration withRuns(int count) {
    if (count < 1 || count > MAX_RUNS) {
      throw new IllegalArgumentException(
          "runs must be in [1, " + MAX_RUNS + "], but was " + count);
    }
    return new Calibration(scenario, count, acceptanceLevel);
  }

  /**
   * This check with another acceptance level.
   *
   * @param level the probability that a calibrated method is accepted, in (0, 1)
   * @return the changed check
   * @throws IllegalArgumentException if {@code level} is outside (0, 1) or NaN
   */
  public Calibration withAcceptanceLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("acceptanceLevel must be in (0, 1), but was " + level);
    }
    return new Calibration(scenario, runs, level);
  }

  /** The instrument answered. */
  public Instrument instrument() {
    return scenario.instrument;
  }

  /** The construct with the planted effect. */
  public Construct construct() {
    return scenario.construct;
  }

  /** People invited in the target (remote) group. */
  public int targetSize() {
    return scenario.targetSize;
  }

  /** People invited in the comparison (office) group. */
  public int comparisonSize() {
    return scenario.comparisonSize;
  }

  /** The response rate, in (0, 1]. */
  public double responseRate() {
    return scenario.responseRate;
  }

  /** The planted effect in latent SD. */
  public double effect() {
    return scenario.effect;
  }

  /** The anonymity threshold (minimum group size). */
  public int minimumGroupSize() {
    return scenario.minimumGroupSize;
  }

  /** The number of simulated surveys. */
  public int runs() {
    return runs;
  }

  /** The acceptance level, in (0, 1). */
  public double acceptanceLevel() {
    return acceptanceLevel;
  }

  /**
   * Simulates {@link #runs()} surveys with seeds {@code seed, seed + 1, ...} and counts the gap
   * intervals covering the true gap.
   *
   * @param seed the first seed
   * @return the coverage and its acceptance region
   */
  public CalibrationResult simulate(long seed) {
    double[][] moments = scenario.moments();
    double truth = moments[0][0] - moments[1][0];
    ImmutableList<Person> people = scenario.people();
    ResponseSimulator simulator = scenario.simulator();
    Disaggregation disaggregation = scenario.disaggregation();
    int intervals = 0;
    int covered = 0;
    double nominal = 0.95;
    for (int i = 0; i < runs; i++) {
      Optional<Interval> interval = scenario.run(people, simulator, disaggregation, seed + i)
          .flatMap(Gap::differenceInterval);
      if (interval.isPresent()) {
        intervals++;
        nominal = interval.get().level();
        covered += interval.get().contains(truth) ? 1 : 0;
      }
    }
    int lower = 0;
    int upper = 0;
    if (intervals > 0) {
      BinomialDistribution binomial = BinomialDistribution.of(intervals, nominal);
      lower = binomial.inverseCumulativeProbability((1 - acceptanceLevel) / 2);
      upper = binomial.inverseCumulativeProbability(1 - (1 - acceptanceLevel) / 2);
    }
    return CalibrationResult.of(runs, intervals, covered, nominal, truth, acceptanceLevel, lower,
        upper);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Calibration && scenario.equals(((Calibration) other).scenario)
        && runs == ((Calibration) other).runs
        && Double.compare(acceptanceLevel, ((Calibration) other).acceptanceLevel) == 0;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(scenario, runs, acceptanceLevel);
  }

  @Override
  public String toString() {
    return "Calibration{" + scenario + ", runs=" + runs + ", acceptanceLevel=" + acceptanceLevel
        + "}";
  }
}
