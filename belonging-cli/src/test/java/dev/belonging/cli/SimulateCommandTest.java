package dev.belonging.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.instrument.ResponseWave;
import dev.belonging.json.BelongingJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  @TempDir
  Path dir;

  @Test
  void simulate_json_writesDocumentsTheReaderAccepts() throws IOException {
    Cli.Run run = Cli.run("simulate", "--size", "80", "--seed", "3", "--wave-id", "2026-q1",
        "--out", dir);

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Simulated 80 people");
    BelongingJson json = BelongingJson.defaults();
    try (InputStream in = Files.newInputStream(dir.resolve("responses.json"))) {
      ResponseWave wave = json.readResponseWave(in);
      assertThat(wave.waveId()).isEqualTo("2026-q1");
      assertThat(wave.responses()).isNotEmpty();
      assertThat(wave.responses().size()).isAtMost(80);
    }
    try (InputStream in = Files.newInputStream(dir.resolve("roster.json"))) {
      assertThat(json.readRoster(in).size()).isEqualTo(80);
    }
    Cli.Run valid = Cli.run("validate", dir.resolve("instrument.json"),
        dir.resolve("roster.json"), dir.resolve("responses.json"));
    assertWithMessage("%s", valid).that(valid.exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void simulate_csv_writesAFileTheReportReads() throws IOException {
    Cli.Run run = Cli.run("simulate", "--size", "120", "--format", "csv", "--out", dir);

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    List<String> lines = Files.readAllLines(dir.resolve("responses.csv"));
    assertThat(lines.get(0)).startsWith("\"respondent id\",\"attribute: ");
    Cli.Run report = Cli.run("report", "--instrument", dir.resolve("instrument.json"),
        "--responses", dir.resolve("responses.csv"), "--roster", dir.resolve("roster.json"),
        "--html", dir.resolve("r.html"));
    assertWithMessage("%s", report).that(report.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(report.out()).contains("responses        " + (lines.size() - 1) + " of 120");
  }

  @Test
  void simulate_sameSeed_sameBytes() throws IOException {
    Cli.run("simulate", "--size", "60", "--seed", "9", "--out", dir.resolve("a"));
    Cli.run("simulate", "--size", "60", "--seed", "9", "--out", dir.resolve("b"));

    assertThat(Files.readAllBytes(dir.resolve("b/responses.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("a/responses.json")));
  }

  @Test
  void simulate_plantedEffect_showsAsACredibleGap() throws IOException {
    Cli.Run run = Cli.run("simulate", "--size", "300", "--seed", "5", "--effect",
        "work_arrangement=OFFICE:voice:-1.2", "--out", dir);
    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);

    Cli.Run report = Cli.run("report", "--instrument", dir.resolve("instrument.json"),
        "--responses", dir.resolve("responses.json"), "--by", "work_arrangement",
        "--html", dir.resolve("r.html"));
    assertWithMessage("%s", report).that(report.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(report.out()).containsMatch("credible gaps +work arrangement: OFFICE on voice -");
  }

  @Test
  void simulate_badEffect_exitsWithUsageCodeShowingTheForm() {
    Cli.Run run = Cli.run("simulate", "--effect", "remote staff feel left out", "--out", dir);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("DIMENSION=VALUE:CONSTRUCT:SD");
  }

  @Test
  void simulate_unknownConstruct_exitsWithUsageCodeListingConstructs() {
    Cli.Run run = Cli.run("simulate", "--effect", "work_arrangement=REMOTE:joy:-0.5", "--out",
        dir);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("construct 'joy' is not measured");
    assertThat(run.err()).contains("connection");
  }

  @Test
  void simulate_unknownFormat_exitsWithUsageCode() {
    Cli.Run run = Cli.run("simulate", "--format", "xml", "--out", dir);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--format must be json or csv, but was 'xml'");
    assertThat(dir.resolve("instrument.json").toFile().exists()).isFalse();
  }
}
