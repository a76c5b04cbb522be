package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ResponseWaveStreamingTest {
  private static final BelongingJson JSON = BelongingJson.defaults();
  private static final int RESPONSES = 5_000;

  private static Response response(int i) {
    return Response.of("r" + i,
        Attributes.of(ImmutableMap.of(Dimension.TEAM, "team-" + (i % 7))),
        ImmutableMap.of("q1", 1 + i % 5, "q2", 1 + (i / 5) % 5));
  }

  private static byte[] bigWave() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ResponseWaveWriter writer = JSON.responseWaveWriter(out, Fixtures.emptyWave(),
        List.of(Dimension.TEAM))) {
      for (int i = 0; i < RESPONSES; i++) {
        writer.write(response(i));
      }
      assertThat(writer.written()).isEqualTo(RESPONSES);
    }
    return out.toByteArray();
  }

  @Test
  void reader_streamsEveryResponseInOrder() {
    try (ResponseWaveReader reader = JSON.responseWaveReader(new ByteArrayInputStream(bigWave()))) {
      assertThat(reader.header()).isEqualTo(Fixtures.emptyWave());
      assertThat(reader.dimensions()).containsExactly(Dimension.TEAM);
      int[] n = {0};
      int[] mismatches = {0};
      reader.stream().forEach(r -> mismatches[0] += r.equals(response(n[0]++)) ? 0 : 1);
      assertThat(n[0]).isEqualTo(RESPONSES);
      assertThat(mismatches[0]).isEqualTo(0);
      assertThrows(NoSuchElementException.class, reader::next);
    }
  }

  @Test
  void reader_handsOutResponsesBeforeTheRestIsRead_andReportsALateFailure() {
    byte[] wave = bigWave();
    // The document breaks off inside the last response: a streaming reader hands out the
    // responses before it, then fails instead of ending quietly.
    InputStream truncated = new ByteArrayInputStream(wave, 0, wave.length - 5);
    try (ResponseWaveReader reader = JSON.responseWaveReader(truncated)) {
      int mismatches = 0;
      for (int i = 0; i < RESPONSES - 1; i++) {
        mismatches += reader.next().equals(response(i)) ? 0 : 1;
      }
      assertThat(mismatches).isEqualTo(0);
      WireFormatException e = assertThrows(WireFormatException.class, reader::hasNext);
      assertThat(e.pointer()).startsWith("/responses/" + (RESPONSES - 1));
    }
  }

  @Test
  void reader_moreAttributeCombinationsAndValuesThanRemembered_readsEveryOneAsWritten() {
    // The reader remembers at most 4,096 attribute values and 4,096 combinations; past that, and
    // for values too long to remember, it builds the attributes afresh. Combinations that extend
    // others and values longer than 64 characters are mixed in; every combination comes back.
    Dimension gender = Dimension.sensitive("gender");
    List<Response> responses = new java.util.ArrayList<>();
    for (int i = 0; i < 13_000; i++) {
      int combination = i % 9_000;
      ImmutableMap.Builder<Dimension, String> attributes = ImmutableMap.builder();
      attributes.put(Dimension.TEAM, combination % 3 == 0 ? "t".repeat(65) + combination
          : "team-" + combination);
      if (combination % 2 == 0) {
        attributes.put(gender, "g" + combination % 5);
      }
      responses.add(Response.of("r" + i, Attributes.of(attributes.buildOrThrow()),
          ImmutableMap.of("q1", 1 + i % 5)));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ResponseWaveWriter writer = JSON.responseWaveWriter(out, Fixtures.emptyWave(),
        List.of(Dimension.TEAM, gender))) {
      responses.forEach(writer::write);
    }
    try (ResponseWaveReader reader = JSON.responseWaveReader(
        new ByteArrayInputStream(out.toByteArray()))) {
      int mismatches = 0;
      for (Response expected : responses) {
        mismatches += reader.next().equals(expected) ? 0 : 1;
      }
      assertThat(mismatches).isEqualTo(0);
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void reader_answersInChangingOrder_readAsWritten_andARepeatFailsAtItsPointer() {
    String head = "{\"format\":\"belonging.response-wave\",\"version\":\"1.0\","
        + "\"instrumentId\":\"demo\",\"instrumentVersion\":\"1.0.0\",\"waveId\":\"w\","
        + "\"responses\":[";
    String wave = head + "{\"respondentId\":\"r0\",\"answers\":{\"q1\":1,\"q2\":2,\"q3\":3}},"
        + "{\"respondentId\":\"r1\",\"answers\":{\"q1\":4,\"q2\":5}},"
        + "{\"respondentId\":\"r2\",\"answers\":{\"q2\":1,\"q1\":2,\"q3\":300}},"
        + "{\"respondentId\":\"r3\",\"answers\":{\"q2\":1,\"q1\":2,\"q3\":3}}]}";
    ResponseWave read = JSON.readResponseWave(wave);
    assertThat(read.responses().get(0).answers()).containsExactly("q1", 1, "q2", 2, "q3", 3)
        .inOrder();
    assertThat(read.responses().get(1).answers()).containsExactly("q1", 4, "q2", 5).inOrder();
    assertThat(read.responses().get(2).answers()).containsExactly("q2", 1, "q1", 2, "q3", 300)
        .inOrder();
    assertThat(read.responses().get(3).answer("q3")).isEqualTo(java.util.OptionalInt.of(3));
    WireFormatException repeat = assertThrows(WireFormatException.class,
        () -> JSON.readResponseWave(wave.replace("{\"q1\":4,\"q2\":5}", "{\"q1\":4,\"q1\":5}")));
    assertThat(repeat.pointer()).isEqualTo("/responses/1/answers/q1");
    assertThat(repeat).hasMessageThat().contains("must not appear twice");
  }

  @Test
  void reader_trailingGarbage_failsAfterTheLastResponse() {
    InputStream withGarbage = new SequenceInputStream(new ByteArrayInputStream(bigWave()),
        new ByteArrayInputStream(" x".getBytes(StandardCharsets.UTF_8)));
    try (ResponseWaveReader reader = JSON.responseWaveReader(withGarbage)) {
      for (int i = 0; i < RESPONSES; i++) {
        reader.next();
      }
      assertThrows(WireFormatException.class, reader::hasNext);
    }
  }

  @Test
  void reader_leavesTheCallersStreamOpen() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(JSON.toString(Fixtures.wave())
        .getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertThat(JSON.readResponseWave(in)).isEqualTo(Fixtures.wave());
    assertThat(closed[0]).isFalse();
  }

  @Test
  void writer_undeclaredDimension_isACallerMistake() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ResponseWaveWriter writer = JSON.responseWaveWriter(out, Fixtures.emptyWave(),
        List.of(Dimension.ROLE))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> writer.write(response(0)));
      assertThat(e).hasMessageThat().isEqualTo(
          "response 0 uses dimension 'team', which the writer's dimensions do not declare");
    }
  }

  @Test
  void write_nameUsedSensitiveAndNot_isACallerMistake() {
    ResponseWave wave = ResponseWave.builder().from(Fixtures.emptyWave()).addResponses(
        Response.of("a", Attributes.of(ImmutableMap.of(Dimension.of("gender"), "x")),
            ImmutableMap.of()),
        Response.of("b", Attributes.of(ImmutableMap.of(Dimension.sensitive("gender"), "y")),
            ImmutableMap.of())).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JSON.toString(wave));
    assertThat(e).hasMessageThat().contains("dimension 'gender' is used both as sensitive");
  }

  @Test
  void writer_afterClose_isRejected() {
    ResponseWaveWriter writer = JSON.responseWaveWriter(new ByteArrayOutputStream(),
        Fixtures.emptyWave(), List.of());
    writer.close();
    writer.close();
    assertThrows(IllegalStateException.class, () -> writer.write(response(0)));
  }

  @Test
  void reader_attributesInAnyMemberOrder_giveEqualValues_andRepeatsAreNamed() {
    String wave = JSON.toString(Fixtures.wave());
    String reordered = wave.replace("{\"gender\":\"non-binary\",\"team\":\"eng/platform\"}",
        "{\"team\":\"eng/platform\",\"gender\":\"non-binary\"}");
    assertThat(reordered).isNotEqualTo(wave);
    assertThat(JSON.readResponseWave(reordered)).isEqualTo(Fixtures.wave());
    WireFormatException repeatedComment = assertThrows(WireFormatException.class,
        () -> JSON.readResponseWave(wave.replace("\"comments\":{\"voice.comment\":",
            "\"comments\":{\"voice.comment\":\"a\",\"voice.comment\":")));
    assertThat(repeatedComment.pointer()).isEqualTo("/responses/0/comments/voice.comment");
    WireFormatException repeatedAttribute = assertThrows(WireFormatException.class,
        () -> JSON.readResponseWave(wave.replace("{\"team\":\"sales\"}",
            "{\"team\":\"sales\",\"team\":\"sales\"}")));
    assertThat(repeatedAttribute.pointer()).isEqualTo("/responses/1/attributes/team");
  }
}
