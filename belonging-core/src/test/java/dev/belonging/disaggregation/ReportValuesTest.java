package dev.belonging.disaggregation;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.testing.EqualsTester;
import dev.belonging.instrument.Construct;
import dev.belonging.stats.Interval;
import dev.belonging.workforce.Dimension;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The public builders of released values and the invariants their checks enforce. */
class ReportValuesTest {
  private static final Dimension GENDER = Dimension.sensitive("gender");
  private static final Breakdown TEAM = Breakdown.of(Dimension.TEAM);
  private static final Subgroup ENG = Subgroup.of(Dimension.TEAM, "eng");

  private static GroupStatistics statistics(long respondents) {
    return GroupStatistics.builder().respondents(respondents).build();
  }

  private static String message(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
  }

  @Test
  void disaggregationReport_publishedCellBelowItsMinimum_isRejected() {
    DisaggregationReport.Builder report = DisaggregationReport.builder().minimumGroupSize(5)
        .sensitiveMinimumGroupSize(10)
        .overall(CellResult.published(Subgroup.everyone(), statistics(5)));
    assertThat(report.build().overall().isPublished()).isTrue();
    assertThat(message(() -> DisaggregationReport.builder().from(report.build())
        .overall(CellResult.published(Subgroup.everyone(), statistics(4))).build()))
        .isEqualTo("a published cell of the whole organisation must have >= 5 respondents");
    Breakdown gender = Breakdown.of(GENDER);
    assertThat(message(() -> DisaggregationReport.builder().from(report.build())
        .addBreakdowns(BreakdownResult.builder().breakdown(gender).addCells(CellResult.published(
            Subgroup.of(GENDER, "woman"), statistics(9))).build()).build()))
        .isEqualTo("a published cell of breakdown 'gender' must have >= 10 respondents");
  }

  @Test
  void disaggregationReport_minimumsAndOverallCell_areChecked() {
    CellResult suppressed = CellResult.suppressed(Subgroup.everyone(),
        SuppressionReason.BELOW_MINIMUM);
    assertThat(message(() -> DisaggregationReport.builder().minimumGroupSize(2)
        .sensitiveMinimumGroupSize(10).overall(suppressed).build()))
        .isEqualTo("minimumGroupSize must be >= 3, but was 2");
    assertThat(message(() -> DisaggregationReport.builder().minimumGroupSize(5)
        .sensitiveMinimumGroupSize(4).overall(suppressed).build()))
        .isEqualTo("sensitiveMinimumGroupSize must be >= 5, but was 4");
    assertThat(message(() -> DisaggregationReport.builder().minimumGroupSize(5)
        .sensitiveMinimumGroupSize(5)
        .overall(CellResult.suppressed(ENG, SuppressionReason.BELOW_MINIMUM)).build()))
        .startsWith("the overall cell must fix exactly the dimensions of the whole organisation");
  }

  @Test
  void disaggregationReport_gapOfAnotherBreakdown_isRejected() {
    Gap gap = Gap.builder().breakdown(TEAM).subgroup(ENG).construct(Construct.VOICE)
        .baselineKind(Baseline.Kind.REST_OF_ORGANISATION).cellRespondents(5)
        .baselineRespondents(5).difference(0.5).build();
    assertThat(message(() -> DisaggregationReport.builder().minimumGroupSize(5)
        .sensitiveMinimumGroupSize(5)
        .overall(CellResult.published(Subgroup.everyone(), statistics(10))).addGaps(gap)
        .build()))
        .isEqualTo("the breakdown of a gap must be one of the report's, but 'team' is not");
  }

  @Test
  void breakdownResult_cellsMustBeDistinctCellsOfTheBreakdown() {
    CellResult eng = CellResult.suppressed(ENG, SuppressionReason.BELOW_MINIMUM);
    assertThat(message(() -> BreakdownResult.builder().breakdown(TEAM).addCells(eng, eng)
        .build())).isEqualTo("cells of breakdown 'team' must not repeat a subgroup");
    assertThat(message(() -> BreakdownResult.builder().breakdown(TEAM)
        .addCells(CellResult.suppressed(Subgroup.everyone(), SuppressionReason.BELOW_MINIMUM))
        .build())).startsWith("a cell must fix exactly the dimensions of breakdown 'team'");
  }

  @Test
  void itemStatistics_invariants_areChecked() {
    ItemStatistics.Builder two = ItemStatistics.builder().itemId("q1").answers(2)
        .histogram(ImmutableSortedMap.of(1, 1L, 2, 1L));
    assertThat(two.build().answers()).isEqualTo(2);
    assertThat(message(() -> ItemStatistics.builder().from(two.build()).answers(3).build()))
        .isEqualTo("histogram counts of item 'q1' must add up to its answers");
    assertThat(message(() -> ItemStatistics.builder().from(two.build()).favorable(1.5).build()))
        .isEqualTo("favorable must be in [0.0, 1.0], but was 1.5");
    assertThat(message(() -> ItemStatistics.builder().from(two.build()).mean(Double.NaN)
        .build())).isEqualTo("mean must be finite, but was NaN");
    assertThat(message(() -> ItemStatistics.builder().itemId("q1").answers(1)
        .histogram(ImmutableSortedMap.of(1, 1L)).standardDeviation(0.5).build()))
        .isEqualTo("standardDeviation must be absent with fewer than 2 answers");
    assertThat(message(() -> ItemStatistics.builder().itemId("q1").answers(0)
        .histogram(ImmutableSortedMap.of(1, 0L)).mean(1).build()))
        .isEqualTo("mean must be absent without answers");
  }

