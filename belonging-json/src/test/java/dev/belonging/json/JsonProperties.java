package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.workforce.Roster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JsonProperties {
  private static final BelongingJson JSON = BelongingJson.defaults();
  private static final ObjectMapper TREES = new ObjectMapper();

  @Provide
  Arbitrary<Instrument> instruments() {
    return Generators.instrument();
  }

  @Provide
  Arbitrary<Roster> rosters() {
    return Generators.roster();
  }

  @Provide
  Arbitrary<ResponseWave> waves() {
    return Generators.wave();
  }

  // ---------------------------------------------------------------- round trips

  @Property(tries = 100)
  void instrument_readOfWrite_isTheValue_andTheDocumentIsSchemaValid(
      @ForAll("instruments") Instrument instrument) {
    String json = JSON.toString(instrument);
    assertThat(JSON.readInstrument(json)).isEqualTo(instrument);
    assertThat(JSON.toString(JSON.readInstrument(json))).isEqualTo(json);
    assertThat(Schemas.violations(Schemas.INSTRUMENT, json)).isEmpty();
  }

  @Property(tries = 40)
  void roster_readOfWrite_isTheValue_andTheDocumentIsSchemaValid(@ForAll("rosters") Roster roster) {
    String json = JSON.toString(roster);
    assertThat(JSON.readRoster(json)).isEqualTo(roster);
    assertThat(Schemas.violations(Schemas.ROSTER, json)).isEmpty();
  }

  @Property(tries = 100)
  void responseWave_readOfWrite_isTheValue_andTheDocumentIsSchemaValid(
      @ForAll("waves") ResponseWave wave) {
    String json = JSON.toString(wave);
    assertThat(JSON.readResponseWave(json)).isEqualTo(wave);
    assertThat(Schemas.violations(Schemas.RESPONSE_WAVE, json)).isEmpty();
  }

  @Property(tries = 100)
  void responseWave_streamingWriterAndReader_agreeWithTheWholeDocumentCalls(
      @ForAll("waves") ResponseWave wave) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ResponseWaveWriter writer = JSON.responseWaveWriter(out, wave, Generators.used(wave))) {
      wave.responses().forEach(writer::write);
    }
    byte[] bytes = out.toByteArray();
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(JSON.toString(wave));
    List<Response> streamed = new ArrayList<>();
    try (ResponseWaveReader reader = JSON.responseWaveReader(new ByteArrayInputStream(bytes))) {
      assertThat(reader.header()).isEqualTo(
          ResponseWave.builder().from(wave).responses(List.of()).build());
      reader.forEachRemaining(streamed::add);
    }
    assertThat(streamed).containsExactlyElementsIn(wave.responses()).inOrder();
  }

  // ---------------------------------------------------------------- hostile input

  @Property(tries = 80)
  void instrument_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("instruments") Instrument instrument, @ForAll long seed) {
    byte[] mutated = mutate(JSON.toString(instrument), new Random(seed));
    assertValueOrWireFormatException(mutated,
        in -> JSON.readInstrument(new ByteArrayInputStream(in)));
  }

  @Property(tries = 80)
  void roster_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("rosters") Roster roster, @ForAll long seed) {
    byte[] mutated = mutate(JSON.toString(roster), new Random(seed));
    assertValueOrWireFormatException(mutated, in -> JSON.readRoster(new ByteArrayInputStream(in)));
  }

  @Property(tries = 80)
  void responseWave_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("waves") ResponseWave wave, @ForAll long seed) {
    byte[] mutated = mutate(JSON.toString(wave), new Random(seed));
    assertValueOrWireFormatException(mutated,
        in -> JSON.readResponseWave(new ByteArrayInputStream(in)));
    assertValueOrWireFormatException(mutated, in -> {
      try (ResponseWaveReader reader = JSON.responseWaveReader(new ByteArrayInputStream(in))) {
        int n = 0;
        while (reader.hasNext()) {
          reader.next();
          n++;
        }
        return n;
      }
    });
  }

  @Property(tries = 200)
  void anyDocumentType_randomBytes_giveWireFormatException(@ForAll byte[] bytes) {
    assertValueOrWireFormatException(bytes, in -> JSON.readInstrument(new ByteArrayInputStream(in)));
    assertValueOrWireFormatException(bytes, in -> JSON.readRoster(new ByteArrayInputStream(in)));
    assertValueOrWireFormatException(bytes,
        in -> JSON.readResponseWave(new ByteArrayInputStream(in)));
  }

  private static void assertValueOrWireFormatException(byte[] input, Function<byte[], Object> read) {
    try {
      assertThat(read.apply(input)).isNotNull();
    } catch (WireFormatException expected) {
      assertThat(expected.pointer()).isNotNull();
      assertThat(expected.rule()).isNotEmpty();
      assertWithMessage("pointer must be a JSON Pointer").that(expected.pointer())
          .matches("(/[^/]*)*");
    }
  }

  // ---------------------------------------------------------------- mutations

  private static final JsonNode[] REPLACEMENTS = {
      JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.textNode(""),
      JsonNodeFactory.instance.textNode(" "), JsonNodeFactory.instance.numberNode(-1),
      JsonNodeFactory.instance.numberNode(1.5), JsonNodeFactory.instance.numberNode(1L << 40),
      JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.objectNode(),
      JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.textNode("1.0"),
      JsonNodeFactory.instance.textNode("FULL"), JsonNodeFactory.instance.numberNode(0)};

  /** One random mutation: of the tree (delete or replace a node), or of the bytes. */
  static byte[] mutate(String json, Random random) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    switch (random.nextInt(6)) {
      case 0:
      case 1:
        return mutateTree(json, random);
      case 2: // truncate
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
      case 3: { // replace a random byte
        byte[] copy = bytes.clone();
        copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        return copy;
      }
      case 4: { // delete a random range
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(8));
        byte[] copy = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, copy, 0, from);
        System.arraycopy(bytes, to, copy, from, bytes.length - to);
        return copy;
      }
      default: { // insert random bytes
        int at = random.nextInt(bytes.length + 1);
        byte[] noise = new byte[1 + random.nextInt(6)];
        random.nextBytes(noise);
        byte[] copy = new byte[bytes.length + noise.length];
        System.arraycopy(bytes, 0, copy, 0, at);
        System.arraycopy(noise, 0, copy, at, noise.length);
        System.arraycopy(bytes, at, copy, at + noise.length, bytes.length - at);
        return copy;
      }
    }
  }

  private static byte[] mutateTree(String json, Random random) {
    try {
      JsonNode root = TREES.readTree(json);
      List<JsonNode> containers = new ArrayList<>();
      collect(root, containers);
      JsonNode container = containers.get(random.nextInt(containers.size()));
      boolean delete = random.nextBoolean();
      JsonNode replacement = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
      if (container instanceof ObjectNode && container.size() > 0) {
        ObjectNode object = (ObjectNode) container;
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        if (delete) {
          object.remove(name);
        } else {
          object.set(name, replacement);
        }
      } else if (container instanceof ArrayNode && container.size() > 0) {
        ArrayNode array = (ArrayNode) container;
        int index = random.nextInt(array.size());
        if (delete) {
          array.remove(index);
        } else {
          array.set(index, replacement);
        }
      }
      return TREES.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), containers);
      }
    }
  }
}
