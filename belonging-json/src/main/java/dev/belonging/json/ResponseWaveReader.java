package dev.belonging.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.instrument.SemanticVersion;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code belonging.response-wave} document one response at a time, so a wave of millions
 * of responses never has to be held in memory as a tree or a list.
 *
 * <p>The header (every member before {@code "responses"}) is read when the reader is created and
 * is available as {@link #header()}: a {@link ResponseWave} without responses. Responses are then
 * read on demand by {@link #next()}. {@link #hasNext()} returns false only after the whole document,
 * its end included, has been read and checked; any problem makes {@link #hasNext()} or {@link
 * #next()} throw a {@link WireFormatException}, and a caller must then discard the responses it has
 * already taken, as they came from a document that turned out to be invalid.
 *
 * <p>Obtain one from {@link BelongingJson#responseWaveReader(java.io.InputStream)}. Not
 * thread-safe. {@link #close()} releases the parser but does not close the caller's stream.
 */
public final class ResponseWaveReader implements Iterator<Response>, AutoCloseable {
  static final String FORMAT = "belonging.response-wave";
  /** A response with nothing set but an id, to reset the reused builder from. */
  private static final Response BLANK = Response.builder().respondentId("-").build();
  private static final java.util.function.Function<String, String> RESPONSE_MEMBERS =
      Mapping.byMarkers("respondentId", "respondentId");

  private final JsonParser parser;
  /** Whether this reader reads a whole input (and owns its parser) or a value inside another. */
  private final boolean root;
  private final Limits limits;
  private final Mapping m;
  private final ResponseWave header;
  private final Dimensions dimensions;
  private final AttributeCache attributeCache = new AttributeCache();
  private final AttributeKey probe = new AttributeKey();
  /** The position of each declared dimension name, the id of a name in an {@link AttributeKey}. */
  private final Map<String, Integer> nameIds = new HashMap<>();
  /** Attribute values seen before: a subgroup's value is one string, not one per respondent. */
  private final Interner values = new Interner();
  /** One builder for every response, reset from {@link #BLANK}, so its tables are reused. */
  private final Response.Builder builder = Response.builder();
  private int index;
  private boolean done;
  private @Nullable Response next;

  ResponseWaveReader(JsonParser parser, Limits limits, boolean root) {
    this.parser = parser;
    this.root = root;
    this.limits = limits;
    String version = Codec.VERSION;
    try {
      version = Codec.readEnvelope(parser, FORMAT);
      this.m = new Mapping(version);
      Header h = readHeader();
      this.header = h.wave;
      this.dimensions = h.dimensions;
      for (Dimension d : dimensions.all()) {
        nameIds.put(d.name(), nameIds.size());
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw Codec.failure(e, parser, version);
    }
  }

  /** The wave's header: ids, label, ordinal; its {@link ResponseWave#responses()} is empty. */
  public ResponseWave header() {
    return header;
  }

  /** The dimensions the document declares, in their natural order. */
  public ImmutableSet<Dimension> dimensions() {
    return dimensions.all();
  }

  /**
   * Whether another response follows.
   *
   * @throws WireFormatException if the document is invalid at or after the previous response
   * @throws java.io.UncheckedIOException if the stream fails
   */
  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = readNext();
      } catch (IOException | RuntimeException e) {
        done = true;
        close();
        throw Codec.failure(e, parser, m.version());
      }
    }
    return next != null;
  }

  /**
   * The next response.
   *
   * @throws NoSuchElementException if there is none
   * @throws WireFormatException if the document is invalid at this response
   */
  @Override
  public Response next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more responses");
    }
    Response response = next;
    next = null;
    return java.util.Objects.requireNonNull(response);
  }

  /** The remaining responses as a sequential stream; closing the stream closes this reader. */
  public Stream<Response> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /** Reads the remaining responses into the wave. */
  ResponseWave readAll() {
    List<Response> responses = new ArrayList<>();
    while (hasNext()) {
      responses.add(next());
    }
    return ResponseWave.builder().from(header).responses(responses).build();
  }

  /** Releases the parser; the caller's stream stays open. */
  @Override
  public void close() {
    if (!root) {
      return;
    }
    try {
      parser.close();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- header

  private static final class Header {
    final ResponseWave wave;
    final Dimensions dimensions;

    Header(ResponseWave wave, Dimensions dimensions) {
      this.wave = wave;
      this.dimensions = dimensions;
    }
  }

  private Header readHeader() throws IOException {
    String instrumentId = null;
    String instrumentVersion = null;
    String waveId = null;
    String label = null;
    Integer ordinal = null;
    Dimensions declared = Dimensions.none();
    Set<String> seen = new HashSet<>();
    seen.add("format");
    seen.add("version");
    JsonToken token = parser.currentToken();
    boolean responses = false;
    while (token == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      String at = Pointers.child("", name);
      if (!seen.add(name)) {
        throw m.error(at, "must not appear twice");
      }
      parser.nextToken();
      switch (name) {
        case "instrumentId": instrumentId = string(at); break;
        case "instrumentVersion": instrumentVersion = string(at); break;
        case "waveId": waveId = string(at); break;
        case "label": label = string(at); break;
        case "ordinal": ordinal = integer(at); break;
        case "dimensions": declared = readDimensions(); break;
        case "responses": responses = true; break;
        default: throw m.error(at, Codec.unknownField(m.version()));
      }
      if (responses) {
        break;
      }
      token = parser.nextToken();
    }
    if (!responses) {
      throw m.error("/responses", "is required, as the last member of the document");
    }
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw m.error("/responses", "must be an array");
    }
    ResponseWave.Builder builder = ResponseWave.builder();
    builder.instrumentId(m.required(instrumentId, "/instrumentId"));
    String version = m.required(instrumentVersion, "/instrumentVersion");
    builder.instrumentVersion(m.domain("/instrumentVersion", () -> SemanticVersion.parse(version)));
    builder.waveId(m.required(waveId, "/waveId"));
    if (label != null) {
      builder.label(label);
    }
    if (ordinal != null) {
      builder.ordinal(ordinal);
    }
    ResponseWave wave = m.domain("",
        Mapping.byMarkers("waveId", "waveId", "ordinal", "ordinal", "instrumentId", "instrumentId"),
        builder::build);
    return new Header(wave, declared);
  }

  private Dimensions readDimensions() throws IOException {
    String at = "/dimensions";
    expect(JsonToken.START_ARRAY, at, "an array");
    Map<String, Dimension> byName = new LinkedHashMap<>();
    int i = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String here = Pointers.child(at, i);
      checkEntries(i, here);
      expect(JsonToken.START_OBJECT, here, "an object");
      String name = null;
      Boolean sensitive = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        String fieldAt = Pointers.child(here, field);
        parser.nextToken();
        if ("name".equals(field) && name == null) {
          name = string(fieldAt);
        } else if ("sensitive".equals(field) && sensitive == null) {
          sensitive = bool(fieldAt);
        } else {
          throw m.error(fieldAt, "name".equals(field) || "sensitive".equals(field)
              ? "must not appear twice" : Codec.unknownField(m.version()));
        }
      }
      Dimension dimension = Dimensions.dimension(m.required(name, here + "/name"),
          m.required(sensitive, here + "/sensitive"), here, m);
      if (byName.put(dimension.name(), dimension) != null) {
        throw m.error(here + "/name", "must not repeat the name of an earlier dimension");
      }
      i++;
    }
    return Dimensions.of(byName);
  }

  // ---------------------------------------------------------------- responses

  private @Nullable Response readNext() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      parser.nextToken();
      if (parser.currentToken() == JsonToken.FIELD_NAME) {
        throw m.error(Pointers.child("", parser.currentName()),
            "must come before /responses, the last member of the document");
      }
      if (root) {
        Codec.requireEnd(parser, m.version());
      } else if (parser.currentToken() != JsonToken.END_OBJECT) {
        throw m.error(Pointers.of(parser), "is not expected here");
      }
      done = true;
      return null;
    }
    // Pointers are built only on failure: this loop runs for every response of large waves.
    if (index >= limits.maxRecords()) {
      throw m.error(at(null, null),
          "has more than " + limits.maxRecords() + " records (limit maxRecords)");
    }
    expect(JsonToken.START_OBJECT, null, null, "an object");
    Response.Builder builder = this.builder.from(BLANK);
    boolean hasId = false;
    boolean hasAttributes = false;
    boolean hasAnswers = false;
    boolean hasComments = false;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "respondentId":
          hasId = once(hasId, field);
          builder.respondentId(string(field, null));
          break;
        case "attributes":
          hasAttributes = once(hasAttributes, field);
          builder.attributes(attributes());
          break;
        case "answers":
          hasAnswers = once(hasAnswers, field);
          answers(builder);
          break;
        case "comments":
          hasComments = once(hasComments, field);
          comments(builder);
          break;
        default:
          throw m.error(at(field, null), Codec.unknownField(m.version()));
      }
    }
    if (!hasId) {
      throw m.error(at("respondentId", null), "is required and must not be null");
    }
    if (!hasAnswers) {
      throw m.error(at("answers", null), "is required and must not be null");
    }
    Response response;
    try {
      response = builder.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      response = m.domain(at(null, null), RESPONSE_MEMBERS, () -> {
        throw e;
      });
    }
    index++;
    return response;
  }

  /** The pointer of the current response, or of a member of it, or of an entry of that. */
  private String at(@Nullable String field, @Nullable String entry) {
    String at = "/responses/" + index;
    if (field != null) {
      at = Pointers.child(at, field);
    }
    return entry == null ? at : Pointers.child(at, entry);
  }

  private boolean once(boolean seen, String field) {
    if (seen) {
      throw m.error(at(field, null), "must not appear twice");
    }
    return true;
  }

  /**
   * Reads the answers into the builder; a repeated item name fails at its own pointer. The
   * builder itself detects the repeat (its only {@link IllegalArgumentException}), so no second
   * set of names is kept; item names are the parser's canonical strings, allocated once per
   * document.
   */
  private void answers(Response.Builder builder) throws IOException {
    expect(JsonToken.START_OBJECT, "answers", null, "an object");
    int count = 0;
    String item;
    while ((item = parser.nextFieldName()) != null) {
      if (++count > limits.maxEntries()) {
        throw tooMany(count, at("answers", item));
      }
      int point = parser.nextIntValue(0);
      if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw m.error(at("answers", item), "must be an integer");
      }
      try {
        builder.putAnswer(item, point);
      } catch (IllegalArgumentException e) {
        throw m.error(at("answers", item), "must not appear twice");
      }
    }
  }

  private void comments(Response.Builder builder) throws IOException {
    expect(JsonToken.START_OBJECT, "comments", null, "an object");
    int count = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String item = parser.currentName();
      if (++count > limits.maxEntries()) {
        throw tooMany(count, at("comments", item));
      }
      parser.nextToken();
      String comment = string("comments", item);
      try {
        builder.putComment(item, comment);
      } catch (IllegalArgumentException e) {
        throw m.error(at("comments", item), "must not appear twice");
      }
    }
  }

  /**
   * Reads an attributes object. Respondents share few combinations of attribute values, so each
   * combination's {@link Attributes} is built (and checked) once and then found in {@link
   * #attributeCache} by the ids of its names and interned values.
   */
  private Attributes attributes() throws IOException {
    expect(JsonToken.START_OBJECT, "attributes", null, "an object");
    AttributeKey probe = this.probe;
    probe.clear();
    String name;
    while ((name = parser.nextFieldName()) != null) {
      if (probe.size() >= limits.maxEntries()) {
        throw tooMany(probe.size() + 1, at("attributes", name));
      }
      if (parser.nextToken() != JsonToken.VALUE_STRING) {
        throw m.error(at("attributes", name), "must be a string");
      }
      String value = values.intern(parser.getTextCharacters(), parser.getTextOffset(),
          parser.getTextLength());
      Integer nameId = nameIds.get(name);
      probe.add(name, nameId == null ? -1 : nameId, value, values.slot());
    }
    Attributes cached = attributeCache.get(probe);
    if (cached != null) {
      return cached;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < probe.size(); i++) {
      if (values.put(probe.pairs[2 * i], probe.pairs[2 * i + 1]) != null) {
        throw m.error(at("attributes", probe.pairs[2 * i]), "must not appear twice");
      }
    }
    Attributes attributes = dimensions.attributes(values, at("attributes", null), m);
    attributeCache.put(probe, attributes);
    return attributes;
  }

  /**
   * The members of one attributes object in document order: the strings, and as ids the index of
   * each declared dimension name and the {@link Interner#slot()} of each value, which identify
   * the strings while every id is known ({@link #cacheable()}). One mutable instance is reused
   * for every response.
   */
  private static final class AttributeKey {
    /** Longest combination that is cached. */
    static final int LONGEST = 32;
    String[] pairs = new String[16];
    int[] ids = new int[16];
    int length;
    int hash;
    boolean cacheable;

    int size() {
      return length / 2;
    }

    void clear() {
      length = 0;
      hash = 1;
      cacheable = true;
    }

    void add(String name, int nameId, String value, int valueId) {
      if (length + 2 > pairs.length) {
        pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
        ids = java.util.Arrays.copyOf(ids, ids.length * 2);
      }
      pairs[length] = name;
      ids[length++] = nameId;
      pairs[length] = value;
      ids[length++] = valueId;
      hash = (hash * 31 + nameId) * 0x9E3779B9 + valueId;
      cacheable &= nameId >= 0 && valueId >= 0 && length <= 2 * LONGEST;
    }
  }

  /**
   * Attributes by the ids of their {@link AttributeKey}: a bounded open-addressing table of at
   * most {@link #REMEMBERED} combinations. A lookup compares at most {@link #PROBES} entries, so
   * crafted collisions cost a rebuilt {@link Attributes}, not a slow lookup.
   */
  private static final class AttributeCache {
    private static final int SLOTS = 1 << 13;
    private static final int REMEMBERED = SLOTS / 2;
    private static final int PROBES = 8;
    private final int[] hashes = new int[SLOTS];
    private final int[][] keys = new int[SLOTS][];
    private final @Nullable Attributes[] values = new Attributes[SLOTS];
    private int size;

    @Nullable Attributes get(AttributeKey key) {
      if (!key.cacheable) {
        return null;
      }
      int slot = spread(key.hash);
      for (int probe = 0; probe < PROBES; probe++) {
        int[] known = keys[slot];
        if (known == null) {
          return null;
        }
        if (hashes[slot] == key.hash
            && java.util.Arrays.equals(known, 0, known.length, key.ids, 0, key.length)) {
          return values[slot];
        }
        slot = (slot + 1) & (SLOTS - 1);
      }
      return null;
    }

    void put(AttributeKey key, Attributes attributes) {
      if (!key.cacheable || size >= REMEMBERED) {
        return;
      }
      int slot = spread(key.hash);
      for (int probe = 0; probe < PROBES; probe++) {
        if (keys[slot] == null) {
          hashes[slot] = key.hash;
          keys[slot] = java.util.Arrays.copyOf(key.ids, key.length);
          values[slot] = attributes;
          size++;
          return;
        }
        slot = (slot + 1) & (SLOTS - 1);
      }
    }

    private static int spread(int hash) {
      int h = hash * 0x9E3779B9;
      return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
  }

  /**
   * Strings looked up by their characters without allocating: a bounded open-addressing table
   * that remembers up to {@link #REMEMBERED} strings of at most {@link #LONGEST} characters. A
   * lookup compares at most {@link #PROBES} entries, so crafted hash collisions cost a new string,
   * not a slow lookup.
   */
  private static final class Interner {
    private static final int SLOTS = 1 << 13;
    private static final int REMEMBERED = SLOTS / 2;
    private static final int LONGEST = 64;
    private static final int PROBES = 8;
    private final @Nullable String[] table = new String[SLOTS];
    /** The characters of each remembered string, compared with a vectorised array comparison. */
    private final char[][] tableChars = new char[SLOTS][];
    /** The hash code of each remembered string, so that a probe need not load the string. */
    private final int[] hashes = new int[SLOTS];
    private int size;
    private int slot = -1;

    /** The slot of the string the last {@link #intern} returned, or -1 if it is not remembered. */
    int slot() {
      return slot;
    }

    String intern(char[] chars, int offset, int length) {
      this.slot = -1;
      if (length > LONGEST) {
        return new String(chars, offset, length);
      }
      int hash = 0;
      for (int i = 0; i < length; i++) {
        hash = 31 * hash + chars[offset + i];
      }
      int h = hash * 0x9E3779B9;
      int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
      for (int probe = 0; probe < PROBES; probe++) {
        String known = table[slot];
        if (known == null) {
          String fresh = new String(chars, offset, length);
          if (size < REMEMBERED) {
            table[slot] = fresh;
            tableChars[slot] = fresh.toCharArray();
            hashes[slot] = hash;
            size++;
            this.slot = slot;
          }
          return fresh;
        }
        char[] knownChars = tableChars[slot];
        if (hashes[slot] == hash && java.util.Arrays.equals(knownChars, 0, knownChars.length,
            chars, offset, offset + length)) {
          this.slot = slot;
          return known;
        }
        slot = (slot + 1) & (SLOTS - 1);
      }
      return new String(chars, offset, length);
    }
  }

  private WireFormatException tooMany(int count, String at) {
    return m.error(at, "is entry " + count + " of an array or object of at most "
        + limits.maxEntries() + " entries (limit maxEntries)");
  }

  // ---------------------------------------------------------------- scalars

  private void checkEntries(int count, String at) {
    if (count >= limits.maxEntries()) {
      throw m.error(at, "is entry " + (count + 1) + " of an array or object of at most "
          + limits.maxEntries() + " entries (limit maxEntries)");
    }
  }

  private void expect(JsonToken token, String at, String what) {
    if (parser.currentToken() != token) {
      throw m.error(at, "must be " + what);
    }
  }

  /** Like {@link #expect(JsonToken, String, String)} inside the current response. */
  private void expect(JsonToken token, @Nullable String field, @Nullable String entry,
      String what) {
    if (parser.currentToken() != token) {
      throw m.error(at(field, entry), "must be " + what);
    }
  }

  /** A string inside the current response. */
  private String string(String field, @Nullable String entry) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw m.error(at(field, entry), "must be a string");
    }
    return parser.getText();
  }

  private String string(String at) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw m.error(at, "must be a string");
    }
    return parser.getText();
  }

  private int integer(String at) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw m.error(at, "must be an integer");
    }
    return parser.getIntValue();
  }

  private boolean bool(String at) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw m.error(at, "must be true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }
}
