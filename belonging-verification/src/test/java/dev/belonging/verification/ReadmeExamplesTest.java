package dev.belonging.verification;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every Java example of README.md honest, in one place for all modules: each example is
 * the body of a test somewhere in a module's test sources, between {@code // NAME-BEGIN} and
 * {@code // NAME-END} marker comments, and README.md must contain it verbatim (less the
 * indentation of its markers). The tests holding the examples run them; this test only checks
 * that the README still shows what they run.
 */
class ReadmeExamplesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern EXAMPLE = Pattern.compile(
      "(?m)^([ \\t]*)// ([A-Z][A-Z-]*EXAMPLE[A-Z-]*|README-[A-Z-]+)-BEGIN\\n(.*?)\\n[ \\t]*// \\2-END",
      Pattern.DOTALL);
  /** The README examples that exist today; fewer means a marker was lost. */
  private static final int KNOWN_EXAMPLES = 10;

  /** Example name to example text, dedented, from every module's test sources. */
  static Map<String, String> examples() {
    Map<String, String> found = new LinkedHashMap<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      List<Path> sources = new ArrayList<>();
      for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("belonging-"))
          .sorted().collect(Collectors.toList())) {
        Path tests = module.resolve("src/test/java");
        if (Files.isDirectory(tests)) {
          try (Stream<Path> files = Files.walk(tests)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(sources::add);
          }
        }
      }
      for (Path source : sources) {
        if (source.endsWith("ReadmeExamplesTest.java")) {
          continue;
        }
        Matcher m = EXAMPLE.matcher(Files.readString(source, StandardCharsets.UTF_8));
        while (m.find()) {
          String indent = m.group(1);
          String text = m.group(3).lines()
              .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
              .collect(Collectors.joining("\n"));
          String previous = found.put(m.group(2), text);
          assertWithMessage("example %s is defined twice", m.group(2)).that(previous).isNull();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  @Test
  void examples_allFound() {
    assertThat(examples().size()).isAtLeast(KNOWN_EXAMPLES);
  }

  @Test
  void readme_containsEveryExampleVerbatim() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    examples().forEach((name, text) -> assertWithMessage(
        "README.md must contain the %s example verbatim", name).that(readme).contains(text));
  }

  @Test
  void examples_areDedentedByTheirMarkers() {
    Map<String, String> examples = examples();
    assertThat(examples).containsKey("README-DISCLOSURE-EXAMPLE");
    assertThat(examples.get("README-DISCLOSURE-EXAMPLE"))
        .startsWith("DisclosureLedger ledger = DisclosureLedger.create(");
  }
}
