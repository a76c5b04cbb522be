package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  /**
   * The disaggregation's 95% gap intervals cover the planted gap at the nominal rate.
   *
   * <p><b>Derivation of the tolerance.</b> Over {@code n} = 200 seeds (the target cell of 32
   * expected respondents is always published at k = 5), each interval covers the true gap
   * independently with probability {@code p}; a calibrated method has {@code p} = 0.95, so the
   * number covering is Binomial(200, 0.95): mean 190, SD sqrt(200 x 0.95 x 0.05) = 3.08. The
   * acceptance region is the central 99.9% of that distribution, from its 0.0005 quantile to its
   * 0.9995 quantile (Commons Statistics' inverse cumulative probability; 179 to 198), so a
   * calibrated method fails this test with probability below 0.001 for any seeds, while an
   * interval with true coverage 0.90 (180 expected) or one that always covers (200) falls outside
   * most of the time. The seeds are fixed, so the outcome is reproducible.
   */
  @Test
  void gapIntervals_coverPlantedGap_atNominalRate() {
    CalibrationResult result = Calibration.withDefaults().withRuns(200).simulate(1);
    assertThat(result.intervals()).isEqualTo(200);
    BinomialDistribution calibrated = BinomialDistribution.of(200, 0.95);
    int lower = calibrated.inverseCumulativeProbability(0.0005);
    int upper = calibrated.inverseCumulativeProbability(0.9995);
    assertThat(result.acceptanceLower()).isEqualTo(lower);
    assertThat(result.acceptanceUpper()).isEqualTo(upper);
    assertThat(result.covered()).isIn(com.google.common.collect.Range.closed(lower, upper));
    assertThat(result.withinAcceptance()).isTrue();
    assertThat(result.nominal()).isEqualTo(0.95);
    assertThat(result.coverage().getAsDouble()).isEqualTo(result.covered() / 200.0);
  }

  /**
   * The truth is the model's gap on the items' scale: for the default three items (5 points,
   * leniency 0.5) and -0.5 SD, the scipy reference's means (score_moments.csv).
   */
  @Test
  void trueDifference_isTheModelsScoreGap() {
    CalibrationResult result = Calibration.withDefaults().withRuns(1).simulate(1);
    assertThat(result.trueDifference()).isWithin(1e-9).of(3.13311329017473 - 3.6482494469533955);
  }

  /** Counts outside the region are rejected: always covering is as wrong as rarely covering. */
  @Test
  void withinAcceptance_countsOutsideRegion_rejected() {
    assertThat(CalibrationResult.of(200, 200, 200, 0.95, 0, 0.999, 179, 198).withinAcceptance())
        .isFalse();
    assertThat(CalibrationResult.of(200, 200, 178, 0.95, 0, 0.999, 179, 198).withinAcceptance())
        .isFalse();
    assertThat(CalibrationResult.of(200, 200, 179, 0.95, 0, 0.999, 179, 198).withinAcceptance())
        .isTrue();
  }

  /** With every run suppressed there is no interval to judge: not accepted. */
  @Test
  void noIntervals_notWithinAcceptance() {
    CalibrationResult result = Calibration.withDefaults().withGroupSizes(3, 50)
        .withMinimumGroupSize(5).withRuns(5).simulate(1);
    assertThat(result.intervals()).isEqualTo(0);
    assertThat(result.coverage()).isEmpty();
    assertThat(result.withinAcceptance()).isFalse();
  }

  @Test
  void invalidSettings_throw() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Calibration.withDefaults().withAcceptanceLevel(1));
    assertThat(e).hasMessageThat().isEqualTo("acceptanceLevel must be in (0, 1), but was 1.0");
    assertThrows(IllegalArgumentException.class, () -> Calibration.withDefaults().withRuns(0));
  }
}
