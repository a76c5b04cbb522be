package dev.belonging.intervention;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.Disaggregation;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** From a disaggregation report to recommendations: published gaps only. */
class GapSignalFromReportTest {
  private static final Instrument SURVEY = Instrument.builder().id("t").version("1.0.0")
      .title("Test").addItems(
          Item.frequency("c1", Construct.CONNECTION, "How often did you chat with a colleague?"),
          Item.frequency("c2", Construct.CONNECTION, "How often did you meet someone new?"),
          Item.frequency("v1", Construct.VOICE, "How often did you disagree openly with a plan?"))
      .build();

  private static void add(List<Response> responses, String arrangement, int count, int low) {
    for (int i = 0; i < count; i++) {
      int connection = low > 0 ? 1 + i % 2 : 3 + i % 3;
      responses.add(Response.of(arrangement + i,
          Attributes.of(Map.of(Dimension.WORK_ARRANGEMENT, arrangement)),
          Map.of("c1", connection, "c2", connection, "v1", 3 + i % 3)));
    }
  }

  private static DisaggregationReport report() {
    List<Response> responses = new ArrayList<>();
    add(responses, "OFFICE", 40, 0);
    add(responses, "REMOTE", 20, 1);       // planted: remote staff rarely connect
    add(responses, "FRONTLINE_SHIFT", 6, 0);
    add(responses, "HYBRID", 2, 0);        // below the minimum
    Disaggregation d = Disaggregation.of(SURVEY)
        .withBreakdowns(List.of(Breakdown.of(Dimension.WORK_ARRANGEMENT)));
    return d.report(d.aggregate(responses));
  }

  @Test
  void fromReport_remoteConnectionGap_servedGroupAndCredible() {
    List<GapSignal> signals = GapSignal.fromReport(report());
    GapSignal remote = signals.stream()
        .filter(s -> s.valueLabel().equals("REMOTE") && s.construct().equals(Construct.CONNECTION))
        .findFirst().orElseThrow();
    assertThat(remote.servedGroup()).hasValue(ServedGroup.REMOTE_STAFF);
    assertThat(remote.credible()).isTrue();
    assertThat(remote.hedgesG()).isLessThan(-0.5);
    assertThat(remote.n()).isEqualTo(20);
  }

  @Test
  void fromReport_suppressedCells_neverBecomeSignals() {
    // Hybrid (2) is below the minimum; frontline (6) would reveal it through the total, so the
    // disclosure check suppresses it too: neither may influence a recommendation.
    List<GapSignal> signals = GapSignal.fromReport(report());
    assertThat(signals.stream().map(GapSignal::valueLabel).distinct())
        .containsNoneOf("HYBRID", "FRONTLINE_SHIFT");
  }

  @Test
  void recommend_fromReport_remoteConnectionFirst() {
    Recommendations recommendations = Recommender.withDefaults().recommend(
        GapSignal.fromReport(report()), OrgProfile.of(68, OrgShape.REMOTE_FIRST),
        ImmutableList.of());
    Recommendation first = recommendations.entries().get(0);
    Intervention intervention = first.intervention().orElseThrow();
    assertThat(intervention.targets()).contains(Construct.CONNECTION);
    assertThat(intervention.servedGroups()).contains(ServedGroup.REMOTE_STAFF);
  }
}
