package dev.belonging.intervention;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.belonging.internal.stats.DifferenceInDifferences;
import org.junit.jupiter.api.Test;

class TrialEvaluationTest {
  /** Both sides compute the same arithmetic in the same order: exact up to rounding. */
  private static final double SAME_ARITHMETIC = 1e-12;

  private static TrialWaves waves(double targetAfterMean, int n, double sd) {
    return TrialWaves.of(GroupSummary.of(n, 3.0, sd), GroupSummary.of(n, targetAfterMean, sd),
        GroupSummary.of(n, 3.2, sd), GroupSummary.of(n, 3.2, sd));
  }

  @Test
  void evaluate_matchesDifferenceInDifferences() {
    TrialWaves w = TrialWaves.of(GroupSummary.of(40, 3.1, 0.9), GroupSummary.of(35, 3.6, 1.1),
        GroupSummary.of(120, 3.4, 0.8), GroupSummary.of(110, 3.5, 0.85));
    TrialResult result = TrialEvaluation.withDefaults().evaluate(w);
    DifferenceInDifferences did = DifferenceInDifferences.of(new double[] {40, 3.1, 0.9},
        new double[] {35, 3.6, 1.1}, new double[] {120, 3.4, 0.8},
        new double[] {110, 3.5, 0.85});
    double half = did.halfWidth(0.95).getAsDouble();
    assertThat(result.estimate()).isWithin(SAME_ARITHMETIC).of(did.estimate());
    assertThat(result.interval().orElseThrow().lower()).isWithin(SAME_ARITHMETIC).of(did.estimate() - half);
    assertThat(result.interval().orElseThrow().upper()).isWithin(SAME_ARITHMETIC).of(did.estimate() + half);
    assertThat(result.degreesOfFreedom().getAsDouble())
        .isWithin(SAME_ARITHMETIC).of(did.degreesOfFreedom().getAsDouble());
  }

  @Test
  void evaluate_clearImprovement_continueAndWin() {
    TrialResult result = TrialEvaluation.withDefaults().evaluate(waves(3.8, 200, 0.8));
    assertThat(result.credible()).isTrue();
    assertThat(result.decision()).isEqualTo(TrialDecision.CONTINUE);
    assertThat(result.win()).isTrue();
    assertThat(result.interval().orElseThrow().lower()).isGreaterThan(0.0);
    assertThat(result.explanation()).contains("credible improvement");
  }

  @Test
  void evaluate_clearDeterioration_stop() {
    TrialResult result = TrialEvaluation.withDefaults().evaluate(waves(2.2, 200, 0.8));
    assertThat(result.credible()).isTrue();
    assertThat(result.decision()).isEqualTo(TrialDecision.STOP);
    assertThat(result.win()).isFalse();
  }

  @Test
  void evaluate_lowerIsBetter_flipsDecision() {
    TrialResult result = TrialEvaluation.withDefaults().withHigherIsBetter(false)
        .evaluate(waves(2.2, 200, 0.8));
    assertThat(result.decision()).isEqualTo(TrialDecision.CONTINUE);
    assertThat(result.win()).isTrue();
  }

  @Test
  void evaluate_inconclusive_adjust() {
    TrialResult result = TrialEvaluation.withDefaults().evaluate(waves(3.05, 30, 1.0));
    assertThat(result.credible()).isFalse();
    assertThat(result.decision()).isEqualTo(TrialDecision.ADJUST);
    assertThat(result.interval().orElseThrow().lower()).isLessThan(0.0);
    assertThat(result.interval().orElseThrow().upper()).isGreaterThan(0.0);
  }

  @Test
  void evaluate_groupsTooSmall_notCredibleAdjust() {
    TrialResult result = TrialEvaluation.withDefaults().withMinimumGroupSize(50)
        .evaluate(waves(4.5, 20, 0.5));
    assertThat(result.interval().orElseThrow().lower()).isGreaterThan(0.0);
    assertThat(result.groupsLargeEnough()).isFalse();
    assertThat(result.credible()).isFalse();
    assertThat(result.decision()).isEqualTo(TrialDecision.ADJUST);
    assertThat(result.win()).isFalse();
  }

  @Test
  void evaluate_intervalRulesOutWorthwhileChange_stop() {
    TrialResult result = TrialEvaluation.withDefaults().withSmallestWorthwhileChange(0.5)
        .evaluate(waves(3.05, 2000, 0.8));
    assertThat(result.interval().orElseThrow().upper()).isLessThan(0.5);
    assertThat(result.decision()).isEqualTo(TrialDecision.STOP);
  }

  @Test
  void evaluate_noVariation_noIntervalAdjust() {
    TrialResult result = TrialEvaluation.withDefaults().evaluate(waves(4.0, 50, 0.0));
    assertThat(result.interval().isPresent()).isFalse();
    assertThat(result.credible()).isFalse();
    assertThat(result.decision()).isEqualTo(TrialDecision.ADJUST);
  }

  @Test
  void configuration_badValues_rejected() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> TrialEvaluation.withDefaults().withMinimumGroupSize(1)))
        .hasMessageThat().isEqualTo("minimumGroupSize must be >= 2, but was 1");
    assertThrows(IllegalArgumentException.class,
        () -> TrialEvaluation.withDefaults().withConfidenceLevel(Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> TrialEvaluation.withDefaults().withSmallestWorthwhileChange(-0.1));
    assertThat(assertThrows(IllegalArgumentException.class, () -> GroupSummary.of(1, 3, 1)))
        .hasMessageThat().isEqualTo("n must be >= 2, but was 1");
  }
}
