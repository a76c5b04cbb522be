package dev.belonging.disaggregation;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.internal.stats.MinimumDetectableDifference;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.Roster;
import dev.belonging.workforce.TenureBands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class DisaggregationTest {
  private static final String[] ITEMS = {"v1", "v2", "r1", "r2"};
  private static final Dimension GENDER = Dimension.sensitive("gender");

  private static List<Response> group(String prefix, int count, Map<Dimension, String> attributes,
      int... answers) {
    List<Response> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int[] varied = answers.clone();
      varied[0] = 1 + (answers[0] - 1 + i) % 5;
      result.add(Surveys.response(prefix + i, attributes, ITEMS, varied));
    }
    return result;
  }

  private static Disaggregation byArrangement() {
    return Disaggregation.of(Surveys.FOUR_ITEMS)
        .withBreakdowns(List.of(Breakdown.of(Dimension.WORK_ARRANGEMENT)));
  }

  private static List<Response> remoteAndOffice(int remote, int office) {
    List<Response> responses = new ArrayList<>();
    responses.addAll(group("r", remote, Map.of(Dimension.WORK_ARRANGEMENT, "REMOTE"), 2, 4, 2, 1));
    responses.addAll(group("o", office, Map.of(Dimension.WORK_ARRANGEMENT, "OFFICE"), 4, 2, 4, 5));
    return responses;
  }

  @Test
  void report_cellBelowMinimum_suppressedWithoutNumbers() {
    Disaggregation d = byArrangement();
    DisaggregationReport report = d.report(d.aggregate(remoteAndOffice(4, 12)));
    List<CellResult> cells = report.breakdowns().get(0).cells();
    assertThat(cells).hasSize(2);
    CellResult office = cells.get(0);
    CellResult remote = cells.get(1);
    assertThat(office.subgroup()).isEqualTo(Subgroup.of(Dimension.WORK_ARRANGEMENT, "OFFICE"));
    assertThat(remote).isInstanceOf(CellResult.Suppressed.class);
    assertThat(((CellResult.Suppressed) remote).reason())
        .isEqualTo(SuppressionReason.BELOW_MINIMUM);
    assertThat(remote.statistics()).isEmpty();
    // Office (12) next to the published total (16) would reveal remote (4): the filter-and-
    // complement attack. The exact check suppresses office as its complement.
    assertThat(office).isInstanceOf(CellResult.Suppressed.class);
    assertThat(((CellResult.Suppressed) office).reason())
        .isEqualTo(SuppressionReason.COMPLEMENTARY);
    assertThat(office.statistics()).isEmpty();
    assertThat(report.overall().statistics().orElseThrow().respondents()).isEqualTo(16);
    assertThat(report.gaps()).isEmpty();
    assertThat(report.suppressedCount()).isEqualTo(2);
  }

  @Test
  void report_itemStatistics_keyedHistogramAndScore() {
    Disaggregation d = byArrangement();
    DisaggregationReport report = d.report(d.aggregate(remoteAndOffice(5, 5)));
    GroupStatistics remote = report.breakdowns().get(0).cells().get(1).statistics().orElseThrow();
    ItemStatistics v2 = remote.item("v2").orElseThrow();
    // Answered 4 on a reverse-keyed 1..5 item: keyed 2 for all five.
    assertThat(v2.histogram()).containsExactly(1, 0L, 2, 5L, 3, 0L, 4, 0L, 5, 0L).inOrder();
    assertThat(v2.mean()).isEqualTo(OptionalDouble.of(2.0));
    assertThat(v2.standardDeviation()).isEqualTo(OptionalDouble.of(0.0));
    assertThat(v2.score()).isEqualTo(OptionalDouble.of(25.0));
    assertThat(v2.favorable()).isEqualTo(OptionalDouble.of(0.0));
    ItemStatistics v1 = remote.item("v1").orElseThrow();
    // Answers 2, 3, 4, 5, 1.
    assertThat(v1.mean()).isEqualTo(OptionalDouble.of(3.0));
    assertThat(v1.favorable()).isEqualTo(OptionalDouble.of(0.4));
    ScoreStatistics voice = remote.construct(Construct.VOICE).orElseThrow();
    assertThat(voice.respondents()).isEqualTo(5);
    assertThat(voice.mean().getAsDouble()).isWithin(1e-12).of(2.5);
  }

  @Test
  void report_constructScoreMeanOfAnsweredItems_exact() {
    Disaggregation d = Disaggregation.of(Surveys.FOUR_ITEMS).withMinimumGroupSize(3);
    // Scores: mean(3, 6-2=4) = 3.5; only v1 = 5 -> 5; mean(1, 6-1=5) = 3.
    List<Response> responses = List.of(
        Surveys.response("a", Map.of(), ITEMS, 3, 2, 0, 0),
        Surveys.response("b", Map.of(), ITEMS, 5, 0, 0, 0),
        Surveys.response("c", Map.of(), ITEMS, 1, 1, 0, 0));
    ScoreStatistics voice = d.report(d.aggregate(responses)).overall().statistics().orElseThrow()
        .construct(Construct.VOICE).orElseThrow();
    assertThat(voice.respondents()).isEqualTo(3);
    assertThat(voice.mean().getAsDouble()).isWithin(1e-12).of((3.5 + 5 + 3) / 3);
    double m = (3.5 + 5 + 3) / 3;
    double var = ((3.5 - m) * (3.5 - m) + (5 - m) * (5 - m) + (3 - m) * (3 - m)) / 2;
    assertThat(voice.standardDeviation().getAsDouble()).isWithin(1e-12).of(Math.sqrt(var));
    ScoreStatistics recognition = d.report(d.aggregate(responses)).overall().statistics()
        .orElseThrow().construct(Construct.RECOGNITION).orElseThrow();
    assertThat(recognition.respondents()).isEqualTo(0);
    assertThat(recognition.mean()).isEqualTo(OptionalDouble.empty());
    assertThat(recognition.favorable()).isEqualTo(OptionalDouble.empty());
  }

  @Test
  void report_teamRollsUpHierarchy() {
    Disaggregation d = Disaggregation.of(Surveys.FOUR_ITEMS).withHierarchy(TallyProperties.TEAMS)
        .withBreakdowns(List.of(Breakdown.of(Dimension.TEAM)));
    List<Response> responses = new ArrayList<>();
    responses.addAll(group("p", 5, Map.of(Dimension.TEAM, "eng/platform"), 3, 3, 3, 3));
    responses.addAll(group("a", 6, Map.of(Dimension.TEAM, "eng/apps"), 3, 3, 3, 3));
    // Five people sit directly in eng: with fewer, eng minus its two sub-teams would reveal them.
    responses.addAll(group("e", 5, Map.of(Dimension.TEAM, "eng"), 3, 3, 3, 3));
    DisaggregationReport report = d.report(d.aggregate(responses));
    List<CellResult> cells = report.breakdowns().get(0).cells();
    assertThat(cells.stream().map(c -> c.subgroup().values().get(Dimension.TEAM)))
        .containsExactly("eng", "eng/platform", "eng/apps").inOrder();
    assertThat(cells.get(0).statistics().orElseThrow().respondents()).isEqualTo(16);
    assertThat(cells.get(1).statistics().orElseThrow().respondents()).isEqualTo(5);
    assertThat(cells.get(2).statistics().orElseThrow().respondents()).isEqualTo(6);
  }

  @Test
  void aggregate_teamOutsideHierarchy_rejectedWithoutValue() {
    Disaggregation d = Disaggregation.of(Surveys.FOUR_ITEMS).withHierarchy(TallyProperties.TEAMS)
        .withBreakdowns(List.of(Breakdown.of(Dimension.TEAM)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.aggregate(
        List.of(Surveys.response("secret-id", Map.of(Dimension.TEAM, "secret-team"), ITEMS, 1))));
    assertThat(e).hasMessageThat().contains("dimension 'team'");
    assertThat(e).hasMessageThat().doesNotContain("secret");
  }

  @Test
  void aggregate_unknownItemOrOffScale_rejectedWithoutAnswer() {
    Disaggregation d = byArrangement();
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> d.aggregate(List.of(Response.of("secret-id", Attributes.none(), Map.of("x9", 4)))));
    assertThat(unknown).hasMessageThat().contains("'x9'");
    assertThat(unknown).hasMessageThat().doesNotContain("secret");
    IllegalArgumentException off = assertThrows(IllegalArgumentException.class,
        () -> d.aggregate(List.of(Response.of("secret-id", Attributes.none(), Map.of("v1", 77)))));
    assertThat(off).hasMessageThat().doesNotContain("77");
  }

  @Test
  void report_sensitiveBreakdown_usesStricterMinimum() {
    Disaggregation d = Disaggregation.of(Surveys.FOUR_ITEMS)
        .withBreakdowns(List.of(Breakdown.of(GENDER)));
    List<Response> responses = new ArrayList<>();
    responses.addAll(group("w", 9, Map.of(GENDER, "woman"), 3, 3, 3, 3));
    responses.addAll(group("m", 10, Map.of(GENDER, "man"), 3, 3, 3, 3));
    DisaggregationReport report = d.report(d.aggregate(responses));
    assertThat(report.sensitiveMinimumGroupSize()).isEqualTo(10);
    List<CellResult> cells = report.breakdowns().get(0).cells();
    // Nine women: at least the general minimum of 5, below the sensitive minimum of 10.
    assertThat(((CellResult.Suppressed) cells.get(1)).reason())
        .isEqualTo(SuppressionReason.BELOW_MINIMUM);
    assertThat(cells.get(1).subgroup().sensitive()).isTrue();
    // With only two groups, the other one would reveal the nine through the total.
    assertThat(((CellResult.Suppressed) cells.get(0)).reason())
        .isEqualTo(SuppressionReason.COMPLEMENTARY);
  }

  @Test
  void report_baselines_restWholeAndReference() {
    List<Response> responses = remoteAndOffice(8, 10);
    responses.addAll(group("h", 6, Map.of(Dimension.WORK_ARRANGEMENT, "HYBRID"), 3, 3, 3, 3));
    Breakdown arrangement = Breakdown.of(Dimension.WORK_ARRANGEMENT);
    Subgroup office = Subgroup.of(Dimension.WORK_ARRANGEMENT, "OFFICE");
    for (Baseline baseline : List.of(Baseline.restOfOrganisation(), Baseline.wholeOrganisation(),
        Baseline.referenceGroup(office))) {
      Disaggregation d = Disaggregation.of(Surveys.FOUR_ITEMS)
          .withBreakdowns(List.of(arrangement.withBaseline(baseline)));
      DisaggregationReport report = d.report(d.aggregate(responses));
      Gap remoteVoice = report.gaps().stream()
          .filter(g -> g.subgroup().values().get(Dimension.WORK_ARRANGEMENT).equals("REMOTE")
              && g.construct().equals(Construct.VOICE))
          .findFirst().orElseThrow();
      assertThat(remoteVoice.baselineKind()).isEqualTo(baseline.kind());
      long expectedBaseline = baseline.kind() == Baseline.Kind.REST_OF_ORGANISATION ? 16
          : baseline.kind() == Baseline.Kind.WHOLE_ORGANISATION ? 24 : 10;
      assertThat(remoteVoice.baselineRespondents()).isEqualTo(expectedBaseline);
      assertThat(remoteVoice.difference()).isLessThan(0);
      // Eight remote respondents: only gaps above about 1.1-1.3 SD are detectable at 80% power.
      MinimumDetectableDifference detectable = MinimumDetectableDifference.withDefaults();
      double expectedDetectable = baseline.kind() == Baseline.Kind.WHOLE_ORGANISATION
          ? detectable.againstWhole(8, 24).getAsDouble()
          : detectable.inStandardDeviations(8, expectedBaseline).getAsDouble();
      assertThat(remoteVoice.minimumDetectableDifference().getAsDouble())
          .isEqualTo(expectedDetectable);
      assertThat(expectedDetectable).isIn(Range.open(0.5, 1.5));
      if (baseline.kind() == Baseline.Kind.REFERENCE_GROUP) {
        assertThat(report.gaps().stream().noneMatch(g -> g.subgroup().equals(office))).isTrue();
      }
    }
  }

  @Test
  void breakdown_referenceGroupOfOtherDimensions_rejected() {
    assertThrows(IllegalArgumentException.class, () -> Breakdown.of(Dimension.ROLE)
        .withBaseline(Baseline.referenceGroup(Subgroup.of(Dimension.TEAM, "eng"))));
    assertThrows(IllegalArgumentException.class,
        () -> Breakdown.of(Dimension.ROLE, Dimension.ROLE));
    assertThat(Breakdown.singlesAndPairs(List.of(Dimension.TEAM, Dimension.ROLE, GENDER)))
        .hasSize(6);
  }

  @Test
  void report_responseRates_flagAndSuppress() {
    Disaggregation d = byArrangement().withResponseRateWarning(0.6);
    List<Attributes> invited = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      invited.add(Attributes.of(ImmutableMap.of(Dimension.WORK_ARRANGEMENT, "OFFICE")));
    }
    for (int i = 0; i < 10; i++) {
      invited.add(Attributes.of(ImmutableMap.of(Dimension.WORK_ARRANGEMENT, "REMOTE")));
    }
    for (int i = 0; i < 8; i++) {
      invited.add(Attributes.of(ImmutableMap.of(Dimension.WORK_ARRANGEMENT, "HYBRID")));
    }
    List<Response> responses = remoteAndOffice(4, 10);
    responses.addAll(group("h", 7, Map.of(Dimension.WORK_ARRANGEMENT, "HYBRID"), 3, 3, 3, 3));
    DisaggregationReport report = d.report(d.aggregate(responses), Roster.of(invited));
    assertThat(report.responseRates()).hasSize(4);
    ResponseRate overall = report.responseRates().get(0);
    assertThat(overall.rate().getAsDouble()).isWithin(1e-12).of(21.0 / 38);
    assertThat(overall.atRisk()).isTrue();
    ResponseRate office = rateOf(report, "OFFICE");
    assertThat(office.invited().getAsLong()).isEqualTo(20);
    assertThat(office.rate().getAsDouble()).isWithin(1e-12).of(0.5);
    assertThat(office.atRisk()).isTrue();
    // Hybrid (7) would reveal remote (4) next to the total and office: its complement.
    assertThat(rateOf(report, "HYBRID").suppression())
        .hasValue(SuppressionReason.COMPLEMENTARY);
    ResponseRate remote = rateOf(report, "REMOTE");
    assertThat(remote.suppression()).hasValue(SuppressionReason.BELOW_MINIMUM);
    assertThat(remote.rate()).isEqualTo(OptionalDouble.empty());
    assertThat(remote.invited().isPresent()).isFalse();
  }

  @Test
  void trend_improvement_isAWin() {
    Disaggregation d = byArrangement();
    List<Response> before = remoteAndOffice(30, 30);
    List<Response> after = new ArrayList<>();
    after.addAll(group("r", 30, Map.of(Dimension.WORK_ARRANGEMENT, "REMOTE"), 4, 2, 2, 1));
    after.addAll(group("o", 30, Map.of(Dimension.WORK_ARRANGEMENT, "OFFICE"), 4, 2, 4, 5));
    TrendReport trend = d.trend(d.aggregate(before), d.aggregate(after));
    Change remoteVoice = trend.changes().stream()
        .filter(c -> c.breakdown().isPresent() && c.construct().equals(Construct.VOICE)
            && c.subgroup().values().get(Dimension.WORK_ARRANGEMENT).equals("REMOTE"))
        .findFirst().orElseThrow();
    assertThat(remoteVoice.difference()).isWithin(1e-12).of(1.0);
    assertThat(remoteVoice.win()).isTrue();
    assertThat(trend.wins()).contains(remoteVoice);
    Change officeRecognition = trend.changes().stream()
        .filter(c -> c.breakdown().isPresent() && c.construct().equals(Construct.RECOGNITION)
            && c.subgroup().values().get(Dimension.WORK_ARRANGEMENT).equals("OFFICE"))
        .findFirst().orElseThrow();
    assertThat(officeRecognition.difference()).isEqualTo(0.0);
    assertThat(officeRecognition.win()).isFalse();
  }

  @Test
  void trend_changedItem_constructNotCompared() {
    Instrument changed = Instrument.builder().from(Surveys.FOUR_ITEMS).version("2.0.0")
        .items(List.of(Surveys.FOUR_ITEMS.items().get(0), Surveys.FOUR_ITEMS.items().get(1),
            Item.agreement("r1", Construct.RECOGNITION, "New wording of r1."),
            Surveys.FOUR_ITEMS.items().get(3)))
        .build();
    Disaggregation earlier = byArrangement();
    Disaggregation later = Disaggregation.of(changed)
        .withBreakdowns(List.of(Breakdown.of(Dimension.WORK_ARRANGEMENT)));
    TrendReport trend = later.trend(earlier.aggregate(remoteAndOffice(10, 10)),
        later.aggregate(remoteAndOffice(10, 10)));
    assertThat(trend.changes()).isNotEmpty();
    assertThat(trend.changes().stream().allMatch(c -> c.construct().equals(Construct.VOICE)))
        .isTrue();
  }

  @Test
  void report_degenerateData_neverNaN() {
    Disaggregation d = byArrangement().withMinimumGroupSize(3).withTenureBands(
        TenureBands.standard());
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      responses.add(Surveys.response("s" + i, Map.of(Dimension.WORK_ARRANGEMENT, "REMOTE"),
          ITEMS, 3, 3, 0, 0));
      responses.add(Surveys.response("t" + i, Map.of(Dimension.WORK_ARRANGEMENT, "OFFICE"),
          ITEMS, 3, 3, 0, 0));
    }
    DisaggregationReport report = d.report(d.aggregate(responses));
    String dump = report.breakdowns().toString() + report.gaps();
    List<Double> numbers = new ArrayList<>();
    report.gaps().forEach(g -> {
      numbers.add(g.difference());
      g.t().ifPresent(numbers::add);
      g.p().ifPresent(numbers::add);
      g.q().ifPresent(numbers::add);
      g.hedgesG().ifPresent(numbers::add);
      g.favorableDifference().ifPresent(numbers::add);
      assertThat(g.t()).isEqualTo(OptionalDouble.empty()); // zero variance on both sides
      assertThat(g.credible()).isFalse();
    });
    report.breakdowns().forEach(b -> b.cells().forEach(c -> c.statistics().ifPresent(s -> {
      s.items().forEach(i -> {
        i.mean().ifPresent(numbers::add);
        i.standardDeviation().ifPresent(numbers::add);
        i.score().ifPresent(numbers::add);
        i.favorable().ifPresent(numbers::add);
      });
      s.constructs().forEach(k -> {
        k.mean().ifPresent(numbers::add);
        k.standardDeviation().ifPresent(numbers::add);
      });
    })));
    assertThat(numbers).isNotEmpty();
    assertThat(numbers.stream().allMatch(Double::isFinite)).isTrue();
    assertThat(dump).doesNotContain("REMOTE");
  }

  @Test
  void toString_neverShowsRespondentData() {
    Disaggregation d = byArrangement();
    List<Response> responses = remoteAndOffice(6, 7);
    Tally tally = d.aggregate(responses);
    DisaggregationReport report = d.report(tally);
    ResponseTable.Builder table = d.tableBuilder()
        .dimensionValues(Dimension.WORK_ARRANGEMENT, List.of("REMOTE", "OFFICE"));
    responses.forEach(table::add);
    String all = tally + " " + report + " " + report.breakdowns() + " " + report.gaps() + " "
        + report.overall() + " " + table.build() + " " + d + " "
        + report.breakdowns().get(0).cells().get(0).statistics().orElseThrow();
    assertThat(all).doesNotContain("REMOTE");
    assertThat(all).doesNotContain("OFFICE");
    assertThat(all).doesNotContain("r0");
    assertThat(all).doesNotContain("=6");
    assertThat(all).doesNotContain("=7");
  }

  @Test
  void aggregate_tableOfOtherDisaggregation_rejected() {
    ResponseTable table = byArrangement().tableBuilder().build();
    Disaggregation other = Disaggregation.of(Surveys.THREE_ITEMS);
    assertThrows(IllegalArgumentException.class, () -> other.aggregate(table));
    assertThrows(IllegalArgumentException.class,
        () -> other.report(byArrangement().aggregate(List.of())));
    assertThrows(IllegalArgumentException.class, () -> byArrangement().withMinimumGroupSize(2));
    assertThrows(IllegalArgumentException.class,
        () -> byArrangement().withResponseRateWarning(Double.NaN));
  }

  @Test
  void largestCredibleGaps_rankedByConservativeSize() {
    Disaggregation d = byArrangement();
    DisaggregationReport report = d.report(d.aggregate(remoteAndOffice(40, 60)));
    List<Gap> ranking = report.largestCredibleGaps(Construct.VOICE, 5);
    assertThat(ranking).isNotEmpty();
    assertThat(ranking.get(0).subgroup().values().get(Dimension.WORK_ARRANGEMENT))
        .isEqualTo("REMOTE");
    assertThat(ranking.get(0).conservativeDifference()).isLessThan(0);
    // 40 against 60: gaps of about 0.6 SD are detectable, far smaller than with 8 against 16.
    assertThat(ranking.get(0).minimumDetectableDifference().getAsDouble()).isEqualTo(
        MinimumDetectableDifference.withDefaults().inStandardDeviations(40, 60).getAsDouble());
    assertThat(ranking.get(0).minimumDetectableDifference().getAsDouble()).isLessThan(
        MinimumDetectableDifference.withDefaults().inStandardDeviations(8, 16).getAsDouble());
    assertThat(report.largestCredibleGaps(Construct.RECOGNITION, 0)).isEmpty();
    assertThat(Optional.of(ranking.get(0).credible())).hasValue(true);
  }

  private static ResponseRate rateOf(DisaggregationReport report, String arrangement) {
    Subgroup subgroup = Subgroup.of(Dimension.WORK_ARRANGEMENT, arrangement);
    return report.responseRates().stream().filter(r -> r.subgroup().equals(subgroup))
        .findFirst().orElseThrow();
  }
}
