package dev.belonging.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.intervention.InterventionCatalog;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.Roster;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads and writes belonging's documents in wire format version {@value #FORMAT_VERSION}:
 * {@code belonging.instrument}, {@code belonging.roster} and {@code belonging.response-wave}.
 *
 * <p>Every document is a JSON object whose first two members are {@code "format"} (the document
 * type) and {@code "version"} ({@code MAJOR.MINOR}). A reader accepts every {@code 1.x} version
 * and rejects other majors; within major version 1, fields this reader does not know are
 * rejected, so a misspelt optional field can never be silently dropped. Every value read goes
 * through the domain's own factories and builders, so the core's validation runs on every
 * document.
 *
 * <p>Reading treats input as untrusted: any failure, from malformed JSON to a domain rule broken
 * or a limit exceeded, is a {@link WireFormatException} naming the JSON Pointer of the offending
 * value. Limits (all configurable with the {@code with*} methods):
 *
 * <ul>
 *   <li>{@code maxDocumentLength}: bytes (characters for text input) per document, default
 *       2<sup>30</sup>;
 *   <li>{@code maxNestingDepth}: nested arrays and objects, default 64;
 *   <li>{@code maxStringLength}: characters per string, default 100,000;
 *   <li>{@code maxEntries}: elements of an array or members of an object, default 10,000
 *       (the records below excepted);
 *   <li>{@code maxRecords}: responses of a wave or people of a roster, default 10,000,000.
 * </ul>
 *
 * <p>Writing is deterministic: the same value always gives the same bytes (compact UTF-8 JSON, no
 * insignificant white space, fields in a fixed order, object keys and sets sorted, no NaN or
 * infinity).
 *
 * <p>Instances are immutable and thread-safe; the methods may be called concurrently.
 */
public final class BelongingJson {
  /** The wire-format version this library writes and the newest {@code 1.x} it knows. */
  public static final String FORMAT_VERSION = Codec.VERSION;

  private static final BelongingJson DEFAULTS = new BelongingJson(Limits.DEFAULTS);

  private final Codec codec;

  private BelongingJson(Limits limits) {
    this.codec = new Codec(limits);
  }

  /** The reader and writer with the default limits. */
  public static BelongingJson defaults() {
    return DEFAULTS;
  }

  /**
   * With another limit on the length of a document.
   *
   * @param maxDocumentLength bytes (characters for text input), {@code >= 1}
   * @return a reader and writer with this limit
   * @throws IllegalArgumentException if {@code maxDocumentLength < 1}
   */
  public BelongingJson withMaxDocumentLength(long maxDocumentLength) {
    Limits l = codec.limits;
    return new BelongingJson(new Limits(atLeastOne("maxDocumentLength", maxDocumentLength),
        l.maxNestingDepth(), l.maxStringLength(), l.maxEntries(), l.maxRecords()));
  }

  /**
   * With another limit on the nesting of arrays and objects.
   *
   * @param maxNestingDepth levels, {@code >= 1}; documents of format 1.0 nest up to 5 levels
   * @return a reader and writer with this limit
   * @throws IllegalArgumentException if {@code maxNestingDepth < 1}
   */
  public BelongingJson withMaxNestingDepth(int maxNestingDepth) {
    atLeastOne("maxNestingDepth", maxNestingDepth);
    Limits l = codec.limits;
    return new BelongingJson(new Limits(l.maxDocumentLength(), maxNestingDepth,
        l.maxStringLength(), l.maxEntries(), l.maxRecords()));
  }

  /**
   * With another limit on the length of strings.
   *
   * @param maxStringLength characters, {@code >= 1}
   * @return a reader and writer with this limit
   * @throws IllegalArgumentException if {@code maxStringLength < 1}
   */
  public BelongingJson withMaxStringLength(int maxStringLength) {
    Limits l = codec.limits;
    return new BelongingJson(new Limits(l.maxDocumentLength(), l.maxNestingDepth(),
        (int) atLeastOne("maxStringLength", maxStringLength), l.maxEntries(), l.maxRecords()));
  }

