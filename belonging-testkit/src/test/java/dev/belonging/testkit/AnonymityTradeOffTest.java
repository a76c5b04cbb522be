package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Dimension;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AnonymityTradeOffTest {

  @Test
  void simulate_defaults_suppressMoreAtTenThanAtThree() {
    TradeOffResult result = AnonymityTradeOff.withDefaults().simulate(1);
    assertThat(result.invited()).isEqualTo(120);
    assertThat(result.thresholds().stream().map(ThresholdSuppression::threshold))
        .containsExactly(3, 5, 10).inOrder();
    ThresholdSuppression three = result.at(3).orElseThrow();
    ThresholdSuppression five = result.at(5).orElseThrow();
    ThresholdSuppression ten = result.at(10).orElseThrow();
    assertThat(ten.suppressed()).isGreaterThan(three.suppressed());
    assertThat(ten.suppressedShare().getAsDouble())
        .isGreaterThan(three.suppressedShare().getAsDouble());
    // Raising the minimum never publishes a cell that a lower one suppressed below it.
    assertThat(five.belowMinimum()).isAtLeast(three.belowMinimum());
    assertThat(ten.belowMinimum()).isAtLeast(five.belowMinimum());
    // The cells requested do not depend on the threshold.
    assertThat(three.cells()).isEqualTo(ten.cells());
    assertThat(ten.published() + ten.suppressed()).isEqualTo(ten.cells());
    assertThat(result.at(7)).isEmpty();
  }

  /**
   * Cells and cells below the minimum are exact counts: brute force over the same respondents
   * (who answers depends only on the seed and the person, not on the instrument), counting
   * respondents per value of each breakdown's dimension.
   */
  @Test
  void simulate_cellsAndBelowMinimum_matchBruteForceCounts() {
    List<Dimension> dimensions =
        List.of(Dimension.TENURE, Dimension.WORK_ARRANGEMENT, Dimension.ROLE);
    WorkforceGenerator generator =
        WorkforceGenerator.of(OrganisationProfile.SCALE_UP).withHeadcount(150);
    TradeOffResult result = AnonymityTradeOff.withDefaults().withWorkforce(generator)
        .withBreakdowns(dimensions.stream().map(Breakdown::of)
            .collect(ImmutableList.toImmutableList()))
        .withResponseRate(0.7).withThresholds(10, 3, 5, 3).simulate(9);

    SyntheticWorkforce org = generator.generate(9);
    List<Response> respondents = ResponseSimulator.of(TestInstruments.SMALL)
        .withResponseRate(0.7).responses(org.people().stream(), 0, 9)
        .collect(ImmutableList.toImmutableList());
    assertThat(result.respondents()).isEqualTo(respondents.size());
    List<Map<String, Integer>> counts = new java.util.ArrayList<>();
    for (Dimension d : dimensions) {
      Map<String, Integer> byValue = new TreeMap<>();
      respondents.forEach(r -> r.attributes().get(d).ifPresent(v -> byValue.merge(v, 1,
          Integer::sum)));
      counts.add(byValue);
    }
    assertThat(result.thresholds()).hasSize(3);
    for (ThresholdSuppression row : result.thresholds()) {
      int cells = 0;
      int below = 0;
      for (Map<String, Integer> byValue : counts) {
        cells += byValue.size();
        below += (int) byValue.values().stream().filter(n -> n < row.threshold()).count();
      }
      assertThat(row.cells()).isEqualTo(cells);
      assertThat(row.belowMinimum()).isEqualTo(below);
    }
  }

  @Test
  void simulate_sameSeed_sameResult() {
    assertThat(AnonymityTradeOff.withDefaults().simulate(4))
        .isEqualTo(AnonymityTradeOff.withDefaults().simulate(4));
  }

  @Test
  void invalidSettings_throw() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AnonymityTradeOff.withDefaults().withThresholds(3, 2));
    assertThat(e).hasMessageThat().isEqualTo("thresholds must be >= 3, but one was 2");
    assertThrows(IllegalArgumentException.class,
        () -> AnonymityTradeOff.withDefaults().withThresholds());
    assertThrows(IllegalArgumentException.class,
        () -> AnonymityTradeOff.withDefaults().withBreakdowns(List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> AnonymityTradeOff.withDefaults().withResponseRate(1.1));
  }
}
