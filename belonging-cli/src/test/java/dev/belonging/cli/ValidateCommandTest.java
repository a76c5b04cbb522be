package dev.belonging.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.instrument.BuiltInInstruments;
import dev.belonging.json.BelongingJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir
  Path dir;

  private Path pulse() throws IOException {
    return Files.writeString(dir.resolve("pulse.json"),
        BelongingJson.defaults().toString(BuiltInInstruments.pulse()));
  }

  @Test
  void validate_validDocument_exitsZeroNamingTheType() throws IOException {
    Path file = pulse();
    Cli.Run run = Cli.run("validate", file);

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains(file + ": valid belonging.instrument 1.0 (");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validate_schemaViolation_reportsPointerSchemaAndKeyword() throws IOException {
    String text = Files.readString(pulse()).replace("\"title\":", "\"titel\":");
    Path file = Files.writeString(dir.resolve("bad.json"), text);
    Cli.Run run = Cli.run("validate", file);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(file + ": ");
    assertThat(run.err()).contains("instrument.schema.json");
    assertThat(run.err()).containsMatch("titel|title");
  }

  @Test
  void validate_domainRuleBeyondTheSchema_reportsPointerAndRule() throws IOException {
    // A second item with the id of the first: the schema cannot see it, the domain can.
    String text = Files.readString(pulse());
    String items = text.substring(text.indexOf("\"items\":[") + 9, text.lastIndexOf("]"));
    Path file = Files.writeString(dir.resolve("twice.json"),
        text.replace("\"items\":[" + items + "]", "\"items\":[" + items + "," + items + "]"));
    Cli.Run run = Cli.run("validate", file);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).containsMatch(java.util.regex.Pattern.quote(file.toString())
        + ": /items.*\\(belonging-json 1\\.0\\)");
  }

  @Test
  void validate_malformedJson_reportsLineAndColumn() throws IOException {
    Path file = Files.writeString(dir.resolve("cut.json"),
        "{\n  \"format\": \"belonging.roster\",\n  ");
    Cli.Run run = Cli.run("validate", file);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(file + ": line 3, column ");
    assertThat(run.err()).contains("not well-formed JSON");
  }

  @Test
  void validate_unknownFormat_listsTheKnownOnes() throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"),
        "{\"format\":\"belonging.horoscope\",\"version\":\"1.0\"}");
    Cli.Run run = Cli.run("validate", file);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("/format: unknown document type 'belonging.horoscope'");
    assertThat(run.err()).contains("belonging.instrument");
  }

  @Test
  void validate_severalFiles_reportsEachAndFailsIfAnyIsInvalid() throws IOException {
    Path good = pulse();
    Path missing = dir.resolve("missing.json");
    Cli.Run run = Cli.run("validate", good, missing);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.out()).contains(good + ": valid");
    assertThat(run.err()).contains(missing + ": no such file");
    assertThat(run.out()).contains("1 of 2 documents valid");
  }

  @Test
  void validate_noFile_exitsWithUsageCode() {
    Cli.Run run = Cli.run("validate");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("FILE");
  }
}
