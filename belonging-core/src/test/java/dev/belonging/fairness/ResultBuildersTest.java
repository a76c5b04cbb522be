package dev.belonging.fairness;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import dev.belonging.workforce.Dimension;
import org.junit.jupiter.api.Test;

/** The public builders of the fairness results, for values read back from storage. */
class ResultBuildersTest {
  private static GroupImpact.Builder impact(String group) {
    return GroupImpact.builder().group(group).selected(1).size(10).rate(0.1).reference(false)
        .referenceRate(0.2).impactRatio(0.5).belowFourFifths(true).shortfall(1)
        .oneSelectionFlipsFlag(true).verdict(DisparityVerdict.FLAGGED_NOT_SUPPORTED)
        .sentence("s");
  }

  @Test
  void builders_rebuildWhatTheChecksCompute() {
    AdverseImpactResult computed = AdverseImpact.withDefaults().test(Dimension.WORK_ARRANGEMENT,
        ImmutableList.of(SelectionOutcome.of("FRONTLINE_SHIFT", 1, 10),
            SelectionOutcome.of("OFFICE", 20, 90), SelectionOutcome.of("REMOTE", 0, 3),
            SelectionOutcome.of("HYBRID", 1, 3)));
    AdverseImpactResult.Builder rebuilt = AdverseImpactResult.builder()
        .dimension(computed.dimension()).minimumGroupSize(computed.minimumGroupSize())
        .reference(computed.reference()).verdict(computed.verdict());
    for (GroupResult<GroupImpact> g : computed.groups()) {
      rebuilt.addGroup(g.published()
          .map(v -> GroupResult.published(g.group(), GroupImpact.builder().from(v).build()))
          .orElseGet(() -> GroupResult.suppressed(g.group(), g.suppression().orElseThrow())));
    }
    assertThat(rebuilt.build()).isEqualTo(computed);
  }

  @Test
  void groupImpact_outOfRangeNumbers_areRejectedByName() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> impact("a").selected(11).build())).hasMessageThat()
        .isEqualTo("selected must be <= size 10, but was 11");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> impact("a").fisherP(1.5).build())).hasMessageThat()
        .isEqualTo("fisherP must be in [0.0, 1.0], but was 1.5");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> impact("a").z(Double.NaN).build())).hasMessageThat()
        .isEqualTo("z must be finite, but was NaN");
  }

  @Test
  void result_groupsMustBeDistinct_consistent_andTheReferencePublished() {
    AdverseImpactResult.Builder base = AdverseImpactResult.builder().dimension("team")
        .minimumGroupSize(5).verdict("v");
    assertThat(assertThrows(IllegalArgumentException.class, () -> base
        .addGroup(GroupResult.published("a", impact("a").build()))
        .addGroup(GroupResult.suppressed("a", Suppression.BELOW_MINIMUM_GROUP_SIZE)).build()))
        .hasMessageThat().contains("groups[1] repeats the label");
    assertThat(assertThrows(IllegalArgumentException.class, () -> AdverseImpactResult.builder()
        .dimension("team").minimumGroupSize(5).verdict("v")
        .addGroup(GroupResult.published("a", impact("b").build())).build()))
        .hasMessageThat().contains("same group label");
    assertThat(assertThrows(IllegalArgumentException.class, () -> AdverseImpactResult.builder()
        .dimension("team").minimumGroupSize(5).verdict("v").reference("a")
        .addGroup(GroupResult.suppressed("a", Suppression.BELOW_MINIMUM_GROUP_SIZE)).build()))
        .hasMessageThat().contains("reference must be the label of a published group");
    assertThrows(IllegalArgumentException.class,
        () -> GroupResult.suppressed(" ", Suppression.BELOW_MINIMUM_GROUP_SIZE));
  }

  @Test
  void meetingVoice_firstVoiceTopicsBeyondTopics_isRejected() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> MeetingVoice.builder()
        .meetings(1).people(2).attendances(2).turns(3).topicsWithTurns(1).firstVoiceTopics(2)
        .build())).hasMessageThat().contains("firstVoiceTopics must be <= topicsWithTurns 1");
  }
}
