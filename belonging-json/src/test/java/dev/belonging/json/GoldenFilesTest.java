package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.workforce.Roster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The golden files of format version 1 (src/test/resources/golden/v1) are kept forever: every
 * future reader must read them to the same values, and this writer writes those values back byte
 * for byte.
 */
class GoldenFilesTest {
  private static final BelongingJson JSON = BelongingJson.defaults();

  private static String golden(String name) {
    return Fixtures.resource("/golden/v1/" + name);
  }

  private static byte[] goldenBytes(String name) {
    return golden(name).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void instrument_readsToTheValue_andWritesByteForByte() {
    assertThat(JSON.readInstrument(golden("instrument.json"))).isEqualTo(Fixtures.instrument());
    assertThat(JSON.readInstrument(new ByteArrayInputStream(goldenBytes("instrument.json"))))
        .isEqualTo(Fixtures.instrument());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(Fixtures.instrument(), out);
    assertThat(out.toByteArray()).isEqualTo(goldenBytes("instrument.json"));
    assertThat(JSON.toString(Fixtures.instrument())).isEqualTo(golden("instrument.json"));
  }

  @Test
  void minimalInstrument_readsToTheValue_andWritesByteForByte() {
    Instrument read = JSON.readInstrument(golden("instrument-minimal.json"));
    assertThat(read).isEqualTo(Fixtures.minimalInstrument());
    assertThat(read.language()).isEqualTo("en");
    assertThat(JSON.toString(Fixtures.minimalInstrument()))
        .isEqualTo(golden("instrument-minimal.json"));
  }

  @Test
  void roster_readsToTheValue_andWritesByteForByte() {
    Roster read = JSON.readRoster(new ByteArrayInputStream(goldenBytes("roster.json")));
    assertThat(read).isEqualTo(Fixtures.roster());
    assertThat(read.invited().get(0).values().keySet()).contains(Fixtures.GENDER);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(Fixtures.roster(), out);
    assertThat(out.toByteArray()).isEqualTo(goldenBytes("roster.json"));
  }

  @Test
  void responseWave_readsToTheValue_andWritesByteForByte() {
    ResponseWave read = JSON.readResponseWave(new ByteArrayInputStream(
        goldenBytes("response-wave.json")));
    assertThat(read).isEqualTo(Fixtures.wave());
    assertThat(JSON.readResponseWave(golden("response-wave.json"))).isEqualTo(Fixtures.wave());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(Fixtures.wave(), out);
    assertThat(out.toByteArray()).isEqualTo(goldenBytes("response-wave.json"));
  }

  @Test
  void emptyResponseWave_readsToTheValue_andWritesByteForByte() {
    assertThat(JSON.readResponseWave(golden("response-wave-empty.json")))
        .isEqualTo(Fixtures.emptyWave());
    assertThat(JSON.toString(Fixtures.emptyWave())).isEqualTo(golden("response-wave-empty.json"));
  }

  @Test
  void everyGoldenFile_isValidAgainstItsSchema() {
    String[][] files = {
        {"instrument.json", Schemas.INSTRUMENT}, {"instrument-minimal.json", Schemas.INSTRUMENT},
        {"roster.json", Schemas.ROSTER}, {"response-wave.json", Schemas.RESPONSE_WAVE},
        {"response-wave-empty.json", Schemas.RESPONSE_WAVE}};
    for (String[] file : files) {
      assertWithMessage(file[0]).that(Schemas.violations(file[1], golden(file[0]))).isEmpty();
    }
  }
}
