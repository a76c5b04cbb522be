package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import dev.belonging.instrument.BuiltInInstruments;
import dev.belonging.instrument.Construct;
import dev.belonging.stats.Interval;
import java.util.List;
import org.junit.jupiter.api.Test;

class PowerTest {
  /**
   * scipy's quad and t against our trapezoid and Commons Statistics: moments agree to 1e-14;
   * the t distribution function at fractional degrees of freedom differs by up to about 1e-9
   * between the two libraries (both evaluate the regularised incomplete beta function).
   */
  private static final double REFERENCE_TOLERANCE = 1e-8;

  /** The analytic power against the scipy reference (analytic_power.csv). */
  @Test
  void analyticPower_matchesScipyReference() {
    List<String[]> rows = Statistics.referenceRows("analytic_power.csv");
    assertThat(rows).hasSize(7);
    for (String[] row : rows) {
      double power = Power.withDefaults()
          .withGroupSizes(Integer.parseInt(row[0]), Integer.parseInt(row[1]))
          .withResponseRate(Double.parseDouble(row[2]))
          .withMinimumGroupSize(Integer.parseInt(row[3]))
          .withEffect(Double.parseDouble(row[4]))
          .analyticPower();
      assertThat(power).isWithin(REFERENCE_TOLERANCE).of(Double.parseDouble(row[5]));
    }
  }

  /**
   * The analytic approximation agrees with the simulation through the real disaggregation: 400
   * runs estimate a power near 0.8 with a binomial standard error of 0.02, and the tolerance is
   * {@link Statistics#Z} of them (0.1), plus nothing for the approximation itself, whose error
   * here (t shifted, fixed respondent counts) is well below 0.01.
   */
  @Test
  void simulate_agreesWithAnalyticApproximation() {
    PowerResult result = Power.withDefaults().withGroupSizes(100, 100).withRuns(400)
        .simulate(100);
    assertThat(result.runs()).isEqualTo(400);
    assertThat(result.suppressedRuns()).isEqualTo(0);
    assertThat(result.power())
        .isWithin(Statistics.binomialTolerance(result.analyticPower(), 400))
        .of(result.analyticPower());
    assertThat(result.interval().contains(result.power())).isTrue();
  }

  /**
   * Power grows with group size and with the effect. Each pair of estimates shares its seeds and
   * differs from the next by at least five binomial standard errors of 100 runs (analytic powers
   * 0.14, 0.45 and 0.97 for the sizes; 0.05, 0.30 and 0.92 for the effects), so the strict order
   * is what the simulation must show.
   */
  @Test
  void simulate_powerIncreasesWithGroupSizeAndEffect() {
    Power base = Power.withDefaults().withRuns(100);
    double small = base.withGroupSizes(10, 40).simulate(1).power();
    double medium = base.withGroupSizes(30, 120).simulate(1).power();
    double large = base.withGroupSizes(120, 480).simulate(1).power();
    assertThat(small).isLessThan(medium);
    assertThat(medium).isLessThan(large);
    double none = base.withEffect(0).simulate(1).power();
    double moderate = base.withEffect(-0.4).simulate(1).power();
    double strong = base.withEffect(-0.9).simulate(1).power();
    assertThat(none).isLessThan(moderate);
    assertThat(moderate).isLessThan(strong);
    assertThat(none).isWithin(Statistics.binomialTolerance(0.05, 100)).of(0.05);
  }

  /** A group that can never reach the threshold is always suppressed: no power at all. */
  @Test
  void simulate_groupBelowThreshold_alwaysSuppressed() {
    PowerResult result = Power.withDefaults().withGroupSizes(4, 100).withMinimumGroupSize(5)
        .withRuns(20).simulate(1);
    assertThat(result.suppressedRuns()).isEqualTo(20);
    assertThat(result.detections()).isEqualTo(0);
    assertThat(result.analyticPower()).isEqualTo(0.0);
  }

