package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.belonging.instrument.Instrument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BelongingJsonTest {
  private static final BelongingJson JSON = BelongingJson.defaults();
  private static final String INSTRUMENT = Fixtures.resource("/golden/v1/instrument-minimal.json");
  private static final String ROSTER = Fixtures.resource("/golden/v1/roster.json");
  private static final String WAVE = Fixtures.resource("/golden/v1/response-wave.json");

  private static WireFormatException instrumentFails(String json) {
    return assertThrows(WireFormatException.class, () -> JSON.readInstrument(json));
  }

  private static void assertFails(WireFormatException e, String pointer, String rulePart) {
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.rule()).contains(rulePart);
    assertThat(e.formatVersion()).isEqualTo("1.0");
  }

  /** The minimal instrument with one replacement of its text. */
  private static String instrument(String target, String replacement) {
    assertThat(INSTRUMENT).contains(target);
    return INSTRUMENT.replace(target, replacement);
  }

  // ---------------------------------------------------------------- envelope

  @Test
  void read_unknownMajorVersion_namesVersion() {
    WireFormatException e = instrumentFails(instrument("\"version\":\"1.0\"", "\"version\":\"2.0\""));
    assertFails(e, "/version", "major version 2 is not supported");
  }

  @Test
  void read_versionNotMajorMinor_namesVersion() {
    assertFails(instrumentFails(instrument("\"version\":\"1.0\"", "\"version\":\"1\"")),
        "/version", "must be MAJOR.MINOR");
    assertFails(instrumentFails(instrument("\"version\":\"1.0\"", "\"version\":1.0")),
        "/version", "must be a string");
  }

  @Test
  void read_laterMinorVersionWithKnownFields_isAccepted() {
    Instrument read = JSON.readInstrument(instrument("\"version\":\"1.0\"", "\"version\":\"1.7\""));
    assertThat(read).isEqualTo(Fixtures.minimalInstrument());
  }

  @Test
  void read_laterMinorVersionWithUnknownField_isRejectedAndSaysSo() {
    WireFormatException e = instrumentFails(instrument("\"version\":\"1.0\"", "\"version\":\"1.7\"")
        .replace("\"title\":", "\"subtitle\":\"x\",\"title\":"));
    assertThat(e.pointer()).isEqualTo("/subtitle");
    assertThat(e.rule()).contains("newer than this reader");
    assertThat(e.formatVersion()).isEqualTo("1.7");
  }

  @Test
  void read_wrongFormat_namesFormat() {
    assertFails(assertThrows(WireFormatException.class, () -> JSON.readRoster(INSTRUMENT)),
        "/format", "must be 'belonging.roster', but was 'belonging.instrument'");
  }

  @Test
  void read_envelopeNotFirst_isRejected() {
    assertFails(instrumentFails("{\"id\":\"x\",\"format\":\"belonging.instrument\",\"version\":\"1.0\"}"),
        "/format", "every document starts with");
    assertFails(instrumentFails("{\"format\":\"belonging.instrument\",\"id\":\"x\"}"),
        "/version", "is required as member 2");
  }

  @Test
  void read_notAnObject_isRejected() {
    assertFails(instrumentFails("[]"), "", "must be a JSON object");
    assertFails(instrumentFails(""), "", "is empty");
  }

  // ---------------------------------------------------------------- unknown fields, types

  @Test
  void read_unknownField_isRejectedWithItsPointer() {
    assertFails(instrumentFails(instrument("\"reverseKeyed\":false", "\"reverseKeyd\":true")),
        "/items/0/reverseKeyd", "is not a field of format 1.0");
    assertFails(instrumentFails(instrument("\"title\":", "\"extra\":{},\"title\":")),
        "/extra", "is not a field");
  }

  @Test
  void read_wrongTypes_areRejectedWithTheirPointers() {
    assertFails(instrumentFails(instrument("\"min\":1", "\"min\":\"1\"")),
        "/items/0/scale/min", "must be an integer");
    assertFails(instrumentFails(instrument("\"min\":1", "\"min\":1.0")),
        "/items/0/scale/min", "must be an integer");
    assertFails(instrumentFails(instrument("\"title\":\"Pulse\"", "\"title\":5")),
        "/title", "must be a string");
    assertFails(instrumentFails(instrument("\"reverseKeyed\":false", "\"reverseKeyed\":0")),
        "/items/0/reverseKeyed", "must be true or false");
    assertFails(instrumentFails(instrument("\"kind\":\"FULL\"", "\"kind\":\"HUGE\"")),
        "/kind", "must be one of [PULSE, SHORT_FORM, MODULE, FULL]");
    assertFails(instrumentFails(instrument("\"kind\":\"FULL\"", "\"kind\":0")),
        "/kind", "must be one of");
    assertFails(instrumentFails(instrument("\"labels\":[", "\"labels\":[[],")),
        "/items/0/scale/labels/0", "must be a string");
    assertFails(instrumentFails(instrument("\"min\":1", "\"min\":99999999999")),
        "/items/0/scale/min", "must be an integer in");
  }

  @Test
  void read_missingOrNullRequiredField_isRejectedWithItsPointer() {
    assertFails(instrumentFails(instrument("\"title\":\"Pulse\",", "")), "/title", "is required");
    assertFails(instrumentFails(instrument("\"title\":\"Pulse\"", "\"title\":null")),
        "/title", "is required");
    assertFails(instrumentFails(instrument("\"kind\":\"AGREEMENT\",", "")),
        "/items/0/kind", "is required");
    assertFails(instrumentFails("{\"format\":\"belonging.instrument\",\"version\":\"1.0\"}"),
        "/id", "is required");
  }

  // ---------------------------------------------------------------- domain rules

  @Test
  void read_domainRuleBroken_namesTheFieldAndTheRule() {
    assertFails(instrumentFails(instrument("\"id\":\"belonging.overall\"", "\"id\":\"Bad Id\"")),
        "/items/0/id", "item id must match");
    assertFails(instrumentFails(instrument("\"id\":\"pulse\"", "\"id\":\"-\"")),
        "/id", "instrument id must match");
    assertFails(instrumentFails(instrument("\"language\":\"en\"", "\"language\":\"english!\"")),
        "/language", "must be a BCP 47 tag");
    assertFails(instrumentFails(instrument("\"instrumentVersion\":\"1.0.0\"",
        "\"instrumentVersion\":\"01.0\"")), "/instrumentVersion", "MAJOR.MINOR.PATCH");
    assertFails(instrumentFails(instrument("\"favorable\":[4,5]", "\"favorable\":[4,9]")),
        "/items/0/scale/favorable", "favorable point must be in [1, 5]");
    assertFails(instrumentFails(instrument("\"favorable\":[4,5]", "\"favorable\":[2,5]")),
        "/items/0/scale/unfavorable", "must not be both favorable and unfavorable");
    assertFails(instrumentFails(instrument("\"favorable\":[4,5]", "\"favorable\":[4,4]")),
        "/items/0/scale/favorable/1", "must not repeat");
    assertFails(instrumentFails(instrument("\"Strongly agree\"]", "\"Strongly agree\",\"More\"]")),
        "/items/0/scale/labels", "one label per point");
    assertFails(instrumentFails(instrument("\"kind\":\"AGREEMENT\"", "\"kind\":\"OPEN_TEXT\"")),
        "/items/0/scale", "must not have a scale");
    assertFails(instrumentFails(instrument("\"label\":\"Belonging\"", "\"label\":\" \"")),
        "/items/0/construct/label", "must not be blank");
    assertFails(instrumentFails(instrument("\"items\":[]".isEmpty() ? "" : "\"kind\":\"FULL\",",
        "\"kind\":\"FULL\",\"retiredItemIds\":[\"belonging.overall\"],")),
        "/retiredItemIds/0", "must not be both asked and retired");
  }

  @Test
  void read_duplicateItemIds_pointsAtTheSecond() {
    String item = INSTRUMENT.substring(INSTRUMENT.indexOf("{\"id\":\"belonging.overall\""),
        INSTRUMENT.lastIndexOf("]}"));
    WireFormatException e = instrumentFails(INSTRUMENT.replace(item, item + "," + item));
    assertFails(e, "/items/1/id", "must be unique");
  }

  @Test
  void read_emptyItems_namesItems() {
    String items = INSTRUMENT.substring(INSTRUMENT.indexOf("\"items\":"), INSTRUMENT.length() - 1);
    assertFails(instrumentFails(INSTRUMENT.replace(items, "\"items\":[]")),
        "/items", "at least 1 item");
  }

  @Test
  void readRoster_undeclaredDimensionOrBlankValue_isRejected() {
    WireFormatException undeclared = assertThrows(WireFormatException.class,
        () -> JSON.readRoster(ROSTER.replace("{\"team\":\"sales\"}", "{\"region\":\"north\"}")));
    assertFails(undeclared, "/invited/2/region", "does not declare");
    WireFormatException blank = assertThrows(WireFormatException.class,
        () -> JSON.readRoster(ROSTER.replace("{\"team\":\"sales\"}", "{\"team\":\" \"}")));
    assertFails(blank, "/invited/2/team", "must not be blank");
    WireFormatException twice = assertThrows(WireFormatException.class,
        () -> JSON.readRoster(ROSTER.replace("{\"name\":\"team\",\"sensitive\":false}",
            "{\"name\":\"gender\",\"sensitive\":false}")));
    assertFails(twice, "/dimensions/1/name", "must not repeat");
  }

  @Test
  void readResponseWave_errorsNameTheResponseButNeverItsData() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.readResponseWave(WAVE.replace("\"voice.dissent\":1", "\"voice.dissent\":\"p-0002-secret\"")));
    assertFails(e, "/responses/1/answers/voice.dissent", "must be an integer");
    assertThat(e.getMessage()).doesNotContain("secret");
    WireFormatException blank = assertThrows(WireFormatException.class,
        () -> JSON.readResponseWave(WAVE.replace("\"p-0003\"", "\" \"")));
    assertFails(blank, "/responses/2/respondentId", "must not be blank");
    WireFormatException missing = assertThrows(WireFormatException.class,
        () -> JSON.readResponseWave(WAVE.replace(",\"answers\":{}", "")));
    assertFails(missing, "/responses/2/answers", "is required");
    WireFormatException twice = assertThrows(WireFormatException.class,
        () -> JSON.readResponseWave(WAVE.replace("\"voice.dissent\":1", "\"voice.dissent\":1,\"voice.dissent\":2")));
    assertFails(twice, "/responses/1/answers/voice.dissent", "must not appear twice");
  }

  @Test
  void readResponseWave_memberAfterResponses_isRejected() {
    String moved = WAVE.replace(",\"label\":\"Autumn 2026\"", "")
        .replace("]}", "],\"label\":\"Autumn 2026\"}");
    assertFails(assertThrows(WireFormatException.class, () -> JSON.readResponseWave(moved)),
        "/label", "must come before /responses");
  }

  // ---------------------------------------------------------------- malformed input

  @Test
  void read_malformedOrTruncatedOrTrailing_isRejected() {
    assertFails(instrumentFails(INSTRUMENT.substring(0, INSTRUMENT.length() - 10)),
        "/items/0", "ends before the document is complete");
    assertFails(instrumentFails(INSTRUMENT + "{}"), "", "has content after the end");
    WireFormatException e = instrumentFails(instrument("\"title\":", "\"title\"::"));
    assertThat(e.rule()).contains("is not well-formed JSON (line 1, column");
    assertThat(e.pointer()).isEqualTo("/title");
    assertFails(instrumentFails(instrument("\"title\":\"Pulse\"", "\"title\":\"A\",\"title\":\"B\"")),
        "/title", "must not appear twice");
    assertThat(assertThrows(WireFormatException.class, () -> JSON.readInstrument(
        new ByteArrayInputStream(new byte[] {0, 0, 0, 1, 2, 3, 4, 5}))).rule()).isNotEmpty();
  }

  @Test
  void read_failureMessages_quoteNoFreeText() {
    WireFormatException e = instrumentFails(instrument("\"format\":\"belonging.instrument\"",
        "\"format\":\"Jane Doe said hello\""));
    assertThat(e.getMessage()).doesNotContain("Jane");
    assertThat(e.getMessage()).contains("(19 characters)");
  }

  // ---------------------------------------------------------------- limits

  @Test
  void limits_documentLength() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.withMaxDocumentLength(100).readInstrument(
            new ByteArrayInputStream(INSTRUMENT.getBytes(StandardCharsets.UTF_8))));
    assertThat(e.rule()).contains("maxDocumentLength");
    assertThat(JSON.withMaxDocumentLength(INSTRUMENT.length()).readInstrument(INSTRUMENT))
        .isEqualTo(Fixtures.minimalInstrument());
  }

  @Test
  void limits_nestingDepth() {
    // A scale label that is an array nests 6 levels deep: the parser stops at the limit before
    // the binder sees the value.
    String deep = instrument("\"labels\":[", "\"labels\":[[\"x\"],");
    assertThat(instrumentFails(deep).rule()).isEqualTo("must be a string");
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.withMaxNestingDepth(5).readInstrument(deep));
    assertThat(e.rule()).contains("maxNestingDepth");
    assertThat(e.pointer()).isEqualTo("/items/0/scale/labels/0");
    assertThat(JSON.withMaxNestingDepth(5).readInstrument(INSTRUMENT))
        .isEqualTo(Fixtures.minimalInstrument());
  }

  @Test
  void limits_stringLength() {
    WireFormatException e = assertThrows(WireFormatException.class, () -> JSON
        .withMaxStringLength(30).readInstrument(instrument("\"Pulse\"", "\"" + "x".repeat(31) + "\"")));
    assertThat(e.rule()).contains("maxStringLength");
    assertThat(e.pointer()).isEqualTo("/title");
  }

  @Test
  void limits_entries() {
    String full = JSON.toString(Fixtures.instrument());
    assertThat(JSON.withMaxEntries(11).readInstrument(full)).isEqualTo(Fixtures.instrument());
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.withMaxEntries(10).readInstrument(full));
    assertThat(e.pointer()).isEqualTo("/items/2/scale/labels/10");
    assertThat(e.rule()).contains("maxEntries");
    WireFormatException wave = assertThrows(WireFormatException.class,
        () -> JSON.withMaxEntries(2).readResponseWave(WAVE));
    assertThat(wave.pointer()).isEqualTo("/responses/0/answers/voice.dissent");
  }

  @Test
  void limits_records() {
    WireFormatException roster = assertThrows(WireFormatException.class,
        () -> JSON.withMaxRecords(4).readRoster(ROSTER));
    assertThat(roster.pointer()).isEqualTo("/invited/4");
    assertThat(roster.rule()).contains("maxRecords");
    assertThat(JSON.withMaxRecords(5).readRoster(ROSTER)).isEqualTo(Fixtures.roster());
    WireFormatException wave = assertThrows(WireFormatException.class,
        () -> JSON.withMaxRecords(2).readResponseWave(WAVE));
    assertThat(wave.pointer()).isEqualTo("/responses/2");
  }

  @Test
  void limits_invalidSettings_areRejected() {
    Consumer<Runnable> rejects = r -> assertThrows(IllegalArgumentException.class, r::run);
    rejects.accept(() -> JSON.withMaxDocumentLength(0));
    rejects.accept(() -> JSON.withMaxNestingDepth(0));
    rejects.accept(() -> JSON.withMaxStringLength(0));
    rejects.accept(() -> JSON.withMaxEntries(0));
    rejects.accept(() -> JSON.withMaxRecords(0));
  }

  // ---------------------------------------------------------------- determinism

  @Test
  void write_equalValuesBuiltInAnotherOrder_giveTheSameBytes() {
    Instrument a = Fixtures.instrument();
    Instrument b = Instrument.builder().from(a).retiredItemIds(
        a.retiredItemIds().asList().reverse()).declaredConstructs(
        a.declaredConstructs().asList().reverse()).build();
    assertThat(b).isEqualTo(a);
    assertThat(JSON.toString(b)).isEqualTo(JSON.toString(a));
  }
}
