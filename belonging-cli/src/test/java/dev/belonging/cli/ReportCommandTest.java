package dev.belonging.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.BreakdownRequest;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.json.BelongingJson;
import dev.belonging.workforce.Dimension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir
  static Path inputs;

  @TempDir
  Path dir;

  @BeforeAll
  static void simulate() {
    Cli.Run json = Cli.run("simulate", "--size", "150", "--seed", "11", "--out", inputs);
    Cli.Run csv = Cli.run("simulate", "--size", "150", "--seed", "11", "--format", "csv",
        "--out", inputs);
    assertWithMessage("%s", json).that(json.exitCode()).isEqualTo(ExitCodes.OK);
    assertWithMessage("%s", csv).that(csv.exitCode()).isEqualTo(ExitCodes.OK);
  }

  private Cli.Run report(Path responses, Object... more) {
    List<Object> args = new ArrayList<>(List.of("report", "--instrument",
        inputs.resolve("instrument.json"), "--responses", responses, "--html",
        dir.resolve("report.html")));
    args.addAll(List.of(more));
    return Cli.run(args.toArray());
  }

  private Path edited(String name, String from, String to) throws IOException {
    String text = Files.readString(inputs.resolve(name), StandardCharsets.UTF_8);
    assertWithMessage("fixture must contain %s", from).that(text).contains(from);
    return Files.writeString(dir.resolve("edited-" + name), text.replaceFirst(
        java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  @Test
  void report_validWave_writesHtmlAndSummary() throws IOException {
    Cli.Run run = report(inputs.resolve("responses.json"), "--roster",
        inputs.resolve("roster.json"));

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Wrote " + dir.resolve("report.html"));
    assertThat(run.err()).isEmpty();
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).contains("id=\"response-rates\"");
  }

  @Test
  void report_missingResponses_exitsInvalidInputNamingTheFile() {
    Path missing = dir.resolve("nope.json");
    Cli.Run run = report(missing);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(missing + ": no such file");
    assertThat(Files.exists(dir.resolve("report.html"))).isFalse();
  }

  @Test
  void report_malformedJson_exitsInvalidInputWithLineAndColumn() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"),
        "{\"format\":\"belonging.response-wave\",\n\"version\":\"1.0\",,}");
    Cli.Run run = report(broken);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(broken.toString());
    assertThat(run.err()).contains("line 2");
  }

  @Test
  void report_waveOfAnotherInstrument_exitsInvalidInputNamingThePointer() throws IOException {
    Path other = edited("responses.json", "\"instrumentId\":\"belonging-index\"",
        "\"instrumentId\":\"pulse\"");
    Cli.Run run = report(other);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(other + ": /instrumentId: the wave answers instrument 'pulse'");
  }

  @Test
  void report_wireFormatViolation_exitsInvalidInputWithPointerAndRule() throws IOException {
    Path bad = edited("responses.json", "\"ordinal\":0", "\"ordinal\":-1");
    Cli.Run run = report(bad);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).containsMatch(java.util.regex.Pattern.quote(bad.toString())
        + ": /ordinal: .*\\(belonging-json 1\\.0\\)");
  }

  @Test
  void report_pointOffTheScale_exitsInvalidInputNamingResponseItemAndRule() throws IOException {
    Path bad = edited("responses.json", "\"voice.asked\":", "\"voice.asked\":9,\"x\":");
    String text = Files.readString(bad).replaceFirst("\"x\":[0-9]", "");
    Files.writeString(bad, text.replace(",,", ",").replace(",}", "}"));
    Cli.Run run = report(bad);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).containsMatch("/responses/[0-9]+: response at position [0-9]+, item "
        + "'voice.asked': .*OUT_OF_RANGE_POINT");
    assertThat(run.err()).contains("--exclude-invalid");
  }

  @Test
  void report_pointOffTheScaleExcluded_countsItInTheReport() throws IOException {
    Path bad = edited("responses.json", "\"voice.asked\":", "\"voice.asked\":9,\"x\":");
    String text = Files.readString(bad).replaceFirst("\"x\":[0-9]", "");
    Files.writeString(bad, text.replace(",,", ",").replace(",}", "}"));
    Cli.Run run = report(bad, "--exclude-invalid");

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(dir.resolve("report.html")))
        .contains("1 response(s) excluded: point outside the item&#39;s scale");
  }

  @Test
  void report_csvWithUnknownLabel_exitsInvalidInputNamingRowAndColumn() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(inputs.resolve("responses.csv")));
    List<String> header = List.of(lines.get(0).split(","));
    int column = header.indexOf("voice.asked");
    String[] row = lines.get(3).split(",", -1);
    row[column] = "Every day";
    lines.set(3, String.join(",", row));
    Path csv = Files.write(dir.resolve("export.csv"), lines);
    Cli.Run run = report(csv);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(csv + ": row 4, column 'voice.asked'");
    assertThat(run.err()).contains("--skip-bad-rows");

    Cli.Run skipped = report(csv, "--skip-bad-rows");
    assertWithMessage("%s", skipped).that(skipped.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(dir.resolve("report.html"))).contains("1 row(s) skipped");
  }

  @Test
  void report_csvWithoutItemColumns_exitsInvalidInputExplainingTheMapping() throws IOException {
    Path csv = Files.writeString(dir.resolve("export.csv"), "Team,Q1\nsales,3\n");
    Cli.Run run = report(csv);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(csv + ": column mapping:");
    assertThat(run.err()).contains("--item");
  }

  @Test
  void report_googleFormsExport_readsItemsByTheirWording() throws IOException {
    Instrument pulse = Instrument.builder().id("pulse").version("1.0.0").title("Pulse")
        .addItems(Item.frequency("voice.asked", Construct.VOICE,
            "How often were you asked for your view?"))
        .build();
    Path instrument = dir.resolve("pulse.json");
    Files.writeString(instrument, BelongingJson.defaults().toString(pulse));
    StringBuilder csv =
        new StringBuilder("Timestamp,Team,How often were you asked for your view?\n");
    for (int i = 0; i < 12; i++) {
      csv.append("2026/11/0").append(1 + i % 9).append(" 10:00:00,").append(i < 6 ? "sales" : "ops")
          .append(',').append(i < 6 ? "Often" : "Rarely").append('\n');
    }
    Path export = Files.writeString(dir.resolve("forms.csv"), csv.toString());
    Cli.Run run = Cli.run("report", "--instrument", instrument, "--responses", export,
        "--layout", "google_forms", "--attribute", "Team=team", "--html",
        dir.resolve("report.html"));

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("responses        12");
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("data-subgroup=\"team=sales\"");
    assertThat(html).doesNotContain("2026/11/0");
  }

  @Test
  void report_teamSeparator_rollsTeamsUpTheirPaths() throws IOException {
    Instrument pulse = Instrument.builder().id("pulse").version("1.0.0").title("Pulse")
        .addItems(Item.frequency("voice.asked", Construct.VOICE,
            "How often were you asked for your view?"))
        .build();
    Path instrument = dir.resolve("pulse.json");
    Files.writeString(instrument, BelongingJson.defaults().toString(pulse));
    StringBuilder csv = new StringBuilder("Team,Asked\n");
    String[] teams = {"eng.platform", "eng.data", "sales"};
    for (int i = 0; i < 18; i++) {
      csv.append(teams[i % 3]).append(',').append(1 + i % 5).append('\n');
    }
    Path export = Files.writeString(dir.resolve("teams.csv"), csv.toString());
    Cli.Run run = Cli.run("report", "--instrument", instrument, "--responses", export,
        "--attribute", "Team=team", "--item", "Asked=voice.asked", "--team-separator", ".",
        "--html", dir.resolve("report.html"));

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("data-subgroup=\"team=eng\"");
    assertThat(html).contains("data-subgroup=\"team=eng.platform\"");
  }

  @Test
  void report_unknownBreakdown_exitsWithUsageCode() {
    Cli.Run run = report(inputs.resolve("responses.json"), "--by", "shoe_size");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--by: dimension 'shoe_size' is not in the responses");
  }

  @Test
  void report_withoutOutput_exitsWithUsageCode() {
    Cli.Run run = Cli.run("report", "--instrument", inputs.resolve("instrument.json"),
        "--responses", inputs.resolve("responses.json"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("an output is required: --html FILE and/or --json FILE");
  }

  @Test
  void report_json_writesAReportDocumentUnderThePolicyGiven() throws IOException {
    AnonymityPolicy strict = AnonymityPolicy.withDefaults().withSensitiveMinimum(12)
        .withCommentMinimum(12).withMinimumGroupSize(12);
    Path policy = Files.writeString(dir.resolve("policy.json"),
        BelongingJson.defaults().toString(strict));
    Path json = dir.resolve("report.json");
    Cli.Run run = Cli.run("report", "--instrument", inputs.resolve("instrument.json"),
        "--responses", inputs.resolve("responses.json"), "--policy", policy, "--json", json);

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Wrote " + json);
    DisaggregationReport report;
    try (var in = Files.newInputStream(json)) {
      report = BelongingJson.defaults().readReport(in);
    }
    assertThat(report.minimumGroupSize()).isEqualTo(12);
    assertThat(report.sensitiveMinimumGroupSize()).isEqualTo(12);
    for (var b : report.breakdowns()) {
      for (var c : b.cells()) {
        c.statistics().ifPresent(s -> assertThat(s.respondents()).isAtLeast(12));
      }
    }
    assertThat(Files.exists(dir.resolve("report.html"))).isFalse();
  }

  @Test
  void report_policyAndMinimum_exitsWithUsageCode() throws IOException {
    Path policy = Files.writeString(dir.resolve("policy.json"),
        BelongingJson.defaults().toString(AnonymityPolicy.withDefaults()));
    Cli.Run run = report(inputs.resolve("responses.json"), "--policy", policy,
        "--min-group-size", "7");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("do not combine it with --min-group-size");
  }

  @Test
  void report_breakdownsAndBy_exitsWithUsageCode() throws IOException {
    Path request = Files.writeString(dir.resolve("breakdowns.json"), BelongingJson.defaults()
        .toString(BreakdownRequest.of(List.of(Breakdown.of(Dimension.WORK_ARRANGEMENT)))));
    Cli.Run run = report(inputs.resolve("responses.json"), "--breakdowns", request, "--by",
        "tenure");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--breakdowns and --by cannot be combined");
  }

  @Test
  void report_trendJsonWithoutPrevious_exitsWithUsageCode() {
    Cli.Run run = report(inputs.resolve("responses.json"), "--trend-json",
        dir.resolve("t.json"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--trend-json needs --previous");
  }

  @Test
  void report_invalidPolicyDocument_exitsInvalidInputWithPointer() throws IOException {
    String text = BelongingJson.defaults().toString(AnonymityPolicy.withDefaults());
    Path policy = Files.writeString(dir.resolve("policy.json"),
        text.replaceFirst("\"minimumGroupSize\":5", "\"minimumGroupSize\":2"));
    assertThat(Files.readString(policy)).isNotEqualTo(text);
    Cli.Run run = report(inputs.resolve("responses.json"), "--policy", policy);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(policy + ": /minimumGroupSize");
  }

  @Test
  void report_minimumGroupSizeBelowThree_exitsWithUsageCode() {
    Cli.Run run = report(inputs.resolve("responses.json"), "--min-group-size", "2");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--min-group-size must be >= 3, but was 2");
  }

  @Test
  void report_htmlUnderAFile_exitsWithInternalCode() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Cli.Run run = Cli.run("report", "--instrument", inputs.resolve("instrument.json"),
        "--responses", inputs.resolve("responses.json"), "--html", file.resolve("r.html"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.err()).contains(file.resolve("r.html") + ": cannot be written");
  }
}