  /** A stricter threshold costs power on small groups: analytic, suppression included. */
  @Test
  void analyticPower_higherThreshold_lowerPowerForSmallGroups() {
    Power small = Power.withDefaults().withGroupSizes(8, 100).withResponseRate(0.7);
    assertThat(small.withMinimumGroupSize(10).analyticPower()).isEqualTo(0.0);
    assertThat(small.withMinimumGroupSize(5).analyticPower())
        .isLessThan(small.withMinimumGroupSize(3).analyticPower());
  }

  @Test
  void simulate_sameSeed_sameResult() {
    Power power = Power.withDefaults().withRuns(10);
    assertThat(power.simulate(3)).isEqualTo(power.simulate(3));
  }

  @Test
  void result_expectedDifference_isTheModelsScoreGap() {
    PowerResult result = Power.withDefaults().withRuns(1).simulate(1);
    // score_moments.csv: 3 items, 5 points, leniency 0.5, shifts -0.5 and 0.
    assertThat(result.expectedDifference())
        .isWithin(REFERENCE_TOLERANCE).of(3.13311329017473 - 3.6482494469533955);
    double pooled = Math.sqrt((1.2005708936160755 * 1.2005708936160755
        + 1.1279498305155822 * 1.1279498305155822) / 2);
    assertThat(result.standardisedDifference())
        .isWithin(REFERENCE_TOLERANCE).of((3.13311329017473 - 3.6482494469533955) / pooled);
  }

  /** The Monte Carlo interval is Wilson's, against scipy's binomtest (wilson.csv). */
  @Test
  void interval_isWilsonScoreInterval() {
    for (String[] row : Statistics.referenceRows("wilson.csv")) {
      int x = Integer.parseInt(row[0]);
      int n = Integer.parseInt(row[1]);
      Interval interval = PowerResult.of(n, x, 0, 0, 0, 0).interval();
      assertThat(interval.lower()).isWithin(REFERENCE_TOLERANCE).of(Double.parseDouble(row[2]));
      assertThat(interval.upper()).isWithin(REFERENCE_TOLERANCE).of(Double.parseDouble(row[3]));
      assertThat(interval.level()).isEqualTo(0.95);
    }
  }

  @Test
  void withInstrument_anyConstructWithClosedItems() {
    Power power = Power.withDefaults()
        .withInstrument(BuiltInInstruments.belongingIndex(), Construct.VOICE).withRuns(5);
    assertThat(power.construct()).isEqualTo(Construct.VOICE);
    assertThat(power.simulate(1).runs()).isEqualTo(5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Power.withDefaults().withInstrument(GapScenario.DEFAULT_INSTRUMENT,
            Construct.VOICE));
    assertThat(e).hasMessageThat().isEqualTo(
        "instrument 'testkit-connection' must have a closed item of construct 'voice'");
  }

  @Test
  void invalidSettings_throwNamingTheSetting() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Power.withDefaults().withGroupSizes(0, 10));
    assertThat(e).hasMessageThat().isEqualTo("targetSize must be in [1, 100000], but was 0");
    e = assertThrows(IllegalArgumentException.class,
        () -> Power.withDefaults().withMinimumGroupSize(2));
    assertThat(e).hasMessageThat().isEqualTo("minimumGroupSize must be >= 3, but was 2");
    assertThrows(IllegalArgumentException.class, () -> Power.withDefaults().withResponseRate(0));
    assertThrows(IllegalArgumentException.class,
        () -> Power.withDefaults().withResponseRate(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Power.withDefaults().withEffect(6));
    assertThrows(IllegalArgumentException.class, () -> Power.withDefaults().withRuns(0));
  }

  @Test
  void configuredValues_equalBySettings() {
    new EqualsTester()
        .addEqualityGroup(Power.withDefaults(), Power.withDefaults().withRuns(200)
            .withGroupSizes(30, 120).withEffect(-0.5))
        .addEqualityGroup(Power.withDefaults().withResponseRate(0.5))
        .testEquals();
    assertThat(Power.withDefaults().toString()).contains("groups=30/120");
  }
}
