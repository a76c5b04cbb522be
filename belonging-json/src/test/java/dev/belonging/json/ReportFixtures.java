package dev.belonging.json;

import com.google.common.collect.ImmutableSortedMap;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.disaggregation.Baseline;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.BreakdownRequest;
import dev.belonging.disaggregation.BreakdownResult;
import dev.belonging.disaggregation.CellResult;
import dev.belonging.disaggregation.Change;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.Gap;
import dev.belonging.disaggregation.GroupStatistics;
import dev.belonging.disaggregation.ItemStatistics;
import dev.belonging.disaggregation.ResponseRate;
import dev.belonging.disaggregation.ScoreStatistics;
import dev.belonging.disaggregation.Subgroup;
import dev.belonging.disaggregation.SuppressionReason;
import dev.belonging.disaggregation.TrendReport;
import dev.belonging.instrument.Construct;
import dev.belonging.stats.Interval;
import dev.belonging.workforce.Dimension;
import java.util.List;
import java.util.OptionalLong;

/**
 * The values of the golden files of policies, breakdown requests and reports, built by hand
 * through the domain's public builders. The numbers are made-up inputs chosen to satisfy the
 * domain's invariants (histograms add up, rates are responded / invited); they are not expected
 * results of any computation.
 */
final class ReportFixtures {
  private ReportFixtures() {}

  static final Breakdown TEAM = Breakdown.of(Dimension.TEAM);
  static final Subgroup OFFICE = Subgroup.of(Dimension.WORK_ARRANGEMENT, "OFFICE");
  static final Breakdown ARRANGEMENT = Breakdown.of(Dimension.WORK_ARRANGEMENT)
      .withBaseline(Baseline.referenceGroup(OFFICE));
  static final Breakdown GENDER = Breakdown.of(Fixtures.GENDER)
      .withBaseline(Baseline.wholeOrganisation());
  static final Breakdown ARRANGEMENT_BY_TENURE =
      Breakdown.of(Dimension.WORK_ARRANGEMENT, Dimension.TENURE);

  /** A policy with no default value. */
  static AnonymityPolicy policy() {
    return AnonymityPolicy.withDefaults().withSensitiveMinimum(15).withCommentMinimum(12)
        .withMinimumGroupSize(7).withResponseRateMinimum(4).withCoalitionSize(0);
  }

  /** Singles, an intersection, and every kind of baseline. */
  static BreakdownRequest breakdownRequest() {
    return BreakdownRequest.of(List.of(TEAM, ARRANGEMENT_BY_TENURE, GENDER, ARRANGEMENT));
  }

  private static Interval ci(double lower, double upper) {
    return Interval.of(lower, upper, 0.95);
  }

  private static ItemStatistics item(String id, long... counts) {
    ImmutableSortedMap.Builder<Integer, Long> histogram = ImmutableSortedMap.naturalOrder();
    long n = 0;
    for (int p = 0; p < counts.length; p++) {
      histogram.put(p + 1, counts[p]);
      n += counts[p];
    }
    ItemStatistics.Builder b = ItemStatistics.builder().itemId(id).answers(n)
        .histogram(histogram.build());
    if (n == 1) {
      return b.mean(4).score(75).favorable(1).favorableInterval(ci(0.20654329147389294, 1))
          .build();
    }
    return b.mean(3.7).standardDeviation(1.1).meanInterval(ci(3.35, 4.05)).favorable(0.65)
        .favorableInterval(ci(0.5, 0.78)).score(67.5).build();
  }

  private static ScoreStatistics score(Construct construct, long respondents) {
    ScoreStatistics.Builder b = ScoreStatistics.builder().construct(construct)
        .respondents(respondents).answers(respondents);
    if (respondents == 1) {
      return b.mean(4).score(75).favorable(1).favorableInterval(ci(0.20654329147389294, 1))
          .build();
    }
    return b.mean(3.625).standardDeviation(0.8125).meanInterval(ci(3.25, 4)).score(65.625)
        .favorable(0.5).favorableInterval(ci(0.3, 0.7)).build();
  }

  private static CellResult published(Subgroup subgroup, long respondents, long voiceAnswers) {
    long[] belonging = {0, 1, 2, respondents - 4, 1};
    long[] voice = voiceAnswers == 1 ? new long[] {0, 0, 0, 1, 0}
        : new long[] {1, 1, 1, voiceAnswers - 3, 0};
    return CellResult.published(subgroup, GroupStatistics.builder().respondents(respondents)
        .addItems(item("belonging.fit", belonging), item("voice.heard", voice))
        .addConstructs(score(Construct.BELONGING, respondents), score(Construct.VOICE,
            voiceAnswers))
        .build());
  }

