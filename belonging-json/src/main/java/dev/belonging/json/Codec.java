package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The engine behind {@link BelongingJson} and {@link BelongingJsonModule}: the configured Jackson
 * factory and mapper, the envelope, and the translation of every failure into a {@link
 * WireFormatException}.
 */
final class Codec {
  /** The version this library writes, and the newest it knows. */
  static final String VERSION = "1.0";
  static final int MAJOR = 1;
  static final int MINOR = 0;

  private static final Pattern VERSION_FORM = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  final Limits limits;
  final JsonFactory factory;
  final ObjectMapper mapper;

  Codec(Limits limits) {
    this.limits = limits;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(Limits.MAX_NAME_LENGTH)
            .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
            .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Jackson's own shortest-representation writer: the same digits on every JDK.
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .build();
    JsonMapper jsonMapper = JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
    for (LogicalType type : LogicalType.values()) {
      for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
          CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
          CoercionInputShape.EmptyString, CoercionInputShape.EmptyArray,
          CoercionInputShape.EmptyObject}) {
        jsonMapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
      }
    }
    // A number without fraction or exponent is a valid JSON number for a double field.
    jsonMapper.coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    this.mapper = jsonMapper;
  }

  // ---------------------------------------------------------------- reading

  JsonParser parser(InputStream in) {
    try {
      return factory.createParser(in);
    } catch (IOException e) {
      throw failure(e, null, VERSION);
    }
  }

  JsonParser parser(String text) {
    try {
      return factory.createParser(text);
    } catch (IOException e) {
      throw failure(e, null, VERSION);
    }
  }

  /**
   * Reads {@code "format"} and {@code "version"}, the first two members of every document, and
   * leaves the parser on the next token (a member name or the end of the document's object).
   *
   * @return the document's version, a {@code 1.x} this reader accepts
   */
  static String readEnvelope(JsonParser parser, String format) throws IOException {
    JsonToken first = parser.currentToken() == null ? parser.nextToken() : parser.currentToken();
    if (first != JsonToken.START_OBJECT) {
      throw new WireFormatException("", first == null ? "is empty" : "must be a JSON object",
          VERSION, null);
    }
    String declared = envelopeString(parser, "format");
    if (!format.equals(declared)) {
      throw new WireFormatException("/format", "must be '" + format + "', but was "
          + Pointers.quote(declared), VERSION, null);
    }
    String version = envelopeString(parser, "version");
    Matcher m = VERSION_FORM.matcher(version);
    if (!m.matches()) {
      throw new WireFormatException("/version",
          "must be MAJOR.MINOR such as '" + VERSION + "', but was " + Pointers.quote(version),
          VERSION, null);
    }
    if (Integer.parseInt(m.group(1)) != MAJOR) {
      throw new WireFormatException("/version", "major version " + m.group(1)
          + " is not supported; this reader supports " + MAJOR + ".x", VERSION, null);
    }
    parser.nextToken();
    return version;
  }

  private static String envelopeString(JsonParser parser, String name) throws IOException {
    if (parser.nextToken() != JsonToken.FIELD_NAME || !name.equals(parser.currentName())) {
      throw new WireFormatException("/" + name, "is required as member "
          + ("format".equals(name) ? "1" : "2") + " of the document: every document starts "
          + "with \"format\" and \"version\"", VERSION, null);
    }
    if (parser.nextToken() != JsonToken.VALUE_STRING) {
      throw new WireFormatException("/" + name, "must be a string", VERSION, null);
    }
    return parser.getText();
  }

  /** Requires the end of the document after its closing brace. */
  static void requireEnd(JsonParser parser, String version) throws IOException {
    // Data binding leaves the parser after the closing brace with its current token cleared.
    JsonToken current = parser.currentToken();
    if (!parser.getParsingContext().inRoot()
        || (current != JsonToken.END_OBJECT && current != null)) {
      throw new WireFormatException(Pointers.of(parser), "is not expected here", version, null);
    }
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      throw new WireFormatException("", "has content after the end of the document", version,
          null);
    }
  }

  /** Reads a whole document of a data-bound type. */
  <D, T> T read(JsonParser raw, DocumentType<D, T> type) {
    try (raw) {
      return read(raw, type, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document of a data-bound type; {@code root} says whether it is the whole input or a
   * value inside another (as read by {@link BelongingJsonModule}), which ends at its closing brace.
   */
  <D, T> T read(JsonParser raw, DocumentType<D, T> type, boolean root) {
    String version = VERSION;
    JsonParser parser = new LimitingParser(raw, limits, type, VERSION);
    try {
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      version = readEnvelope(parser, type.format());
      D dto = parser.currentToken() == JsonToken.END_OBJECT ? type.emptyDto()
          : mapper.readerFor(type.dtoClass()).readValue(parser);
      if (root) {
        requireEnd(parser, version);
      }
      return type.toDomain(dto, new Mapping(version));
    } catch (IOException | RuntimeException e) {
      throw failure(e, parser, version);
    }
  }

  // ---------------------------------------------------------------- writing

  JsonGenerator generator(OutputStream out) {
    try {
      return factory.createGenerator(out, JsonEncoding.UTF8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  <D, T> void write(T value, DocumentType<D, T> type, JsonGenerator generator) {
    try {
      mapper.writerFor(type.dtoClass()).writeValue(generator, type.toDto(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- errors

  /**
   * The {@link WireFormatException} for any failure while reading. Messages of Jackson's
   * exceptions can quote input, so they are never copied: the rule is written here from the
   * exception's type. An {@link IOException} of the stream itself (not of its content) is not a
   * wire-format problem and becomes an {@link UncheckedIOException}.
   */
  static RuntimeException failure(Throwable e, @Nullable JsonParser parser, String version) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof WireFormatException) {
        return (WireFormatException) t;
      }
    }
    String at = parser == null ? "" : Pointers.of(parser);
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      String pointer = Pointers.of(u);
      if (!pointer.endsWith("/" + u.getPropertyName())) {
        pointer = Pointers.child(pointer, u.getPropertyName());
      }
      return new WireFormatException(pointer, unknownField(version), version, null);
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      String pointer = m.getPath().isEmpty() ? at : Pointers.of(m);
      return new WireFormatException(pointer, "must be " + describe(m.getTargetType()), version,
          null);
    }
    if (e instanceof JsonMappingException) {
      JsonMappingException m = (JsonMappingException) e;
      String pointer = m.getPath().isEmpty() ? at : Pointers.of(m);
      Throwable cause = m.getCause();
      if (cause instanceof JsonProcessingException && !(cause instanceof JsonMappingException)) {
        RuntimeException inner = failure(cause, parser, version);
        if (inner instanceof WireFormatException) {
          return new WireFormatException(pointer, ((WireFormatException) inner).rule(), version,
              null);
        }
        return inner;
      }
      return new WireFormatException(pointer, "cannot be read as a value of this field", version,
          null);
    }
    if (e instanceof StreamConstraintsException) {
      return new WireFormatException(at, limitRule(String.valueOf(e.getMessage())), version, null);
    }
    if (e instanceof InputCoercionException) {
      return new WireFormatException(at, "must be an integer in [" + Integer.MIN_VALUE + ", "
          + Integer.MAX_VALUE + "]", version, null);
    }
    if (e instanceof JsonEOFException) {
      return new WireFormatException(at, "ends before the document is complete", version, null);
    }
    if (e instanceof JsonProcessingException
        && String.valueOf(e.getMessage()).startsWith("Duplicate field")) {
      return new WireFormatException(at, "must not appear twice", version, null);
    }
    if (e instanceof JsonProcessingException) {
      JsonProcessingException p = (JsonProcessingException) e;
      String where = p.getLocation() == null ? ""
          : " (line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr()
              + ")";
      return new WireFormatException(at, "is not well-formed JSON" + where, version, null);
    }
    if (e instanceof CharConversionException) {
      return new WireFormatException(at, "is not text in UTF-8, UTF-16 or UTF-32", version, null);
    }
    if (e instanceof IOException) {
      return new UncheckedIOException((IOException) e);
    }
    // A runtime exception of the parser or binder, such as a malformed number.
    return new WireFormatException(at, "cannot be read", version, null);
  }

  static String unknownField(String version) {
    return "is not a field of format " + VERSION + (VERSION.equals(version) ? ""
        : "; this document is version " + version + ", newer than this reader (" + VERSION
            + "), and unknown fields are rejected within major version " + MAJOR);
  }

  private static String limitRule(String message) {
    if (message.startsWith("Document length")) {
      return "is longer than the limit maxDocumentLength";
    } else if (message.startsWith("Document nesting depth")) {
      return "nests arrays and objects deeper than the limit maxNestingDepth";
    } else if (message.startsWith("String value length")) {
      return "has a string longer than the limit maxStringLength";
    } else if (message.startsWith("Name length")) {
      return "has a member name longer than " + Limits.MAX_NAME_LENGTH + " characters";
    } else if (message.startsWith("Number value length")) {
      return "has a number longer than " + Limits.MAX_NUMBER_LENGTH + " characters";
    }
    return "exceeds a reading limit";
  }

  private static String describe(@Nullable Class<?> type) {
    if (type == null) {
      return "a value of another type";
    } else if (type == Integer.class || type == int.class || type == Long.class
        || type == long.class) {
      return "an integer";
    } else if (type == String.class) {
      return "a string";
    } else if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    } else if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object"
        : "a value of another type";
  }
}
