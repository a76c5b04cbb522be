package dev.belonging.intervention;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.WorkArrangement;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Interventions" example: the code between the markers appears there verbatim. */
class InterventionReadmeExampleTest {

  @Test
  void example() {
    // README-INTERVENTIONS-BEGIN
    // 1. A credible gap from the report (published cells only) -> explained recommendations.
    GapSignal remoteConnection = GapSignal.builder()
        .construct(Construct.CONNECTION)
        .dimension(Dimension.WORK_ARRANGEMENT).valueLabel("REMOTE")
        .servedGroup(ServedGroup.REMOTE_STAFF)
        .hedgesG(-0.6).qValue(0.01).n(48).credible(true)
        .build();
    Recommendations plan = Recommender.withDefaults()           // built-in catalog
        .recommend(List.of(remoteConnection), OrgProfile.of(120, OrgShape.REMOTE_FIRST), List.of());
    assertThat(plan.entries().get(0).explanation()).isEqualTo(
        "remote staff score 0.60 SD lower on connection, q = 0.010 -> Remote and office coffee "
            + "pairs; fits remote-first; effort low, cost low, every two weeks");

    // 2. Run it: pair remote with office staff, never the same pair twice in four rounds.
    List<Participant> optedIn = List.of(
        Participant.of("u17", WorkArrangement.REMOTE, "sales", "Europe/Lisbon",
            LocalTime.of(9, 0), LocalTime.of(17, 0)),
        Participant.of("u42", WorkArrangement.OFFICE, "finance", "Europe/Berlin",
            LocalTime.of(8, 0), LocalTime.of(16, 0)),
        Participant.of("u08", WorkArrangement.REMOTE, "platform", "Europe/Berlin",
            LocalTime.of(10, 0), LocalTime.of(18, 0)));
    PairingRound round = PairingScheduler.withDefaults().withNoRepeatRounds(4).withSeed(7)
        .schedule(optedIn, List.of());                          // history: earlier rounds
    assertThat(round.groups().get(0).isTrio()).isTrue();        // three people: one trio

    // 3. A month later, re-ask the watched items and compare with the office group.
    TrialResult trial = TrialEvaluation.withDefaults().evaluate(TrialWaves.of(
        GroupSummary.of(48, 3.10, 0.9), GroupSummary.of(51, 3.70, 0.8),      // remote
        GroupSummary.of(160, 3.60, 0.8), GroupSummary.of(158, 3.65, 0.8)));  // office
    assertThat(trial.decision()).isEqualTo(TrialDecision.CONTINUE);
    assertThat(trial.win()).isTrue();                           // celebrate it
    // README-INTERVENTIONS-END
    assertThat(ImmutableList.copyOf(plan.warnings())).isEmpty();
  }

}
