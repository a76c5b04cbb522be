package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.disaggregation.Baseline;
import dev.belonging.disaggregation.BreakdownRequest;
import dev.belonging.disaggregation.Change;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.Subgroup;
import dev.belonging.disaggregation.TrendReport;
import dev.belonging.instrument.Construct;
import dev.belonging.workforce.Dimension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules, error messages and limits of the policy, breakdown-request and report documents. */
class ReportDocumentsTest {
  private static final BelongingJson JSON = BelongingJson.defaults();
  private static final String POLICY = Fixtures.resource("/golden/v1/anonymity-policy.json");
  private static final String REQUEST = Fixtures.resource("/golden/v1/breakdown-request.json");
  private static final String REPORT = Fixtures.resource("/golden/v1/report.json");
  private static final String MINIMAL = Fixtures.resource("/golden/v1/report-minimal.json");
  private static final String TREND = Fixtures.resource("/golden/v1/trend-report.json");

  private static WireFormatException reportError(String json) {
    return assertThrows(WireFormatException.class, () -> JSON.readReport(json));
  }

  private static String replaceOnce(String text, String target, String replacement) {
    int at = text.indexOf(target);
    assertThat(at).isAtLeast(0);
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  // ---------------------------------------------------------------- anonymity policies

  @Test
  void readAnonymityPolicy_minimumBelowThree_namesTheFieldAndTheCoreRule() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.readAnonymityPolicy(POLICY.replace("\"minimumGroupSize\":7",
            "\"minimumGroupSize\":2")));
    assertThat(e.pointer()).isEqualTo("/minimumGroupSize");
    assertThat(e.rule()).isEqualTo("minimumGroupSize must be >= 3, but was 2");
    assertThat(e.formatVersion()).isEqualTo("1.0");
  }

  @Test
  void readAnonymityPolicy_commentMinimumBelowK_pointsAtCommentMinimum() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.readAnonymityPolicy(POLICY.replace("\"commentMinimum\":12",
            "\"commentMinimum\":6")));
    assertThat(e.pointer()).isEqualTo("/commentMinimum");
    assertThat(e.rule()).isEqualTo("commentMinimum must be >= 7, but was 6");
  }

  @Test
  void readAnonymityPolicy_missingField_isRequiredNotDefaulted() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.readAnonymityPolicy(POLICY.replace(",\"coalitionSize\":0", "")));
    assertThat(e.pointer()).isEqualTo("/coalitionSize");
    assertThat(e.rule()).isEqualTo("is required and must not be null");
  }

  @Test
  void readAnonymityPolicy_higherMinimumsInAnyOrder_areAccepted() {
    String json = "{\"format\":\"belonging.anonymity-policy\",\"version\":\"1.0\","
        + "\"minimumGroupSize\":40,\"responseRateMinimum\":3,\"commentMinimum\":40,"
        + "\"sensitiveMinimum\":41,\"coalitionSize\":1}";
    assertThat(JSON.readAnonymityPolicy(json)).isEqualTo(AnonymityPolicy.withDefaults()
        .withCommentMinimum(40).withSensitiveMinimum(41).withMinimumGroupSize(40)
        .withResponseRateMinimum(3));
  }

  @Test
  void readAnonymityPolicy_newerMinorWithUnknownField_isRejectedNamingBothVersions() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.readAnonymityPolicy(POLICY.replace("\"version\":\"1.0\"",
            "\"version\":\"1.3\"").replace("}", ",\"auditTrail\":true}")));
    assertThat(e.pointer()).isEqualTo("/auditTrail");
    assertThat(e.rule()).contains("this document is version 1.3");
    assertThat(e.formatVersion()).isEqualTo("1.3");
  }

  // ---------------------------------------------------------------- breakdown requests

  @Test
  void readBreakdownRequest_absentBaseline_isTheRestOfTheOrganisation() {
    BreakdownRequest read = JSON.readBreakdownRequest(REQUEST.replaceFirst(
        ",\"baseline\":\\{\"kind\":\"REST_OF_ORGANISATION\"}", ""));
    assertThat(read).isEqualTo(ReportFixtures.breakdownRequest());
    assertThat(read.breakdowns().get(0).baseline()).isEqualTo(Baseline.restOfOrganisation());
  }

  @Test
  void readBreakdownRequest_undeclaredDimension_pointsAtTheName() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.readBreakdownRequest(REQUEST.replace("[\"work_arrangement\",\"tenure\"]",
            "[\"work_arrangement\",\"shift\"]")));
    assertThat(e.pointer()).isEqualTo("/breakdowns/1/dimensions/1");
    assertThat(e.rule()).isEqualTo("names a dimension that /dimensions does not declare");
  }

  @Test
  void readBreakdownRequest_repeatedDimensionInAnIntersection_isRejected() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.readBreakdownRequest(REQUEST.replace("[\"work_arrangement\",\"tenure\"]",
            "[\"tenure\",\"tenure\"]")));
    assertThat(e.pointer()).isEqualTo("/breakdowns/1/dimensions");
    assertThat(e.rule()).contains("must be distinct");
  }

  @Test
  void readBreakdownRequest_repeatedBreakdown_pointsAtTheRepeat() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.readBreakdownRequest(REQUEST.substring(0, REQUEST.length() - 2)
            + ",{\"dimensions\":[\"team\"]}]}"));
    assertThat(e.pointer()).isEqualTo("/breakdowns/4");
    assertThat(e.rule()).isEqualTo("must not repeat an earlier breakdown");
  }

  @Test
  void readBreakdownRequest_referenceGroupRules_areCheckedWithPointers() {
    WireFormatException missing = assertThrows(WireFormatException.class,
        () -> JSON.readBreakdownRequest(REQUEST.replace(
            ",\"group\":{\"work_arrangement\":\"OFFICE\"}", "")));
    assertThat(missing.pointer()).isEqualTo("/breakdowns/3/baseline/group");
    WireFormatException otherDimension = assertThrows(WireFormatException.class,
        () -> JSON.readBreakdownRequest(REQUEST.replace(
            "\"group\":{\"work_arrangement\":\"OFFICE\"}", "\"group\":{\"team\":\"eng\"}")));
    assertThat(otherDimension.pointer()).isEqualTo("/breakdowns/3/baseline");
    assertThat(otherDimension.rule()).contains("must fix exactly its dimensions");
    WireFormatException groupWithoutReference = assertThrows(WireFormatException.class,
        () -> JSON.readBreakdownRequest(REQUEST.replace(
            "{\"kind\":\"WHOLE_ORGANISATION\"}",
            "{\"kind\":\"WHOLE_ORGANISATION\",\"group\":{\"gender\":\"x\"}}")));
    assertThat(groupWithoutReference.pointer()).isEqualTo("/breakdowns/2/baseline/group");
  }

  @Test
  void readBreakdownRequest_unknownBaselineKind_listsTheKinds() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.readBreakdownRequest(REQUEST.replace("WHOLE_ORGANISATION", "EVERYONE")));
    assertThat(e.pointer()).isEqualTo("/breakdowns/2/baseline/kind");
    assertThat(e.rule()).contains("REST_OF_ORGANISATION");
  }

  // ---------------------------------------------------------------- reports

  @Test
  void readReport_suppressedCellWithACount_isRejected() {
    WireFormatException unknown = reportError(MINIMAL.replace("\"BELOW_MINIMUM\"}",
        "\"BELOW_MINIMUM\",\"respondents\":2}"));
    assertThat(unknown.pointer()).isEqualTo("/overall/respondents");
    assertThat(unknown.rule()).isEqualTo("is not a field of format 1.0");
    WireFormatException withStatistics = reportError(MINIMAL.replace("\"BELOW_MINIMUM\"}",
        "\"BELOW_MINIMUM\",\"statistics\":{\"respondents\":2,\"items\":[],\"constructs\":[]}}"));
    assertThat(withStatistics.pointer()).isEqualTo("/overall/statistics");
    assertThat(withStatistics.rule()).isEqualTo("must be absent from a suppressed cell");
  }

  @Test
  void readReport_cellWithNeitherReasonNorStatistics_isRejected() {
    WireFormatException e = reportError(MINIMAL.replace(",\"suppression\":\"BELOW_MINIMUM\"",
        ""));
    assertThat(e.pointer()).isEqualTo("/overall");
    assertThat(e.rule()).contains("either");
  }

  @Test
  void readReport_publishedCellBelowTheMinimum_isRejected() {
    String small = MINIMAL.replace("\"suppression\":\"BELOW_MINIMUM\"",
        "\"statistics\":{\"respondents\":4,\"items\":[],\"constructs\":[]}");
    WireFormatException e = reportError(small);
    assertThat(e.pointer()).isEqualTo("/overall/statistics/respondents");
    assertThat(e.rule()).isEqualTo(
        "a published cell of the whole organisation must have >= 5 respondents");
    assertThat(JSON.readReport(small.replace("\"respondents\":4", "\"respondents\":5"))
        .overall().isPublished()).isTrue();
  }

  @Test
  void readReport_sensitiveCellBelowTheSensitiveMinimum_isRejected() {
    WireFormatException e = reportError(REPORT.replace("\"sensitiveMinimumGroupSize\":10",
        "\"sensitiveMinimumGroupSize\":16"));
    assertThat(e.pointer()).isEqualTo("/breakdowns/2");
    assertThat(e.rule()).isEqualTo(
        "a published cell of breakdown 'gender' must have >= 16 respondents");
  }

  @Test
  void readReport_histogramNotAddingUp_pointsAtTheHistogram() {
    WireFormatException e = reportError(replaceOnce(REPORT, "{\"point\":5,\"count\":1}",
        "{\"point\":5,\"count\":2}"));
    assertThat(e.pointer()).isEqualTo("/overall/statistics/items/0/histogram");
    assertThat(e.rule()).contains("must add up to its answers");
  }

  @Test
  void readReport_histogramOutOfOrder_isRejected() {
    WireFormatException e = reportError(replaceOnce(REPORT, "{\"point\":2,\"count\":1}",
        "{\"point\":0,\"count\":1}"));
    assertThat(e.pointer()).isEqualTo("/overall/statistics/items/0/histogram/1/point");
  }

  @Test
  void readReport_nonFiniteOrNonNumericStatistic_isRejected() {
    WireFormatException huge = reportError(replaceOnce(REPORT, "\"mean\":3.7", "\"mean\":1e400"));
    assertThat(huge.pointer()).isEqualTo("/overall/statistics/items/0/mean");
    assertThat(huge.rule()).isEqualTo("must be a finite number");
    WireFormatException nan = reportError(replaceOnce(REPORT, "\"mean\":3.7", "\"mean\":NaN"));
    assertThat(nan.pointer()).startsWith("/overall/statistics/items/0");
    WireFormatException text = reportError(replaceOnce(REPORT, "\"mean\":3.7", "\"mean\":\"3.7\""));
    assertThat(text.pointer()).isEqualTo("/overall/statistics/items/0/mean");
    assertThat(text.rule()).isEqualTo("must be a number");
  }

  @Test
  void readReport_integerLiteralForANumber_isTheSameValue() {
    DisaggregationReport read = JSON.readReport(replaceOnce(REPORT, "\"score\":67.5",
        "\"score\":67"));
    assertThat(read.overall().statistics().orElseThrow().items().get(0).score().getAsDouble())
        .isEqualTo(67.0);
  }

  @Test
  void readReport_favorableShareAboveOne_namesTheRule() {
    WireFormatException e = reportError(replaceOnce(REPORT, "\"favorable\":0.65",
        "\"favorable\":1.5"));
    assertThat(e.pointer()).isEqualTo("/overall/statistics/items/0/favorable");
    assertThat(e.rule()).isEqualTo("favorable must be in [0.0, 1.0], but was 1.5");
  }

  @Test
  void readReport_standardDeviationWithOneAnswer_isRejected() {
    WireFormatException e = reportError(replaceOnce(REPORT, "\"count\":0}],\"mean\":4.0,",
        "\"count\":0}],\"mean\":4.0,\"standardDeviation\":0.5,"));
    assertThat(e.pointer())
        .isEqualTo("/breakdowns/0/cells/0/statistics/items/1/standardDeviation");
    assertThat(e.rule()).isEqualTo("standardDeviation must be absent with fewer than 2 answers");
  }

  @Test
  void readReport_rateThatIsNotRespondedOverInvited_isRejected() {
    WireFormatException e = reportError(REPORT.replace("\"rate\":0.8", "\"rate\":0.75"));
    assertThat(e.pointer()).isEqualTo("/responseRates/0/rate");
    assertThat(e.rule()).isEqualTo("rate must be responded / invited");
  }

  @Test
  void readReport_suppressedRateWithACount_isRejected() {
    WireFormatException e = reportError(REPORT.replace(
        "\"suppression\":\"BELOW_MINIMUM\",\"atRisk\":false",
        "\"suppression\":\"BELOW_MINIMUM\",\"invited\":3,\"atRisk\":false"));
    assertThat(e.pointer()).isEqualTo("/responseRates/2");
    assertThat(e.rule()).contains("a suppressed response rate must have no invited");
  }

  @Test
  void readReport_gapOfABreakdownNotInTheReport_pointsAtTheGap() {
    String json = replaceOnce(REPORT,
        "\"gaps\":[{\"breakdown\":{\"dimensions\":[\"team\"],\"baseline\":{\"kind\":"
            + "\"REST_OF_ORGANISATION\"}}",
        "\"gaps\":[{\"breakdown\":{\"dimensions\":[\"team\"],\"baseline\":{\"kind\":"
            + "\"WHOLE_ORGANISATION\"}}");
    WireFormatException e = reportError(json.replaceFirst(
        "\"baselineKind\":\"REST_OF_ORGANISATION\"", "\"baselineKind\":\"WHOLE_ORGANISATION\""));
    assertThat(e.pointer()).isEqualTo("/gaps/0/breakdown");
    assertThat(e.rule()).contains("must be one of the report's");
  }

  @Test
  void readReport_cellOfOtherDimensions_isRejected() {
    WireFormatException e = reportError(REPORT.replace("{\"subgroup\":{\"team\":\"ops\"}",
        "{\"subgroup\":{\"gender\":\"woman\"}"));
    assertThat(e.pointer()).isEqualTo("/breakdowns/0/cells");
    assertThat(e.rule()).contains("must fix exactly the dimensions of breakdown 'team'");
  }

  @Test
  void readReport_repeatedCell_pointsAtTheRepeat() {
    WireFormatException e = reportError(REPORT.replace("{\"subgroup\":{\"team\":\"ops\"}",
        "{\"subgroup\":{\"team\":\"eng\"}"));
    assertThat(e.pointer()).isEqualTo("/breakdowns/0/cells/1/subgroup");
  }

  @Test
  void readReport_otherDocumentTypeOrMajorVersion_isRejected() {
    WireFormatException format = reportError(TREND);
    assertThat(format.pointer()).isEqualTo("/format");
    assertThat(format.rule()).isEqualTo(
        "must be 'belonging.report', but was 'belonging.trend-report'");
    WireFormatException major = reportError(MINIMAL.replace("\"1.0\"", "\"2.0\""));
    assertThat(major.pointer()).isEqualTo("/version");
    assertThat(major.rule()).contains("major version 2 is not supported");
  }

  @Test
  void readReport_overTheEntriesLimit_namesTheLimit() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.withMaxEntries(2).readReport(REPORT));
    assertThat(e.rule()).contains("limit maxEntries");
    assertThat(JSON.withMaxNestingDepth(10).readReport(REPORT)).isEqualTo(ReportFixtures.report());
    WireFormatException deep = assertThrows(WireFormatException.class,
        () -> JSON.withMaxNestingDepth(9).readReport(REPORT));
    assertThat(deep.rule()).contains("maxNestingDepth");
  }

  @Test
  void readReport_cellsGapsAndRates_areRecordsLimitedByMaxRecords() {
    assertThat(JSON.withMaxEntries(16).readReport(REPORT)).isEqualTo(ReportFixtures.report());
    WireFormatException cells = assertThrows(WireFormatException.class,
        () -> JSON.withMaxRecords(2).readReport(REPORT));
    assertThat(cells.pointer()).isEqualTo("/breakdowns/1/cells/2");
    assertThat(cells.rule()).isEqualTo("has more than 2 records (limit maxRecords)");
  }

  @Test
  void readTrendReport_changesAreRecords_notEntries() {
    TrendReport.Builder builder = TrendReport.builder();
    for (int i = 0; i < 20; i++) {
      builder.addChanges(Change.builder().breakdown(ReportFixtures.TEAM)
          .subgroup(Subgroup.of(Dimension.TEAM, "team-" + i)).construct(Construct.VOICE)
          .earlierMean(3).laterMean(3).difference(0).build());
    }
    String json = JSON.toString(builder.build());
    assertThat(JSON.withMaxEntries(12).readTrendReport(json)).isEqualTo(builder.build());
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.withMaxRecords(19).readTrendReport(json));
    assertThat(e.pointer()).isEqualTo("/changes/19");
  }

  @Test
  void writeReport_isDeterministicAndCompact() {
    String once = JSON.toString(ReportFixtures.report());
    assertThat(JSON.toString(JSON.readReport(once))).isEqualTo(once);
    assertThat(once).doesNotContain(" ");
    assertThat(once).doesNotContain("NaN");
    assertThat(once).startsWith("{\"format\":\"belonging.report\",\"version\":\"1.0\",");
  }

  @Test
  void readmeExample_reportRoundTripsWithSuppressedCellsAsReasons() {
    DisaggregationReport report = ReportFixtures.report();
    // README-JSON-REPORT-EXAMPLE-BEGIN
    BelongingJson json = BelongingJson.defaults();
    String document = json.toString(report);  // {"format":"belonging.report","version":"1.0",...
    assertThat(json.readReport(document)).isEqualTo(report);
    // A suppressed cell carries its reason, never a number.
    assertThat(document).contains("{\"subgroup\":{\"team\":\"ops\"},\"suppression\":\"BELOW_MINIMUM\"}");

    WireFormatException e = assertThrows(WireFormatException.class,
        () -> json.readReport(document.replace("\"sensitiveMinimumGroupSize\":10",
            "\"sensitiveMinimumGroupSize\":16")));
    assertThat(e.getMessage()).isEqualTo("/breakdowns/2: a published cell of breakdown 'gender' "
        + "must have >= 16 respondents (belonging-json 1.0)");
    // README-JSON-REPORT-EXAMPLE-END
  }

  @Test
  void reportSchema_rejectsWhatTheReaderRejects() {
    assertThat(Schemas.violations(ReportSchemas.REPORT, MINIMAL.replace("\"BELOW_MINIMUM\"}",
        "\"BELOW_MINIMUM\",\"statistics\":{\"respondents\":2,\"items\":[],"
            + "\"constructs\":[]}}"))).isNotEmpty();
    assertThat(Schemas.violations(ReportSchemas.REPORT, MINIMAL.replace("\"BELOW_MINIMUM\"}",
        "\"BELOW_MINIMUM\",\"respondents\":2}"))).isNotEmpty();
    assertThat(Schemas.violations(ReportSchemas.REPORT,
        REPORT.replace("\"rate\":0.8", "\"rate\":1.5"))).isNotEmpty();
    assertThat(Schemas.violations(ReportSchemas.REPORT, REPORT.replace(
        "\"suppression\":\"BELOW_MINIMUM\",\"atRisk\":false",
        "\"suppression\":\"BELOW_MINIMUM\",\"invited\":3,\"atRisk\":false"))).isNotEmpty();
    assertThat(Schemas.violations(ReportSchemas.REPORT,
        MINIMAL.replace("\"1.0\"", "\"2.0\""))).isNotEmpty();
    assertThat(Schemas.violations(ReportSchemas.ANONYMITY_POLICY,
        POLICY.replace("\"coalitionSize\":0", "\"coalitionSize\":2"))).isNotEmpty();
    assertThat(Schemas.violations(ReportSchemas.BREAKDOWN_REQUEST, REQUEST.replace(
        ",\"group\":{\"work_arrangement\":\"OFFICE\"}", ""))).isNotEmpty();
    assertThat(Schemas.violations(ReportSchemas.TREND_REPORT,
        TREND.replace("\"p\":0.16", "\"p\":-0.16"))).isNotEmpty();
  }

  // ---------------------------------------------------------------- trend reports

  @Test
  void readTrendReport_inconsistentDifference_pointsAtTheDifference() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.readTrendReport(TREND.replace("\"difference\":0.25", "\"difference\":0.3")));
    assertThat(e.pointer()).isEqualTo("/changes/0/difference");
    assertThat(e.rule()).isEqualTo("difference must be laterMean - earlierMean");
  }

  @Test
  void readTrendReport_wholeOrganisationChangeWithASubgroup_isRejected() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.readTrendReport(TREND.replace("{\"subgroup\":{},", "{\"subgroup\":{\"team\":\"eng\"},")));
    assertThat(e.pointer()).isEqualTo("/changes/0/subgroup");
  }

  // ---------------------------------------------------------------- the Jackson module

  @Test
  void module_readsAndWritesTheNewDocumentsInsideTheUsersTypes() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new BelongingJsonModule());
    Map<String, Object> bundle = Map.of("policy", ReportFixtures.policy(),
        "request", ReportFixtures.breakdownRequest(), "report", ReportFixtures.report(),
        "trend", ReportFixtures.trendReport());
    String json = mapper.writeValueAsString(bundle);
    assertThat(mapper.readTree(json).get("report").toString()).isEqualTo(REPORT);
    assertThat(mapper.readValue(mapper.readTree(json).get("report").toString(),
        DisaggregationReport.class)).isEqualTo(ReportFixtures.report());
    assertThat(mapper.readValue(TREND, TrendReport.class)).isEqualTo(ReportFixtures.trendReport());
    assertThat(mapper.readValue(POLICY, AnonymityPolicy.class)).isEqualTo(ReportFixtures.policy());
    assertThat(mapper.readValue(REQUEST, BreakdownRequest.class))
        .isEqualTo(ReportFixtures.breakdownRequest());
    assertThat(List.of(mapper.writeValueAsString(ReportFixtures.policy()))).containsExactly(POLICY);
  }
}
