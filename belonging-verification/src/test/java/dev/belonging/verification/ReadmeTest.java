package dev.belonging.verification;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableMap;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.WorkArrangement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README honest: its Java example is this test's {@code example()} body, verbatim, and
 * its test command is the one {@code .ci/run} runs.
 */
class ReadmeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static String read(String file) throws IOException {
    return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
  }

  /** The README's example; everything between the markers appears in README.md verbatim. */
  @Test
  void example() {
    // README-EXAMPLE-BEGIN
    Dimension gender = Dimension.sensitive("gender");
    Attributes someone = Attributes.of(ImmutableMap.of(
        Dimension.TEAM, "engineering/platform",
        Dimension.WORK_ARRANGEMENT, WorkArrangement.REMOTE.name(),
        gender, "woman"));

    assertThat(someone.get(Dimension.WORK_ARRANGEMENT)).hasValue("REMOTE");
    assertThat(gender.sensitive()).isTrue();           // stricter anonymity minimums apply
    assertThat(someone.toString()).doesNotContain("woman"); // values never reach logs
    // README-EXAMPLE-END
  }

  @Test
  void ciRun_runsTheReadmeTestCommand() throws IOException {
    String readme = read("README.md");
    Matcher m = Pattern.compile("<!-- test-command -->\\n```sh\\n(.+?)\\n```").matcher(readme);
    assertWithMessage("README.md must mark its test command with <!-- test-command -->")
        .that(m.find()).isTrue();
    String command = m.group(1).trim();
    assertThat(read(".ci/run")).contains(command);
  }
}