  @Test
  void scoreAndGroupStatistics_invariants_areChecked() {
    assertThat(message(() -> ScoreStatistics.builder().construct(Construct.VOICE).respondents(1)
        .answers(1).meanInterval(Interval.of(1, 2, 0.95)).build()))
        .isEqualTo("meanInterval must be absent with fewer than 2 scored respondents");
    ItemStatistics item = ItemStatistics.builder().itemId("q1").answers(2)
        .histogram(ImmutableSortedMap.of(1, 2L)).build();
    assertThat(message(() -> GroupStatistics.builder().respondents(1).addItems(item).build()))
        .isEqualTo("answers to item 'q1' must be <= respondents of the cell");
    assertThat(message(() -> GroupStatistics.builder().respondents(2).addItems(item, item)
        .build())).isEqualTo("item statistics must be unique per item, but 'q1' repeats");
  }

  @Test
  void gap_invariants_areChecked() {
    Gap.Builder gap = Gap.builder().breakdown(TEAM).subgroup(ENG).construct(Construct.VOICE)
        .baselineKind(Baseline.Kind.REST_OF_ORGANISATION).cellRespondents(5)
        .baselineRespondents(5).difference(0.5);
    assertThat(gap.build().credible()).isFalse();
    assertThat(message(() -> Gap.builder().from(gap.build())
        .baselineKind(Baseline.Kind.WHOLE_ORGANISATION).build())).startsWith(
        "baselineKind of a gap must be the kind of its breakdown's baseline");
    assertThat(message(() -> Gap.builder().from(gap.build()).p(1.25).build()))
        .isEqualTo("p must be in [0.0, 1.0], but was 1.25");
    assertThat(message(() -> Gap.builder().from(gap.build()).cellRespondents(0).build()))
        .isEqualTo("cellRespondents must be >= 1, but was 0");
    assertThat(message(() -> Gap.builder().from(gap.build()).subgroup(Subgroup.everyone())
        .build())).startsWith("the subgroup of a gap must fix exactly the dimensions");
  }

  @Test
  void responseRate_publishedAndSuppressedForms_areChecked() {
    ResponseRate published = ResponseRate.builder().subgroup(Subgroup.everyone())
        .invited(OptionalLong.of(8)).responded(OptionalLong.of(6)).rate(0.75).atRisk(false)
        .build();
    assertThat(published.rate().getAsDouble()).isEqualTo(0.75);
    assertThat(message(() -> ResponseRate.builder().from(published).rate(0.7).build()))
        .isEqualTo("rate must be responded / invited");
    assertThat(message(() -> ResponseRate.builder().from(published)
        .responded(OptionalLong.of(9)).rate(9.0 / 8).build()))
        .isEqualTo("responded must be <= invited");
    assertThat(message(() -> ResponseRate.builder().from(published)
        .suppression(SuppressionReason.BELOW_MINIMUM).build()))
        .startsWith("a suppressed response rate must have no invited");
    assertThat(message(() -> ResponseRate.builder().subgroup(Subgroup.everyone()).atRisk(false)
        .build())).isEqualTo("a published response rate must have invited, responded and rate");
  }

  @Test
  void change_differenceIsExactlyLaterMinusEarlier() {
    Change.Builder change = Change.builder().subgroup(Subgroup.everyone())
        .construct(Construct.VOICE).earlierMean(3.5).laterMean(3.75).difference(0.25);
    assertThat(TrendReport.builder().addChanges(change.q(0.01).build()).build().wins())
        .hasSize(1);
    assertThat(message(() -> Change.builder().from(change.build()).difference(0.3).build()))
        .isEqualTo("difference must be laterMean - earlierMean");
  }

  @Test
  void breakdownRequest_rejectsRepeatsAndTwoMeaningsOfADimension() {
    assertThat(BreakdownRequest.of(List.of(TEAM)).breakdowns()).containsExactly(TEAM);
    assertThat(message(() -> BreakdownRequest.of(List.of(TEAM, TEAM))))
        .isEqualTo("breakdowns must be distinct, but 'team' repeats");
    assertThat(message(() -> BreakdownRequest.of(List.of(Breakdown.of(GENDER),
        Breakdown.of(Dimension.of("gender"), Dimension.TEAM)))))
        .isEqualTo("dimension 'gender' must be sensitive in every breakdown or in none");
    new EqualsTester()
        .addEqualityGroup(BreakdownRequest.of(List.of(TEAM)), BreakdownRequest.of(List.of(TEAM)))
        .addEqualityGroup(BreakdownRequest.of(List.of()))
        .testEquals();
  }

  @Test
  void cellResult_publicFactories_giveEqualCells() {
    new EqualsTester()
        .addEqualityGroup(CellResult.published(ENG, statistics(5)),
            CellResult.published(ENG, statistics(5)))
        .addEqualityGroup(CellResult.suppressed(ENG, SuppressionReason.BELOW_MINIMUM),
            CellResult.suppressed(ENG, SuppressionReason.BELOW_MINIMUM))
        .addEqualityGroup(CellResult.suppressed(ENG, SuppressionReason.COMPLEMENTARY))
        .testEquals();
  }
}
