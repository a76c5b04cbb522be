package dev.belonging.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.instrument.BuiltInInstruments;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.intervention.TrialDecision;
import dev.belonging.intervention.TrialResult;
import dev.belonging.json.BelongingJson;
import dev.belonging.testkit.OrganisationProfile;
import dev.belonging.testkit.PlantedEffect;
import dev.belonging.testkit.ResponseSimulator;
import dev.belonging.testkit.SyntheticWorkforce;
import dev.belonging.testkit.WorkforceGenerator;
import dev.belonging.workforce.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  @TempDir
  static Path dir;

  /** Remote staff's connection improves by a planted 0.8 SD from the second wave on. */
  @BeforeAll
  static void waves() throws IOException {
    Instrument index = BuiltInInstruments.belongingIndex();
    SyntheticWorkforce org = WorkforceGenerator.of(OrganisationProfile.SCALE_UP)
        .withHeadcount(400).generate(21);
    ResponseSimulator simulator = ResponseSimulator.of(index).withEffect(PlantedEffect.of(
        Dimension.WORK_ARRANGEMENT, "REMOTE", Construct.CONNECTION, 0.8).fromWave(1));
    BelongingJson json = BelongingJson.defaults();
    Files.writeString(dir.resolve("instrument.json"), json.toString(index));
    Files.writeString(dir.resolve("before.json"),
        json.toString(simulator.simulate(org, "before", 0, 21).wave()));
    Files.writeString(dir.resolve("after.json"),
        json.toString(simulator.simulate(org, "after", 1, 21).wave()));
  }

  private static Cli.Run evaluate(Object... more) {
    Object[] base = {"evaluate", "--instrument", dir.resolve("instrument.json"), "--before",
        dir.resolve("before.json"), "--after", dir.resolve("after.json")};
    Object[] args = new Object[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return Cli.run(args);
  }

  @Test
  void evaluate_plantedImprovement_continuesAndCallsItAWin() throws IOException {
    Path json = dir.resolve("trial.json");
    Cli.Run run = evaluate("--construct", "connection", "--target", "work_arrangement=REMOTE",
        "--comparison", "work_arrangement=OFFICE", "--json", json);

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    try (var in = Files.newInputStream(json)) {
      TrialResult result = BelongingJson.defaults().readTrialResult(in);
      assertThat(result.decision()).isEqualTo(TrialDecision.CONTINUE);
      assertThat(result.win()).isTrue();
    }
    assertThat(run.out()).containsMatch("decision +continue \\(a win: celebrate it\\)");
    assertThat(run.out()).containsMatch("effect +\\+[0-9.]+ \\(95% CI 0\\.[0-9]+ to ");
  }

  @Test
  void evaluate_untouchedConstruct_doesNotCallItAWin() {
    Cli.Run run = evaluate("--construct", "voice", "--target", "work_arrangement=REMOTE");

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).doesNotContain("a win");
  }

  @Test
  void evaluate_unknownConstruct_exitsWithUsageCode() {
    Cli.Run run = evaluate("--construct", "joy", "--target", "work_arrangement=REMOTE");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--construct: 'joy' is not measured by belonging-index");
  }

  @Test
  void evaluate_badTarget_exitsWithUsageCode() {
    Cli.Run run = evaluate("--construct", "voice", "--target", "REMOTE");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--target must look like DIMENSION=VALUE");
  }

  @Test
  void evaluate_groupBelowTheMinimum_exitsInvalidInputWithoutItsNumbers() {
    Cli.Run run = evaluate("--construct", "voice", "--target", "work_arrangement=REMOTE",
        "--min-group-size", "1000");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("the target group has fewer than 1000 respondents");
    assertThat(run.out()).doesNotContain("mean");
  }
}
