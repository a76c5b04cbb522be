package dev.belonging.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BelongingCliTest {
  static final List<String> COMMANDS =
      List.of("demo", "simulate", "report", "validate", "lint", "pairs", "evaluate");

  @Test
  void execute_noCommand_printsUsageAndExitsWithUsageCode() {
    Cli.Run run = Cli.run();

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("a command is required");
    assertThat(run.err()).contains("Usage: belonging");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void execute_help_listsEveryCommandAndTheExitCodes() {
    Cli.Run run = Cli.run("--help");

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    for (String command : COMMANDS) {
      assertThat(run.out()).contains(command);
    }
    assertThat(run.out()).contains("Exit codes:");
    assertThat(run.out()).containsMatch("(?m)^\\s+3\\s+invalid input");
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "simulate", "report", "validate", "lint", "pairs", "evaluate"})
  void execute_commandHelp_describesOptionsAndExitCodes(String command) {
    Cli.Run run = Cli.run(command, "--help");

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Usage: belonging " + command);
    assertThat(run.out()).contains("Exit codes:");
    for (String line : ExitCodes.HELP) {
      String description = line.substring(line.indexOf(':') + 1);
      assertThat(run.out().replaceAll("\\s+", " "))
          .contains(description.substring(0, Math.min(30, description.length())));
    }
    assertThat(run.err()).isEmpty();
  }

  @Test
  void execute_version_printsTheProjectVersion() {
    Cli.Run run = Cli.run("--version");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("belonging ");
    assertThat(run.out()).doesNotContain("unknown");
    assertThat(run.out()).doesNotContain("${");
  }

  @Test
  void execute_unknownCommand_exitsWithUsageCode() {
    Cli.Run run = Cli.run("frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("frobnicate");
  }

  @Test
  void execute_unknownOption_exitsWithUsageCodeNamingTheOption() {
    Cli.Run run = Cli.run("lint", "--built-in", "pulse", "--colour");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--colour");
  }

  @Test
  void exitCodes_areDistinct() {
    assertThat(List.of(ExitCodes.OK, ExitCodes.FINDINGS, ExitCodes.USAGE,
        ExitCodes.INVALID_INPUT, ExitCodes.INTERNAL)).containsNoDuplicates();
    assertThat(ExitCodes.HELP).hasLength(5);
  }
}
