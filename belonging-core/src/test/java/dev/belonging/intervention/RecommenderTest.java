package dev.belonging.intervention;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.workforce.Dimension;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommenderTest {
  private static final OrgProfile REMOTE_FIRST = OrgProfile.of(120, OrgShape.REMOTE_FIRST);

  static GapSignal gap(Construct construct, ServedGroup group, double g, double q) {
    return GapSignal.builder()
        .construct(construct)
        .dimension(Dimension.WORK_ARRANGEMENT)
        .valueLabel(group.name())
        .servedGroup(group)
        .hedgesG(g)
        .qValue(q)
        .n(40)
        .credible(true)
        .build();
  }

  private static List<Recommendation> recommend(GapSignal... gaps) {
    return Recommender.withDefaults()
        .recommend(ImmutableList.copyOf(gaps), REMOTE_FIRST, ImmutableList.of())
        .entries();
  }

  @Test
  void recommend_remoteConnectionGap_remoteConnectionInterventionsFirst() {
    List<Recommendation> entries =
        recommend(gap(Construct.CONNECTION, ServedGroup.REMOTE_STAFF, -0.6, 0.01));
    assertThat(entries).isNotEmpty();
    for (Recommendation entry : entries.subList(0, 3)) {
      Intervention i = entry.intervention().orElseThrow();
      assertThat(entry.kind()).isEqualTo(Recommendation.Kind.INTERVENTION);
      assertThat(i.targets()).contains(Construct.CONNECTION);
      assertThat(i.servedGroups()).contains(ServedGroup.REMOTE_STAFF);
    }
    assertThat(entries.get(0).explanation()).startsWith(
        "remote staff score 0.60 SD lower on connection, q = 0.010 -> ");
    assertThat(entries.get(0).explanation()).contains("fits remote-first; effort low");
  }

  @Test
  void recommend_lowPsychologicalSafety_prerequisiteAdviceFirst() {
    List<Recommendation> entries = recommend(
        gap(Construct.CONNECTION, ServedGroup.REMOTE_STAFF, -0.9, 0.001),
        gap(Construct.PSYCHOLOGICAL_SAFETY, ServedGroup.JUNIOR_STAFF, -0.3, 0.02));
    Recommendation first = entries.get(0);
    assertThat(first.kind()).isEqualTo(Recommendation.Kind.PREREQUISITE);
    assertThat(first.construct()).isEqualTo(Construct.PSYCHOLOGICAL_SAFETY);
    assertThat(first.intervention().orElseThrow().targets())
        .contains(Construct.PSYCHOLOGICAL_SAFETY);
    assertThat(first.explanation()).startsWith(
        "prerequisite: junior staff score 0.30 SD lower on psychological safety");
    assertThat(entries.stream().skip(1).map(Recommendation::kind))
        .doesNotContain(Recommendation.Kind.PREREQUISITE);
  }

  @Test
  void recommend_bothPrerequisites_safetyThenFairness() {
    List<Recommendation> entries = recommend(
        gap(Construct.PROCEDURAL_FAIRNESS, ServedGroup.REMOTE_STAFF, -0.9, 0.001),
        gap(Construct.PSYCHOLOGICAL_SAFETY, ServedGroup.JUNIOR_STAFF, -0.3, 0.02));
    assertThat(entries.get(0).construct()).isEqualTo(Construct.PSYCHOLOGICAL_SAFETY);
    assertThat(entries.get(1).construct()).isEqualTo(Construct.PROCEDURAL_FAIRNESS);
    assertThat(entries.get(1).kind()).isEqualTo(Recommendation.Kind.PREREQUISITE);
  }

  @Test
  void recommend_prerequisiteWithoutCatalogEntry_adviceWithoutIntervention() {
    InterventionCatalog onlyConnection = InterventionCatalog.of(
        ImmutableList.of(InterventionCatalog.builtIn().get("remote_office_coffee").orElseThrow()));
    List<Recommendation> entries = Recommender.withDefaults().withCatalog(onlyConnection)
        .recommend(ImmutableList.of(
            gap(Construct.PSYCHOLOGICAL_SAFETY, ServedGroup.JUNIOR_STAFF, -0.5, 0.01)),
            REMOTE_FIRST, ImmutableList.of())
        .entries();
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).kind()).isEqualTo(Recommendation.Kind.PREREQUISITE);
    assertThat(entries.get(0).intervention()).isEmpty();
    assertThat(entries.get(0).explanation()).contains("no catalog entry targets it");
  }

  @Test
  void recommend_notCredibleOrPositiveOnly_empty() {
    GapSignal notCredible = GapSignal.builder()
        .from(gap(Construct.VOICE, ServedGroup.FRONTLINE, -1.5, 0.3)).credible(false).build();
    GapSignal higher = gap(Construct.VOICE, ServedGroup.FRONTLINE, 0.9, 0.001);
    GapSignal tiny = gap(Construct.VOICE, ServedGroup.FRONTLINE, -0.1, 0.001);
    assertThat(recommend(notCredible, higher, tiny)).isEmpty();
  }

  @Test
  void recommend_notCredibleSignal_changesNothing() {
    GapSignal remote = gap(Construct.CONNECTION, ServedGroup.REMOTE_STAFF, -0.6, 0.01);
    GapSignal notCredible = GapSignal.builder()
        .from(gap(Construct.VOICE, ServedGroup.JUNIOR_STAFF, -1.8, 0.2)).credible(false).build();
    assertThat(recommend(remote, notCredible)).isEqualTo(recommend(remote));
  }

  @Test
  void recommend_twoGaps_secondGapGetsItsOwnEntryEarly() {
    GapSignal remote = gap(Construct.CONNECTION, ServedGroup.REMOTE_STAFF, -0.8, 0.01);
    GapSignal junior = gap(Construct.VOICE, ServedGroup.JUNIOR_STAFF, -0.4, 0.03);
    List<Recommendation> diverse = recommend(remote, junior);
    assertThat(diverse.subList(0, 3).stream()
        .map(r -> r.intervention().orElseThrow().targets().contains(Construct.VOICE)
            && r.intervention().orElseThrow().servedGroups().contains(ServedGroup.JUNIOR_STAFF)))
        .contains(true);

    List<Recommendation> relevanceOnly = Recommender.withDefaults().withDiversity(0)
        .recommend(ImmutableList.of(remote, junior), REMOTE_FIRST, ImmutableList.of())
        .entries();
    assertThat(relevanceOnly.stream()
        .map(r -> r.intervention().orElseThrow().servedGroups().contains(ServedGroup.JUNIOR_STAFF)))
        .doesNotContain(true);
  }

  @Test
  void recommend_diverse_lowerMeanSimilarityThanRelevanceOnly() {
    GapSignal remote = gap(Construct.CONNECTION, ServedGroup.REMOTE_STAFF, -0.6, 0.01);
    double diverse = meanSimilarity(Recommender.withDefaults()
        .recommend(ImmutableList.of(remote), REMOTE_FIRST, ImmutableList.of()).entries());
    double relevanceOnly = meanSimilarity(Recommender.withDefaults().withDiversity(0)
        .recommend(ImmutableList.of(remote), REMOTE_FIRST, ImmutableList.of()).entries());
    assertThat(diverse).isLessThan(relevanceOnly);
  }

  private static double meanSimilarity(List<Recommendation> entries) {
    double sum = 0;
    int pairs = 0;
    for (int a = 0; a < entries.size(); a++) {
      for (int b = a + 1; b < entries.size(); b++) {
        sum += Recommender.similarity(entries.get(a).intervention().orElseThrow(),
            entries.get(b).intervention().orElseThrow());
        pairs++;
      }
    }
    return sum / pairs;
  }

  @Test
  void recommend_triedInterventions_stoppedExcludedAdjustNoted() {
    GapSignal remote = gap(Construct.CONNECTION, ServedGroup.REMOTE_STAFF, -0.6, 0.01);
    List<Recommendation> before = recommend(remote);
    String top = before.get(0).intervention().orElseThrow().id();
    String second = before.get(1).intervention().orElseThrow().id();
    Recommendations after = Recommender.withDefaults().recommend(ImmutableList.of(remote),
        REMOTE_FIRST, ImmutableList.of(TriedIntervention.of(top, TrialDecision.STOP),
            TriedIntervention.of(second, TrialDecision.ADJUST)));
    assertThat(after.excludedAsStopped()).containsExactly(top);
    assertThat(after.entries().stream().map(r -> r.intervention().orElseThrow().id()))
        .doesNotContain(top);
    Recommendation adjusted = after.entries().stream()
        .filter(r -> r.intervention().orElseThrow().id().equals(second)).findFirst().orElseThrow();
    assertThat(adjusted.note().orElseThrow()).contains("change how it is run");
  }

  @Test
  void recommend_ranksAreConsecutive_andAtMostMaxInterventions() {
    Recommendations result = Recommender.withDefaults().withMaxRecommendations(3).recommend(
        ImmutableList.of(gap(Construct.CONNECTION, ServedGroup.REMOTE_STAFF, -0.6, 0.01),
            gap(Construct.PSYCHOLOGICAL_SAFETY, ServedGroup.NEW_JOINERS, -0.5, 0.01)),
        REMOTE_FIRST, ImmutableList.of());
    assertThat(result.entries()).hasSize(4);
    for (int i = 0; i < result.entries().size(); i++) {
      assertThat(result.entries().get(i).rank()).isEqualTo(i + 1);
    }
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void recommend_duplicateTried_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Recommender.withDefaults().recommend(ImmutableList.of(), REMOTE_FIRST,
            ImmutableList.of(TriedIntervention.of("care_packages", TrialDecision.STOP),
                TriedIntervention.of("care_packages", TrialDecision.ADJUST))));
    assertThat(e).hasMessageThat()
        .isEqualTo("tried must list each intervention once, but tried[1] repeats 'care_packages'");
  }

  @Test
  void gapSignal_toString_hidesValueLabel() {
    GapSignal signal = GapSignal.builder()
        .from(gap(Construct.VOICE, ServedGroup.FRONTLINE, -0.5, 0.01))
        .valueLabel("night-shift-warehouse-b")
        .build();
    assertThat(signal.toString()).doesNotContain("night-shift-warehouse-b");
  }

  @Test
  void orgProfile_sizeImpliesShapes() {
    assertThat(OrgProfile.of(12).effectiveShapes()).containsExactly(OrgShape.SMALL_TEAM);
    assertThat(OrgProfile.of(800, OrgShape.REMOTE_FIRST).effectiveShapes())
        .containsExactly(OrgShape.LARGE_ORGANISATION, OrgShape.REMOTE_FIRST);
    assertThrows(IllegalArgumentException.class, () -> OrgProfile.of(0));
  }
}
