package dev.belonging.fairness;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.workforce.Dimension;
import org.junit.jupiter.api.Test;

/** The "Fairness checks" example of README.md, which must contain it verbatim. */
class ReadmeFairnessExampleTest {

  @Test
  void example() {
    // README-FAIRNESS-EXAMPLE-BEGIN
    AdverseImpactResult promotions = AdverseImpact.withDefaults()
        .withFourFifthsThreshold(0.8)
        .withLevel(0.95)
        .withPolicy(AnonymityPolicy.withDefaults())       // k = 5, as for survey cells
        .test(Dimension.WORK_ARRANGEMENT, ImmutableList.of(
            SelectionOutcome.of("FRONTLINE_SHIFT", 1, 10),   // 1 of 10 promoted
            SelectionOutcome.of("OFFICE", 20, 90),           // 20 of 90 promoted
            SelectionOutcome.of("REMOTE", 0, 3),             // too small to publish,
            SelectionOutcome.of("HYBRID", 1, 3)));           // but 6 together: others stay

    GroupImpact frontline = promotions.group("FRONTLINE_SHIFT").orElseThrow().value();
    assertThat(frontline.belowFourFifths()).isTrue();                 // ratio 0.45
    assertThat(frontline.verdict()).isEqualTo(DisparityVerdict.FLAGGED_NOT_SUPPORTED);
    assertThat(frontline.fisherP().getAsDouble()).isGreaterThan(0.05); // 0.68
    assertThat(frontline.oneSelectionFlipsFlag()).isTrue();           // 2 of 10 would pass
    assertThat(promotions.group("REMOTE").orElseThrow().suppression())
        .hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
    // README-FAIRNESS-EXAMPLE-END
  }

}
