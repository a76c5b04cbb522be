package dev.belonging.fairness;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.instrument.BuiltInInstruments;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.Scoring;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceivedFairnessTest {
  private static final Dimension TEAM = Dimension.TEAM;

  @Test
  void fromResponses_summariesExact() {
    Instrument index = BuiltInInstruments.belongingIndex();
    List<Response> responses = new ArrayList<>();
    // Scores (means of the answered procedural-fairness items): 4, 3, 3.5, 2 in team x.
    int[][] answers = {{4, 4, 4}, {3, 3, 3}, {3, 4, 0}, {2, 2, 2}};
    for (int i = 0; i < answers.length; i++) {
      Response.Builder b = Response.builder().respondentId("p" + i)
          .attributes(Attributes.of(ImmutableMap.of(TEAM, "x")))
          .putAnswer("fairness.criteria", answers[i][0])
          .putAnswer("fairness.assignments", answers[i][1]);
      if (answers[i][2] > 0) {
        b.putAnswer("fairness.review_evidence", answers[i][2]);
      }
      responses.add(b.build());
    }

    ImmutableList<ScoreSummary> summaries = ScoreSummary.fromResponses(index,
        Construct.PROCEDURAL_FAIRNESS, Scoring.withDefaults(), TEAM, responses);

    assertThat(summaries).hasSize(1);
    ScoreSummary x = summaries.get(0);
    assertThat(x.n()).isEqualTo(4);
    assertThat(x.mean()).isEqualTo(3.125); // 12.5 / 4
    // Sum of squared deviations: 0.875² + 0.125² + 0.375² + 1.125² = 2.1875; / 3.
    double sd = new BigDecimal("2.1875").divide(new BigDecimal(3), MathContext.DECIMAL64)
        .sqrt(MathContext.DECIMAL64).doubleValue();
    assertThat(x.standardDeviation()).isWithin(1e-15).of(sd);
  }

  @Test
  void test_restIsOtherPublishedGroupsOnly() {
    PerceivedFairnessResult result = PerceivedFairness.withDefaults().test(TEAM, ImmutableList.of(
        ScoreSummary.of("a", 30, 3.0, 0.8), ScoreSummary.of("b", 40, 3.6, 0.7),
        ScoreSummary.of("c", 20, 3.4, 0.9), ScoreSummary.of("d", 3, 1.0, 0.1)));

    GroupFairnessGap a = result.group("a").orElseThrow().value();
    assertThat(result.group("d").orElseThrow().isPublished()).isFalse();
    assertThat(result.group("c").orElseThrow().suppression())
        .hasValue(Suppression.COMPLEMENT_DISCLOSURE);
    assertThat(a.restN()).isEqualTo(40); // b only: c and d are suppressed
    assertThat(a.restMean()).hasValue(3.6);
    assertThat(a.gap().getAsDouble()).isWithin(1e-15).of(-0.6);
    assertThat(a.lowerAndSupported()).isEqualTo(a.p().getAsDouble() < 0.05);
    assertThat(a.sentence()).contains("below the other published groups");
  }

  @Test
  void summary_invalid_rejected() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> ScoreSummary.of("a", 0, 3, 1))).hasMessageThat().contains("n must be >= 1");
    assertThrows(IllegalArgumentException.class, () -> ScoreSummary.of("a", 5, Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> ScoreSummary.of("a", 5, 3, -1));
  }
}