  /**
   * With another limit on the entries of one array or object (items of an instrument, labels of
   * a scale, answers of a response...), the records of a wave or roster excepted.
   *
   * @param maxEntries entries, {@code >= 1}
   * @return a reader and writer with this limit
   * @throws IllegalArgumentException if {@code maxEntries < 1}
   */
  public BelongingJson withMaxEntries(int maxEntries) {
    Limits l = codec.limits;
    return new BelongingJson(new Limits(l.maxDocumentLength(), l.maxNestingDepth(),
        l.maxStringLength(), (int) atLeastOne("maxEntries", maxEntries), l.maxRecords()));
  }

  /**
   * With another limit on the records of a document: responses of a wave, people of a roster.
   *
   * @param maxRecords records, {@code >= 1}
   * @return a reader and writer with this limit
   * @throws IllegalArgumentException if {@code maxRecords < 1}
   */
  public BelongingJson withMaxRecords(long maxRecords) {
    Limits l = codec.limits;
    return new BelongingJson(new Limits(l.maxDocumentLength(), l.maxNestingDepth(),
        l.maxStringLength(), l.maxEntries(), atLeastOne("maxRecords", maxRecords)));
  }

  private static long atLeastOne(String name, long value) {
    if (value >= 1) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be >= 1, but was " + value);
  }

  // ---------------------------------------------------------------- instruments

  /**
   * Reads a {@code belonging.instrument} document.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the instrument
   * @throws WireFormatException if the document is not a valid instrument of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public Instrument readInstrument(InputStream in) {
    return codec.read(codec.parser(in), InstrumentDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.instrument} document from text.
   *
   * @param json the document
   * @return the instrument
   * @throws WireFormatException if the document is not a valid instrument of format 1.x
   */
  public Instrument readInstrument(String json) {
    return codec.read(codec.parser(json), InstrumentDocument.INSTANCE);
  }

