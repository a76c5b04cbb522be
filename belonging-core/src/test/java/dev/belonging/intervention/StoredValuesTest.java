package dev.belonging.intervention;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.belonging.instrument.Construct;
import dev.belonging.stats.Interval;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public builders of recommendations, pairing rounds and trial results. */
class StoredValuesTest {
  private static Recommendation.Builder prerequisite(int rank) {
    return Recommendation.builder().rank(rank).kind(Recommendation.Kind.PREREQUISITE)
        .construct(Construct.PSYCHOLOGICAL_SAFETY).score(0).explanation("fix safety first");
  }

  @Test
  void recommendations_ranksAndOrder_areChecked() {
    Recommendation intervention = Recommendation.builder().rank(1)
        .kind(Recommendation.Kind.INTERVENTION).construct(Construct.CONNECTION)
        .intervention(InterventionCatalog.builtIn().interventions().get(0)).score(1)
        .explanation("gap -> coffee").build();
    assertThat(Recommendations.builder().addEntry(prerequisite(1).build()).build().entries())
        .hasSize(1);
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> Recommendations.builder().addEntry(prerequisite(2).build()).build()))
        .hasMessageThat().isEqualTo("entries[0] must have rank 1, but was 2");
    assertThat(assertThrows(IllegalArgumentException.class, () -> Recommendations.builder()
        .addEntry(intervention).addEntry(prerequisite(2).build()).build()))
        .hasMessageThat().contains("entries[1] is a PREREQUISITE after an INTERVENTION");
    assertThat(assertThrows(IllegalArgumentException.class, () -> Recommendation.builder()
        .rank(1).kind(Recommendation.Kind.INTERVENTION).construct(Construct.VOICE).score(1)
        .explanation("x").build())).hasMessageThat().contains("must name its intervention");
  }

  @Test
  void pairingGroup_joinedAsThird_mustBeAMemberOfATrio() {
    assertThat(PairingGroup.builder().members(List.of("a", "b", "c")).quality(0.5)
        .joinedAsThird("c").build().isTrio()).isTrue();
    assertThrows(IllegalArgumentException.class, () -> PairingGroup.builder()
        .members(List.of("a", "b")).quality(0.5).joinedAsThird("a").build());
    assertThat(PairingRound.builder().exactMatching(false).build().exactMatching()).isFalse();
  }

  @Test
  void trialResult_fieldsMustAgree() {
    TrialResult evaluated = TrialEvaluation.withDefaults().evaluate(TrialWaves.of(
        GroupSummary.of(30, 3.0, 0.8), GroupSummary.of(30, 3.8, 0.8),
        GroupSummary.of(30, 3.0, 0.8), GroupSummary.of(30, 3.0, 0.8)));
    assertThat(TrialResult.builder().from(evaluated).build()).isEqualTo(evaluated);
    assertThat(evaluated.win()).isTrue();
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> TrialResult.builder().from(evaluated).win(false).build())).hasMessageThat()
        .contains("win must be true exactly when decision is CONTINUE");
    assertThat(assertThrows(IllegalArgumentException.class, () -> TrialResult.builder()
        .from(evaluated).interval(Interval.of(-1, 1, 0.95)).build())).hasMessageThat()
        .contains("credible requires");
    assertThat(assertThrows(IllegalArgumentException.class, () -> TrialResult.builder()
        .from(evaluated).interval(Interval.of(0.1, 1, 0.9)).build())).hasMessageThat()
        .contains("interval level must equal confidenceLevel");
  }
}
