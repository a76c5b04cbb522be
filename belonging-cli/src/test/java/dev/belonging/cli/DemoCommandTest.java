package dev.belonging.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.json.BelongingJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir
  static Path dir;

  /** The demo with its defaults, run once for the class. */
  private static Cli.Run defaults;

  @BeforeAll
  static void runDemoWithDefaults() {
    defaults = Cli.run("demo", "--out", dir.resolve("demo"));
  }

  @Test
  void demo_defaults_exitsZeroAndSummarisesOnStdout() {
    assertWithMessage("%s", defaults).that(defaults.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(defaults.out()).contains("400 people (seed 42)");
    assertThat(defaults.out()).containsMatch("credible gaps .*work arrangement: REMOTE on "
        + "connection -");
    assertThat(defaults.out()).containsMatch("fairness +promotions by work_arrangement: "
        + "disparity flagged and supported for REMOTE");
    assertThat(defaults.out()).containsMatch("wins .*work arrangement: HYBRID on recognition \\+");
    assertThat(defaults.out()).containsMatch("recommendations +1\\. ");
    assertThat(defaults.out()).containsMatch("pairing +[0-9]+ people in [0-9]+ groups");
    assertThat(defaults.out()).contains("report.html");
  }

  @Test
  void demo_notATerminal_writesNothingOnStderr() {
    assertThat(defaults.err()).isEmpty();
  }

  @Test
  void demo_defaults_writesTheReportAndReadableInputs() throws IOException {
    Path out = dir.resolve("demo");
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("data-state=\"suppressed\"");
    assertThat(html).contains("data-state=\"published\"");
    assertThat(html).contains("id=\"recommendations\"");
    assertThat(html).contains("class=\"win\"");
    try (var in = Files.newInputStream(out.resolve("report.json"))) {
      assertThat(BelongingJson.defaults().readReport(in).suppressedCount()).isGreaterThan(0);
    }

    BelongingJson json = BelongingJson.defaults();
    try (var in = Files.newInputStream(out.resolve("instrument.json"))) {
      assertThat(json.readInstrument(in).id()).isEqualTo("belonging-index");
    }
    try (var in = Files.newInputStream(out.resolve("roster.json"))) {
      assertThat(json.readRoster(in).size()).isEqualTo(400);
    }
    try (var in = Files.newInputStream(out.resolve("responses-2026-q4.json"))) {
      assertThat(json.readResponseWave(in).ordinal()).isEqualTo(1);
    }
    try (var in = Files.newInputStream(out.resolve("pairing-round.json"))) {
      assertThat(json.readPairingRound(in).groups()).isNotEmpty();
    }
    try (var in = Files.newInputStream(out.resolve("recommendations.json"))) {
      assertThat(json.readRecommendations(in).entries()).isNotEmpty();
    }
  }

  @Test
  void demo_printedReportCommand_reproducesTheReportByteForByte() throws IOException {
    Path out = dir.resolve("demo");
    Path html = dir.resolve("again.html");
    Path json = dir.resolve("again.json");
    Path trend = dir.resolve("again-trend.json");
    Cli.Run run = Cli.run("report", "--instrument", out.resolve("instrument.json"),
        "--roster", out.resolve("roster.json"),
        "--responses", out.resolve("responses-2026-q4.json"),
        "--previous", out.resolve("responses-2026-q2.json"),
        "--policy", out.resolve("policy.json"), "--breakdowns", out.resolve("breakdowns.json"),
        "--json", json, "--trend-json", trend, "--html", html);

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(defaults.out()).contains("--policy " + out.resolve("policy.json")
        + " --breakdowns " + out.resolve("breakdowns.json"));
    assertThat(Files.readAllBytes(json)).isEqualTo(Files.readAllBytes(out.resolve("report.json")));
    assertThat(Files.readAllBytes(trend))
        .isEqualTo(Files.readAllBytes(out.resolve("trend-report.json")));
    assertThat(Files.readString(html)).contains("data-state=\"suppressed\"");
    assertThat(run.out()).containsMatch("credible gaps .*work arrangement: REMOTE on connection");
  }

  @Test
  void demo_writtenDocuments_allValidate() {
    Path out = dir.resolve("demo");
    Cli.Run run = Cli.run("validate", out.resolve("instrument.json"), out.resolve("roster.json"),
        out.resolve("responses-2026-q2.json"), out.resolve("responses-2026-q4.json"),
        out.resolve("policy.json"), out.resolve("breakdowns.json"), out.resolve("report.json"),
        out.resolve("trend-report.json"), out.resolve("recommendations.json"),
        out.resolve("promotions.json"), out.resolve("promotions-result.json"),
        out.resolve("participants.json"), out.resolve("pairing-round.json"));

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("13 of 13 documents valid");
    assertThat(run.out()).containsMatch("report.json: valid belonging.report 1.0 \\(6 breakdowns, "
        + "[0-9]+ cells, [1-9][0-9]* suppressed\\)");
  }

  @Test
  void demo_sameSeed_writesIdenticalFiles() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Cli.Run first = Cli.run("demo", "--size", "60", "--seed", "7", "--out", a);
    Cli.Run second = Cli.run("demo", "--size", "60", "--seed", "7", "--out", b);

    assertWithMessage("%s", first).that(first.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
    for (String file : new String[] {"report.html", "report.json", "trend-report.json",
        "responses-2026-q4.json", "pairing-round.json", "recommendations.json"}) {
      assertWithMessage(file).that(Files.readAllBytes(b.resolve(file)))
          .isEqualTo(Files.readAllBytes(a.resolve(file)));
    }
  }

  @Test
  void demo_sizeOutsideTheProfile_exitsWithUsageCode() {
    Cli.Run run = Cli.run("demo", "--profile", "SMALL_TEAM", "--size", "200", "--out",
        dir.resolve("never"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("size must be in [1, 19] for profile SMALL_TEAM, but was 200");
    assertThat(Files.exists(dir.resolve("never"))).isFalse();
  }

  @Test
  void demo_unknownProfile_exitsWithUsageCodeListingTheProfiles() {
    Cli.Run run = Cli.run("demo", "--profile", "HUGE");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("REMOTE_FIRST");
  }

  @Test
  void demo_outputUnderAFile_exitsWithInternalCodeNamingTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("occupied"), "x");
    Cli.Run run = Cli.run("demo", "--size", "60", "--out", file.resolve("sub"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.err()).contains("cannot be written");
    assertThat(run.err()).contains(file.resolve("sub").toString());
  }
}
