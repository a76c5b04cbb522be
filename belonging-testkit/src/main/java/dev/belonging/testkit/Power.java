package dev.belonging.testkit;

import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.Disaggregation;
import dev.belonging.disaggregation.Gap;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import java.util.Optional;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The power of a disaggregated survey to find a planted gap: the probability that belonging's
 * report shows a credible gap ({@link Gap#credible()}: Benjamini-Hochberg q below 0.05) in the
 * planted direction for a target group, given the group sizes, the response rate and the anonymity
 * threshold.
 *
 * <p><b>Simulation.</b> Each run invites a target group ({@code work_arrangement = REMOTE}) and a
 * comparison group ({@code OFFICE}) of the configured sizes; {@link ResponseSimulator} answers
 * the instrument (default item loading and leniency, no missing answers, the configured response
 * rate) with the target group's latent level of the construct shifted by the effect; the real
 * {@link Disaggregation} by work arrangement, with the minimum group size as its anonymity
 * threshold and its exact disclosure check, releases the cells. A run detects the gap when the
 * target cell is published and its gap to the rest of the organisation is credible with the
 * planted sign (with no effect planted, a credible gap of either sign counts: the false-alarm
 * rate). Run {@code i} uses seed {@code seed + i}; the same seed gives the same result.
 *
 * <p><b>Analytic approximation.</b> {@link PowerResult#analyticPower()}: the probability that
 * both groups have at least {@code k} respondents (binomial), times the power of Welch's
 * two-sided test at level 0.05 approximated by a shifted central t distribution (Cohen 1988,
 * <i>Statistical Power Analysis for the Behavioral Sciences</i>, 2nd ed., ch. 2), at the expected
 * respondents {@code n = size x rate}, with the Welch-Satterthwaite degrees of freedom and the
 * construct score's exact means and standard deviations under the simulator's model (ordinal
 * probit integrated over the latent level; each group's {@code n - 1} floored at 1). It ignores
 * the variation of respondent counts, so it is close for groups of tens of respondents and rough
 * for very small ones (below about 10 expected respondents per group, where it need not even grow
 * with the group sizes); with several constructs in the instrument it also ignores the
 * Benjamini-Hochberg adjustment across them.
 *
 * <pre>{@code
 * PowerResult power = Power.withDefaults()
 *     .withGroupSizes(40, 160).withResponseRate(0.7).withEffect(-0.5).withMinimumGroupSize(5)
 *     .simulate(1);
 * }</pre>
 *
 * <p>A configured estimate is an immutable value, thread-safe; {@code with*} methods return
 * changed copies. Defaults: the testkit's three-item connection scale, 30 remote against 120
 * office staff, response rate 0.8, effect -0.5 SD, minimum group size 5, 200 runs. Keep groups
 * to thousands: each run simulates and releases a survey.
 */
public final class Power {
  /** The most runs accepted. */
  public static final int MAX_RUNS = 100_000;

  private static final Power DEFAULTS = new Power(GapScenario.DEFAULTS, 200);

  private final GapScenario scenario;
  private final int runs;

  private Power(GapScenario scenario, int runs) {
    this.scenario = scenario;
    this.runs = runs;
  }

  /** The defaults: see the class description. */
  public static Power withDefaults() {
    return DEFAULTS;
  }

  /**
   * This estimate for another instrument and construct.
   *
   * @param instrument the instrument answered; every construct is disaggregated
   * @param construct the construct with the planted effect; it needs a closed item
   * @return the changed estimate
   * @throws IllegalArgumentException if the construct has no closed item in the instrument, or
   *     the instrument cannot be disaggregated
   */
  public Power withInstrument(Instrument instrument, Construct construct) {
    return new Power(scenario.withInstrument(instrument, construct), runs);
  }

  /**
   * This estimate with other group sizes (people invited).
   *
   * @param target the target (remote) group, in [1, 100,000]
   * @param comparison the comparison (office) group, in [1, 100,000]
   * @return the changed estimate
   * @throws IllegalArgumentException if a size is out of range
   */
  public Power withGroupSizes(int target, int comparison) {
    return new Power(scenario.withGroupSizes(target, comparison), runs);
  }

  /**
   * This estimate with another response rate.
   *
   * @param rate the chance an invited person answers, in (0, 1]
   * @return the changed estimate
   * @throws IllegalArgumentException if {@code rate} is outside (0, 1] or NaN
   */
  public Power withResponseRate(double rate) {
    return new Power(scenario.withResponseRate(rate), runs);
  }

  /**
   * This estimate with another planted effect.
   *
   * @param standardDeviations the target group's shift in latent SD, in [-5, 5]; 0 for none
   * @return the changed estimate
   * @throws IllegalArgumentException if the effect is out of range or NaN
   */
  public Power withEffect(double standardDeviations) {
    return new Power(scenario.withEffect(standardDeviations), runs);
  }

  /**
   * This estimate with another anonymity threshold.
   *
   * @param k the minimum group size of the disaggregation, {@code >= 3}
   * @return the changed estimate
   * @throws IllegalArgumentException if {@code k < 3}
   */
  public Power withMinimumGroupSize(int k) {
    return new Power(scenario.withMinimumGroupSize(k), runs);
  }

  /**
   * This estimate with another number of simulated surveys.
   *
   * @param count in [1, {@link #MAX_RUNS}]
   * @return the changed estimate
   * @throws IllegalArgumentException if {@code count} is out of range
   */
  public Power withRuns(int count) {
    if (count < 1 || count > MAX_RUNS) {
      throw new IllegalArgumentException(
          "runs must be in [1, " + MAX_RUNS + "], but was " + count);
    }
    return new Power(scenario, count);
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

  /**
   * Simulates {@link #runs()} surveys with seeds {@code seed, seed + 1, ...} and counts the
   * detections.
   *
   * @param seed the first seed
   * @return the estimate with its analytic approximation
   */
  public PowerResult simulate(long seed) {
    ImmutableList<Person> people = scenario.people();
    ResponseSimulator simulator = scenario.simulator();
    Disaggregation disaggregation = scenario.disaggregation();
    int detections = 0;
    int suppressed = 0;
    for (int i = 0; i < runs; i++) {
      Optional<Gap> gap = scenario.run(people, simulator, disaggregation, seed + i);
      if (gap.isEmpty()) {
        suppressed++;
      } else if (detects(gap.get())) {
        detections++;
      }
    }
    double[][] moments = scenario.moments();
    return PowerResult.of(runs, detections, suppressed, analytic(moments),
        moments[0][0] - moments[1][0], standardised(moments));
  }

  /**
   * The analytic approximation alone, without simulating: see the class description.
   *
   * @return a probability in [0, 1]
   */
  public double analyticPower() {
    return analytic(scenario.moments());
  }

  private boolean detects(Gap gap) {
    return gap.credible()
        && (scenario.effect == 0 || Math.signum(gap.difference()) == Math.signum(scenario.effect));
  }

  private double analytic(double[][] moments) {
    double published = atLeast(scenario.targetSize) * atLeast(scenario.comparisonSize);
    double v1 = moments[0][1] * moments[0][1] / (scenario.targetSize * scenario.responseRate);
    double v2 = moments[1][1] * moments[1][1] / (scenario.comparisonSize * scenario.responseRate);
    double se = Math.sqrt(v1 + v2);
    double shift = se > 0 ? Math.abs(moments[0][0] - moments[1][0]) / se : 0;
    // Welch-Satterthwaite degrees of freedom at the expected respondent counts, each group's
    // n - 1 floored at 1 so that tiny groups (whose publication is improbable anyway) keep a
    // finite df >= 1 and the power stays monotone in the group sizes.
    double d1 = Math.max(1, scenario.targetSize * scenario.responseRate - 1);
    double d2 = Math.max(1, scenario.comparisonSize * scenario.responseRate - 1);
    double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / d1 + v2 * v2 / d2);
    double power;
    if (df >= 1 && df < Double.POSITIVE_INFINITY) {
      TDistribution t = TDistribution.of(df);
      double critical = t.inverseSurvivalProbability(Gap.CREDIBLE_Q / 2);
      power = t.cumulativeProbability(shift - critical)
          + (scenario.effect == 0 ? t.cumulativeProbability(-shift - critical) : 0);
    } else {
      double critical = Normal.inverseCdf(1 - Gap.CREDIBLE_Q / 2);
      power = Normal.cdf(shift - critical)
          + (scenario.effect == 0 ? Normal.cdf(-shift - critical) : 0);
    }
    return Math.min(1, Math.max(0, published * power));
  }

  /** P(at least k of {@code size} invited people respond). */
  private double atLeast(int size) {
    return BinomialDistribution.of(size, scenario.responseRate)
        .survivalProbability(scenario.minimumGroupSize - 1);
  }

  private static double standardised(double[][] moments) {
    double pooled = Math.sqrt((moments[0][1] * moments[0][1] + moments[1][1] * moments[1][1]) / 2);
    return pooled > 0 ? (moments[0][0] - moments[1][0]) / pooled : 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Power && scenario.equals(((Power) other).scenario)
        && runs == ((Power) other).runs;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(scenario, runs);
  }

  @Override
  public String toString() {
    return "Power{" + scenario + ", runs=" + runs + "}";
  }
}
