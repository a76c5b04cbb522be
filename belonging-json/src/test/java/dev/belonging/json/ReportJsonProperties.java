package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.disaggregation.Baseline;
import dev.belonging.disaggregation.CellResult;
import dev.belonging.disaggregation.BreakdownRequest;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.TrendReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips, schema validity and hostile input for anonymity policies, breakdown requests,
 * reports and trend reports, over testkit-generated values.
 */
class ReportJsonProperties {
  private static final BelongingJson JSON = BelongingJson.defaults();

  @Provide
  Arbitrary<AnonymityPolicy> policies() {
    return ReportGenerators.policies();
  }

  @Provide
  Arbitrary<BreakdownRequest> requests() {
    return ReportGenerators.breakdownRequests();
  }

  @Provide
  Arbitrary<DisaggregationReport> reports() {
    return ReportGenerators.reports();
  }

  @Provide
  Arbitrary<TrendReport> trends() {
    return ReportGenerators.trendReports();
  }

  // ---------------------------------------------------------------- round trips

  @Property(tries = 100)
  void anonymityPolicy_readOfWrite_isTheValue_andTheDocumentIsSchemaValid(
      @ForAll("policies") AnonymityPolicy policy) {
    String json = JSON.toString(policy);
    assertThat(JSON.readAnonymityPolicy(json)).isEqualTo(policy);
    assertThat(Schemas.violations(ReportSchemas.ANONYMITY_POLICY, json)).isEmpty();
  }

  @Property(tries = 100)
  void breakdownRequest_readOfWrite_isTheValue_andTheDocumentIsSchemaValid(
      @ForAll("requests") BreakdownRequest request) {
    String json = JSON.toString(request);
    assertThat(JSON.readBreakdownRequest(json)).isEqualTo(request);
    assertThat(Schemas.violations(ReportSchemas.BREAKDOWN_REQUEST, json)).isEmpty();
  }

  @Property(tries = 25)
  void report_readOfWrite_isTheValue_andTheDocumentIsSchemaValid(
      @ForAll("reports") DisaggregationReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(report, out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(JSON.toString(report)).isEqualTo(json);
    DisaggregationReport read = JSON.readReport(new ByteArrayInputStream(out.toByteArray()));
    assertThat(read).isEqualTo(report);
    assertThat(JSON.toString(read)).isEqualTo(json);
    assertThat(Schemas.violations(ReportSchemas.REPORT, json)).isEmpty();
  }

  @Property(tries = 15)
  void trendReport_readOfWrite_isTheValue_andTheDocumentIsSchemaValid(
      @ForAll("trends") TrendReport trend) {
    String json = JSON.toString(trend);
    TrendReport read = JSON.readTrendReport(json);
    assertThat(read).isEqualTo(trend);
    assertThat(read.wins()).isEqualTo(trend.wins());
    assertThat(Schemas.violations(ReportSchemas.TREND_REPORT, json)).isEmpty();
  }

  @Example
  void reportGenerator_coversEveryPartOfTheDocument() {
    List<DisaggregationReport> reports = ReportGenerators.reports().sampleStream().limit(40)
        .collect(Collectors.toList());
    assertThat(reports.stream().anyMatch(r -> r.suppressedCount() > 0)).isTrue();
    assertThat(reports.stream().anyMatch(r -> r.breakdowns().stream()
        .anyMatch(b -> b.cells().stream().anyMatch(CellResult::isPublished)))).isTrue();
    assertThat(reports.stream().anyMatch(r -> !r.gaps().isEmpty())).isTrue();
    assertThat(reports.stream().anyMatch(r -> !r.responseRates().isEmpty())).isTrue();
    for (Baseline.Kind kind : Baseline.Kind.values()) {
      assertThat(reports.stream().anyMatch(r -> r.breakdowns().stream()
          .anyMatch(b -> b.breakdown().baseline().kind() == kind))).isTrue();
    }
  }

  // ---------------------------------------------------------------- hostile input

  @Property(tries = 100)
  void anonymityPolicy_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("policies") AnonymityPolicy policy, @ForAll long seed) {
    byte[] mutated = JsonProperties.mutate(JSON.toString(policy), new Random(seed));
    assertValueOrWireFormatException(mutated,
        in -> JSON.readAnonymityPolicy(new ByteArrayInputStream(in)));
  }

  @Property(tries = 100)
  void breakdownRequest_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("requests") BreakdownRequest request, @ForAll long seed) {
    byte[] mutated = JsonProperties.mutate(JSON.toString(request), new Random(seed));
    assertValueOrWireFormatException(mutated,
        in -> JSON.readBreakdownRequest(new ByteArrayInputStream(in)));
  }

  @Property(tries = 8)
  void report_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("reports") DisaggregationReport report, @ForAll long seed) {
    String json = JSON.toString(report);
    Random random = new Random(seed);
    for (int i = 0; i < 8; i++) {
      byte[] mutated = JsonProperties.mutate(json, random);
      assertValueOrWireFormatException(mutated,
          in -> JSON.readReport(new ByteArrayInputStream(in)));
    }
  }

  @Property(tries = 10)
  void trendReport_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("trends") TrendReport trend, @ForAll long seed) {
    String json = JSON.toString(trend);
    Random random = new Random(seed);
    for (int i = 0; i < 8; i++) {
      byte[] mutated = JsonProperties.mutate(json, random);
      assertValueOrWireFormatException(mutated,
          in -> JSON.readTrendReport(new ByteArrayInputStream(in)));
    }
  }

  @Property(tries = 200)
  void newDocumentTypes_randomBytes_giveWireFormatException(@ForAll byte[] bytes) {
    assertValueOrWireFormatException(bytes,
        in -> JSON.readAnonymityPolicy(new ByteArrayInputStream(in)));
    assertValueOrWireFormatException(bytes,
        in -> JSON.readBreakdownRequest(new ByteArrayInputStream(in)));
    assertValueOrWireFormatException(bytes, in -> JSON.readReport(new ByteArrayInputStream(in)));
    assertValueOrWireFormatException(bytes,
        in -> JSON.readTrendReport(new ByteArrayInputStream(in)));
  }

  private static void assertValueOrWireFormatException(byte[] input,
      Function<byte[], Object> read) {
    try {
      assertThat(read.apply(input)).isNotNull();
    } catch (WireFormatException expected) {
      assertThat(expected.rule()).isNotEmpty();
      assertWithMessage("pointer must be a JSON Pointer").that(expected.pointer())
          .matches("(/[^/]*)*");
    }
  }
}
