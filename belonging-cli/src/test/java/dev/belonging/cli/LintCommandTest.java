package dev.belonging.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.json.BelongingJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  @TempDir
  Path dir;

  private Path write(Instrument instrument) throws IOException {
    return Files.writeString(dir.resolve("instrument.json"),
        BelongingJson.defaults().toString(instrument));
  }

  @Test
  void lint_builtInIndex_isClean() {
    Cli.Run run = Cli.run("lint", "--built-in", "belonging-index");

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("no findings");
  }

  @Test
  void lint_doubleNegative_exitsWithFindingsCodeNamingItemRuleAndFix() throws IOException {
    Path file = write(Instrument.builder().id("t").version("1.0.0").title("T")
        .addItems(Item.agreement("voice.nobody", Construct.VOICE,
            "I cannot say that nobody listens to me in meetings."))
        .build());
    Cli.Run run = Cli.run("lint", file);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out()).contains(file + ": item 'voice.nobody': ERROR DOUBLE_NEGATIVE");
    assertThat(run.out()).contains("(fix: rephrase with at most one negation");
  }

  @Test
  void lint_warningsOnly_passesUnlessStrict() throws IOException {
    Path file = write(Instrument.builder().id("t").version("1.0.0").title("T")
        .addItems(Item.agreement("voice.a", Construct.VOICE,
                "In the last month I voiced a view that differed from the group's."),
            Item.agreement("voice.b", Construct.VOICE,
                "In the last month someone asked for my opinion in a meeting."),
            Item.agreement("voice.c", Construct.VOICE,
                "In the last month I raised a concern and it was discussed openly, which "
                    + "happens in our team much more often than in most teams I have seen."))
        .build());
    Cli.Run lenient = Cli.run("lint", file, "--max-length", "60");
    Cli.Run strict = Cli.run("lint", file, "--max-length", "60", "--strict");

    assertWithMessage("%s", lenient).that(lenient.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(lenient.out()).contains("WARNING EXCESSIVE_LENGTH");
    assertThat(strict.exitCode()).isEqualTo(ExitCodes.FINDINGS);
  }

  @Test
  void lint_unknownBuiltIn_exitsWithUsageCode() {
    Cli.Run run = Cli.run("lint", "--built-in", "q12");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--built-in must be one of");
  }

  @Test
  void lint_fileAndBuiltIn_exitsWithUsageCode() throws IOException {
    Cli.Run run = Cli.run("lint", dir.resolve("x.json"), "--built-in", "pulse");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void lint_missingFile_exitsInvalidInput() {
    Path missing = dir.resolve("missing.json");
    Cli.Run run = Cli.run("lint", missing);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(missing + ": no such file");
  }

  @Test
  void lint_documentOfAnotherType_exitsInvalidInputNamingThePointer() throws IOException {
    Path file = Files.writeString(dir.resolve("roster.json"),
        "{\"format\":\"belonging.roster\",\"version\":\"1.0\",\"people\":[]}");
    Cli.Run run = Cli.run("lint", file);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(file + ": /format");
  }
}
