package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.intervention.GapSignal;
import dev.belonging.intervention.InterventionCatalog;
import dev.belonging.intervention.OrgProfile;
import dev.belonging.intervention.OrgShape;
import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.PairingScheduler;
import dev.belonging.intervention.Participant;
import dev.belonging.intervention.Recommendations;
import dev.belonging.intervention.Recommender;
import dev.belonging.intervention.ServedGroup;
import dev.belonging.intervention.TrialDecision;
import dev.belonging.intervention.TrialEvaluation;
import dev.belonging.intervention.TrialResult;
import dev.belonging.intervention.TriedIntervention;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.WorkArrangement;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the domain computes survives the wire: a recommender's list, the scheduler's rounds fed
 * back as history, and a trial's result; and the Jackson module reads and writes the same
 * documents inside a user's own types.
 */
class ActionRoundTripTest {
  private static final BelongingJson JSON = BelongingJson.defaults();

  @Test
  void recommenderOutput_roundTrips_withPrerequisitesAndWarnings() {
    GapSignal remote = GapSignal.builder().construct(Construct.CONNECTION)
        .dimension(Dimension.WORK_ARRANGEMENT).valueLabel("REMOTE")
        .servedGroup(ServedGroup.REMOTE_STAFF).hedgesG(-0.6).qValue(0.01).n(40).credible(true)
        .build();
    GapSignal safety = GapSignal.builder().construct(Construct.PSYCHOLOGICAL_SAFETY)
        .dimension(Dimension.TENURE).valueLabel("<6 months").servedGroup(ServedGroup.NEW_JOINERS)
        .hedgesG(-0.5).qValue(0.02).n(12).credible(true).build();
    Recommendations recommendations = Recommender.withDefaults()
        .withCatalog(JSON.readInterventionCatalog(JSON.toString(InterventionCatalog.builtIn())))
        .recommend(List.of(remote, safety), OrgProfile.of(800, OrgShape.REMOTE_FIRST),
            List.of(TriedIntervention.of("random_pair_calls", TrialDecision.STOP)));
    assertThat(recommendations.entries()).isNotEmpty();
    assertThat(recommendations.excludedAsStopped()).contains("random_pair_calls");
    String json = JSON.toString(recommendations);
    assertThat(JSON.readRecommendations(json)).isEqualTo(recommendations);
    assertThat(Schemas.violations("recommendations", json)).isEmpty();
  }

  @Test
  void schedulerRounds_roundTrip_andServeAsHistory() {
    List<Participant> people = new ArrayList<>();
    String[] zones = {"Europe/Berlin", "Europe/London", "America/New_York"};
    for (int i = 0; i < 11; i++) {
      people.add(Participant.of("p" + i, WorkArrangement.values()[i % 4], "team" + (i % 3),
          zones[i % 3], LocalTime.of(8 + i % 3, 0), LocalTime.of(17, 0)));
    }
    people.add(Participant.of("night", WorkArrangement.FRONTLINE_SHIFT, "warehouse",
        "Asia/Tokyo", LocalTime.of(8, 0), LocalTime.of(9, 30)));
    ImmutableList<Participant> read = JSON.readParticipants(JSON.participantsToString(people));
    assertThat(read).isEqualTo(people);

    PairingScheduler scheduler = PairingScheduler.withDefaults().withSeed(7);
    List<PairingRound> history = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      PairingRound next = scheduler.schedule(read,
          JSON.readPairingHistory(JSON.pairingHistoryToString(history)));
      assertThat(next).isEqualTo(scheduler.schedule(people, history));
      String json = JSON.toString(next);
      assertThat(JSON.readPairingRound(json)).isEqualTo(next);
      assertWithMessage(json).that(Schemas.violations("pairing-round", json)).isEmpty();
      history.add(next);
    }
    assertThat(history.get(0).unmatched()).isNotEmpty();
    assertThat(history.get(0).groups().stream().anyMatch(g -> g.isTrio())).isTrue();
  }

  @Test
  void trialResult_ofTheReadEvaluationAndWaves_isTheSameAsOfTheValues() {
    TrialEvaluation evaluation =
        JSON.readTrialEvaluation(JSON.toString(ActionFixtures.trialEvaluation()));
    TrialResult result = evaluation.evaluate(
        JSON.readTrialWaves(JSON.toString(ActionFixtures.trialWaves())));
    assertThat(result).isEqualTo(
        ActionFixtures.trialEvaluation().evaluate(ActionFixtures.trialWaves()));
    assertThat(JSON.readTrialResult(JSON.toString(result))).isEqualTo(result);
  }

  /** A user's own type that holds the values of this part of the format. */
  record Plan(
      @JsonProperty("catalog") InterventionCatalog catalog,
      @JsonProperty("recommendations") Recommendations recommendations,
      @JsonProperty("round") PairingRound round,
      @JsonProperty("evaluation") TrialEvaluation evaluation,
      @JsonProperty("trial") TrialResult trial,
      @JsonProperty("impact") dev.belonging.fairness.AdverseImpactResult impact,
      @JsonProperty("voice") dev.belonging.fairness.VoiceResult voice) {}

  @Test
  void module_readsAndWritesTheSameDocuments_insideTheUsersTypes() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new BelongingJsonModule());
    assertThat(mapper.writeValueAsString(ActionFixtures.adverseImpact()))
        .isEqualTo(ActionGoldenFilesTest.golden("adverse-impact-result.json"));
    assertThat(mapper.readValue(ActionGoldenFilesTest.golden("intervention-catalog-builtin.json"),
        InterventionCatalog.class)).isEqualTo(InterventionCatalog.builtIn());
    Plan plan = new Plan(ActionFixtures.customCatalog(), ActionFixtures.recommendations(),
        ActionFixtures.round(), ActionFixtures.trialEvaluation(), ActionFixtures.trialResult(),
        ActionFixtures.adverseImpact(), ActionFixtures.voice());
    String json = mapper.writeValueAsString(plan);
    assertThat(json).contains(ActionGoldenFilesTest.golden("trial-result.json"));
    assertThat(mapper.readValue(json, Plan.class)).isEqualTo(plan);
  }
}