  /**
   * A report with published and suppressed cells (both reasons), a sensitive breakdown, every
   * kind of baseline, gaps with and without their optional statistics, and response rates.
   */
  static DisaggregationReport report() {
    Subgroup eng = Subgroup.of(Dimension.TEAM, "eng");
    Subgroup ops = Subgroup.of(Dimension.TEAM, "ops");
    Subgroup remote = Subgroup.of(Dimension.WORK_ARRANGEMENT, "REMOTE");
    Subgroup hybrid = Subgroup.of(Dimension.WORK_ARRANGEMENT, "HYBRID");
    Subgroup woman = Subgroup.of(Fixtures.GENDER, "woman");
    Subgroup man = Subgroup.of(Fixtures.GENDER, "man");
    Subgroup nonbinary = Subgroup.of(Fixtures.GENDER, "nonbinary");
    return DisaggregationReport.builder()
        .minimumGroupSize(5).sensitiveMinimumGroupSize(10)
        .overall(published(Subgroup.everyone(), 40, 38))
        .addBreakdowns(
            BreakdownResult.builder().breakdown(TEAM).addCells(published(eng, 22, 1),
                CellResult.suppressed(ops, SuppressionReason.BELOW_MINIMUM)).build(),
            BreakdownResult.builder().breakdown(ARRANGEMENT).addCells(
                CellResult.suppressed(hybrid, SuppressionReason.COMPLEMENTARY),
                published(OFFICE, 12, 12), published(remote, 9, 8)).build(),
            BreakdownResult.builder().breakdown(GENDER).addCells(published(man, 15, 15),
                CellResult.suppressed(nonbinary, SuppressionReason.BELOW_MINIMUM),
                published(woman, 18, 17)).build())
        .addGaps(
            Gap.builder().breakdown(TEAM).subgroup(eng).construct(Construct.BELONGING)
                .baselineKind(Baseline.Kind.REST_OF_ORGANISATION).cellRespondents(22)
                .baselineRespondents(18).difference(-0.45).differenceInterval(ci(-0.9, 0))
                .t(-2.01).degreesOfFreedom(36.5).p(0.052).q(0.104).hedgesG(-0.62)
                .favorableDifference(-0.2).favorableDifferenceInterval(ci(-0.45, 0.08))
                .minimumDetectableDifference(0.91).build(),
            Gap.builder().breakdown(ARRANGEMENT).subgroup(remote).construct(Construct.VOICE)
                .baselineKind(Baseline.Kind.REFERENCE_GROUP).cellRespondents(8)
                .baselineRespondents(12).difference(0.25).build(),
            Gap.builder().breakdown(GENDER).subgroup(woman).construct(Construct.BELONGING)
                .baselineKind(Baseline.Kind.WHOLE_ORGANISATION).cellRespondents(18)
                .baselineRespondents(40).difference(-0.75).differenceInterval(ci(-1.2, -0.3))
                .t(-3.4).degreesOfFreedom(41.25).p(0.0015).q(0.009).hedgesG(-0.8)
                .favorableDifference(-0.25).favorableDifferenceInterval(ci(-0.5, -0.02))
                .minimumDetectableDifference(0.7).build())
        .addResponseRates(
            rate(null, Subgroup.everyone(), 50, 40, false),
            rate(TEAM, eng, 40, 22, true),
            ResponseRate.builder().breakdown(TEAM).subgroup(ops)
                .suppression(SuppressionReason.BELOW_MINIMUM).atRisk(false).build())
        .build();
  }

  private static ResponseRate rate(Breakdown breakdown, Subgroup subgroup, long invited,
      long responded, boolean atRisk) {
    ResponseRate.Builder b = ResponseRate.builder().subgroup(subgroup)
        .invited(OptionalLong.of(invited)).responded(OptionalLong.of(responded))
        .rate((double) responded / invited).atRisk(atRisk);
    if (breakdown != null) {
      b.breakdown(breakdown);
    }
    return b.build();
  }

  /** The smallest report: the whole organisation suppressed, no breakdown. */
  static DisaggregationReport minimalReport() {
    return DisaggregationReport.builder().minimumGroupSize(5).sensitiveMinimumGroupSize(10)
        .overall(CellResult.suppressed(Subgroup.everyone(), SuppressionReason.BELOW_MINIMUM))
        .build();
  }

  /** Changes of the whole organisation and of a team, one of them a win. */
  static TrendReport trendReport() {
    return TrendReport.builder().addChanges(
        Change.builder().subgroup(Subgroup.everyone()).construct(Construct.BELONGING)
            .earlierMean(3.5).laterMean(3.75).difference(0.25).differenceInterval(ci(0.1, 0.4))
            .p(0.001).q(0.002).build(),
        Change.builder().breakdown(TEAM).subgroup(Subgroup.of(Dimension.TEAM, "eng"))
            .construct(Construct.VOICE).earlierMean(3.25).laterMean(3).difference(-0.25)
            .differenceInterval(ci(-0.6, 0.1)).p(0.16).q(0.16).build(),
        Change.builder().breakdown(TEAM).subgroup(Subgroup.of(Dimension.TEAM, "sales"))
            .construct(Construct.VOICE).earlierMean(3).laterMean(3).difference(0).build())
        .build();
  }
}
