package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.disaggregation.CellResult;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.SuppressionReason;
import dev.belonging.disaggregation.TrendReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The golden files of anonymity policies, breakdown requests, reports and trend reports, format
 * version 1 (src/test/resources/golden/v1), kept forever: every future reader reads them to the
 * same values, and this writer writes those values back byte for byte.
 */
class ReportGoldenFilesTest {
  private static final BelongingJson JSON = BelongingJson.defaults();

  private static String golden(String name) {
    return Fixtures.resource("/golden/v1/" + name);
  }

  private static byte[] goldenBytes(String name) {
    return golden(name).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anonymityPolicy_readsToTheValue_andWritesByteForByte() {
    assertThat(JSON.readAnonymityPolicy(golden("anonymity-policy.json")))
        .isEqualTo(ReportFixtures.policy());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(ReportFixtures.policy(), out);
    assertThat(out.toByteArray()).isEqualTo(goldenBytes("anonymity-policy.json"));
  }

  @Test
  void breakdownRequest_readsToTheValue_andWritesByteForByte() {
    assertThat(JSON.readBreakdownRequest(
        new ByteArrayInputStream(goldenBytes("breakdown-request.json"))))
        .isEqualTo(ReportFixtures.breakdownRequest());
    assertThat(JSON.toString(ReportFixtures.breakdownRequest()))
        .isEqualTo(golden("breakdown-request.json"));
  }

  @Test
  void report_readsToTheValue_andWritesByteForByte() {
    DisaggregationReport read = JSON.readReport(
        new ByteArrayInputStream(goldenBytes("report.json")));
    assertThat(read).isEqualTo(ReportFixtures.report());
    assertThat(JSON.readReport(golden("report.json"))).isEqualTo(ReportFixtures.report());
    assertThat(read.suppressedCount()).isEqualTo(3);
    assertThat(read.breakdowns().get(1).cells().get(0)).isInstanceOf(CellResult.Suppressed.class);
    assertThat(((CellResult.Suppressed) read.breakdowns().get(1).cells().get(0)).reason())
        .isEqualTo(SuppressionReason.COMPLEMENTARY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(ReportFixtures.report(), out);
    assertThat(out.toByteArray()).isEqualTo(goldenBytes("report.json"));
  }

  @Test
  void minimalReport_readsToTheValue_andWritesByteForByte() {
    assertThat(JSON.readReport(golden("report-minimal.json")))
        .isEqualTo(ReportFixtures.minimalReport());
    assertThat(JSON.toString(ReportFixtures.minimalReport()))
        .isEqualTo(golden("report-minimal.json"));
  }

  @Test
  void trendReport_readsToTheValue_andWritesByteForByte() {
    TrendReport read = JSON.readTrendReport(golden("trend-report.json"));
    assertThat(read).isEqualTo(ReportFixtures.trendReport());
    assertThat(read.wins()).containsExactly(ReportFixtures.trendReport().changes().get(0));
    assertThat(JSON.toString(ReportFixtures.trendReport())).isEqualTo(golden("trend-report.json"));
  }

  @Test
  void everyGoldenFile_isValidAgainstItsSchema() {
    String[][] files = {
        {"anonymity-policy.json", ReportSchemas.ANONYMITY_POLICY},
        {"breakdown-request.json", ReportSchemas.BREAKDOWN_REQUEST},
        {"report.json", ReportSchemas.REPORT}, {"report-minimal.json", ReportSchemas.REPORT},
        {"trend-report.json", ReportSchemas.TREND_REPORT}};
    for (String[] file : files) {
      assertWithMessage(file[0]).that(Schemas.violations(file[1], golden(file[0]))).isEmpty();
    }
  }

  @Test
  void suppressedCells_carryTheirReasonAndNoNumber() {
    String json = golden("report.json");
    assertThat(json).contains("{\"subgroup\":{\"team\":\"ops\"},\"suppression\":\"BELOW_MINIMUM\"}");
    assertThat(json).contains(
        "{\"subgroup\":{\"work_arrangement\":\"HYBRID\"},\"suppression\":\"COMPLEMENTARY\"}");
    assertThat(json).doesNotContain("suppressedCount");
  }
}