  /**
   * Writes an instrument as a {@code belonging.instrument} document in UTF-8.
   *
   * @param instrument the instrument
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(Instrument instrument, OutputStream out) {
    write(instrument, InstrumentDocument.INSTANCE, out);
  }

  /**
   * An instrument as a {@code belonging.instrument} document.
   *
   * @param instrument the instrument
   * @return the document
   */
  public String toString(Instrument instrument) {
    return text(instrument, InstrumentDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- rosters

  /**
   * Reads a {@code belonging.roster} document.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the roster
   * @throws WireFormatException if the document is not a valid roster of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public Roster readRoster(InputStream in) {
    return codec.read(codec.parser(in), RosterDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.roster} document from text.
   *
   * @param json the document
   * @return the roster
   * @throws WireFormatException if the document is not a valid roster of format 1.x
   */
  public Roster readRoster(String json) {
    return codec.read(codec.parser(json), RosterDocument.INSTANCE);
  }

  /**
   * Writes a roster as a {@code belonging.roster} document in UTF-8.
   *
   * @param roster the roster
   * @param out the stream; flushed, not closed
   * @throws IllegalArgumentException if a dimension name is used both as sensitive and as not
   *     sensitive
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(Roster roster, OutputStream out) {
    write(roster, RosterDocument.INSTANCE, out);
  }

  /**
   * A roster as a {@code belonging.roster} document.
   *
   * @param roster the roster
   * @return the document
   * @throws IllegalArgumentException if a dimension name is used both as sensitive and as not
   *     sensitive
   */
  public String toString(Roster roster) {
    return text(roster, RosterDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- response waves

  /**
   * Reads a whole {@code belonging.response-wave} document. For large waves prefer {@link
   * #responseWaveReader(InputStream)}, which does not hold the responses in memory.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the wave
   * @throws WireFormatException if the document is not a valid response wave of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public ResponseWave readResponseWave(InputStream in) {
    try (ResponseWaveReader reader = responseWaveReader(in)) {
      return reader.readAll();
    }
  }

  /**
   * Reads a whole {@code belonging.response-wave} document from text.
   *
   * @param json the document
   * @return the wave
   * @throws WireFormatException if the document is not a valid response wave of format 1.x
   */
  public ResponseWave readResponseWave(String json) {
    try (ResponseWaveReader reader = new ResponseWaveReader(codec.parser(json), codec.limits, true)) {
      return reader.readAll();
    }
  }

  /**
   * A reader that streams the responses of a {@code belonging.response-wave} document; its
   * header is read (and checked) before this method returns.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the reader; close it when done
   * @throws WireFormatException if the envelope or header is invalid
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public ResponseWaveReader responseWaveReader(InputStream in) {
    return new ResponseWaveReader(codec.parser(in), codec.limits, true);
  }

  /**
   * Writes a response wave as a {@code belonging.response-wave} document in UTF-8, declaring the
   * dimensions its responses use.
   *
   * @param wave the wave
   * @param out the stream; flushed, not closed
   * @throws IllegalArgumentException if a dimension name is used both as sensitive and as not
   *     sensitive
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(ResponseWave wave, OutputStream out) {
    Map<String, Dimension> used = Dimensions.used(
        () -> wave.responses().stream().map(Response::attributes).iterator());
    try (ResponseWaveWriter writer = responseWaveWriter(out, wave, used.values())) {
      wave.responses().forEach(writer::write);
    }
  }

  /**
   * A response wave as a {@code belonging.response-wave} document.
   *
   * @param wave the wave
   * @return the document
   * @throws IllegalArgumentException if a dimension name is used both as sensitive and as not
   *     sensitive
   */
  public String toString(ResponseWave wave) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(wave, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * A writer that streams responses into a {@code belonging.response-wave} document. The header
   * (ids, label, ordinal and the declared dimensions) is written at once; the responses of
   * {@code header} are ignored.
   *
   * @param out the stream; flushed on close, not closed
   * @param header the wave whose ids, label and ordinal to write
   * @param dimensions every dimension the responses will use
   * @return the writer; close it to end the document
   * @throws IllegalArgumentException if a dimension name is given both as sensitive and as not
   *     sensitive
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public ResponseWaveWriter responseWaveWriter(
      OutputStream out, ResponseWave header, Iterable<Dimension> dimensions) {
    return new ResponseWaveWriter(codec.generator(out), header, dimensions, true);
  }

  // ---------------------------------------------------------------- shared

  private <D, T> void write(T value, DocumentType<D, T> type, OutputStream out) {
    try (JsonGenerator generator = codec.generator(out)) {
      codec.write(value, type, generator);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private <D, T> String text(T value, DocumentType<D, T> type) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(value, type, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  Codec codec() {
    return codec;
  }

  // ================================================================ interventions and fairness
  // Intervention catalogs, recommendations, pairing, trials and fairness results.

  // ---------------------------------------------------------------- intervention catalogs

  /**
   * Reads a {@code belonging.intervention-catalog} document.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the catalog
   * @throws WireFormatException if the document is not a valid intervention catalog of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public InterventionCatalog readInterventionCatalog(InputStream in) {
    return codec.read(codec.parser(in), InterventionCatalogDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.intervention-catalog} document from text.
   *
   * @param json the document
   * @return the catalog
   * @throws WireFormatException if the document is not a valid intervention catalog of format 1.x
   */
  public InterventionCatalog readInterventionCatalog(String json) {
    return codec.read(codec.parser(json), InterventionCatalogDocument.INSTANCE);
  }

  /**
   * Writes an intervention catalog as a {@code belonging.intervention-catalog} document in UTF-8.
   *
   * @param catalog the catalog
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(InterventionCatalog catalog, OutputStream out) {
    write(catalog, InterventionCatalogDocument.INSTANCE, out);
  }

  /**
   * An intervention catalog as a {@code belonging.intervention-catalog} document.
   *
   * @param catalog the catalog
   * @return the document
   */
  public String toString(InterventionCatalog catalog) {
    return text(catalog, InterventionCatalogDocument.INSTANCE);
  }
}
