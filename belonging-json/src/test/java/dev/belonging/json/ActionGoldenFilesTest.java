package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.intervention.InterventionCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The golden files of interventions, pairing, trials and fairness (src/test/resources/golden/v1)
 * are kept forever: every future reader must read them to the same values, and this writer
 * writes those values back byte for byte.
 */
class ActionGoldenFilesTest {
  private static final BelongingJson JSON = BelongingJson.defaults();

  static String golden(String name) {
    return Fixtures.resource("/golden/v1/" + name);
  }

  /** Reads the file as text and as bytes, writes the value as bytes and as text. */
  private static <T> void assertGolden(String file, T expected,
      Function<String, T> readText, Function<ByteArrayInputStream, T> readBytes,
      BiConsumer<T, ByteArrayOutputStream> write, Function<T, String> text) {
    String json = golden(file);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(readText.apply(json)).isEqualTo(expected);
    assertThat(readBytes.apply(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write.accept(expected, out);
    assertThat(out.toByteArray()).isEqualTo(bytes);
    assertThat(text.apply(expected)).isEqualTo(json);
  }

  @Test
  void builtInCatalog_readsToTheValue_andWritesByteForByte() {
    assertGolden("intervention-catalog-builtin.json", InterventionCatalog.builtIn(),
        JSON::readInterventionCatalog, JSON::readInterventionCatalog, JSON::write, JSON::toString);
    assertThat(JSON.readInterventionCatalog(golden("intervention-catalog-builtin.json")).ids())
        .containsExactlyElementsIn(InterventionCatalog.builtIn().ids()).inOrder();
  }

  @Test
  void customCatalog_readsToTheValue_andWritesByteForByte() {
    assertGolden("intervention-catalog.json", ActionFixtures.customCatalog(),
        JSON::readInterventionCatalog, JSON::readInterventionCatalog, JSON::write, JSON::toString);
  }

  @Test
  void everyGoldenFile_isValidAgainstItsSchema() {
    String[][] files = {
        {"intervention-catalog-builtin.json", "intervention-catalog"},
        {"intervention-catalog.json", "intervention-catalog"}};
    for (String[] file : files) {
      assertWithMessage(file[0]).that(Schemas.violations(file[1], golden(file[0]))).isEmpty();
    }
  }
}
