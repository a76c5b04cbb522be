package dev.belonging.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.disaggregation.BreakdownRequest;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.TrendReport;
import dev.belonging.fairness.AdverseImpactResult;
import dev.belonging.fairness.Meeting;
import dev.belonging.fairness.OutcomeRecord;
import dev.belonging.fairness.ParticipationResult;
import dev.belonging.fairness.PerceivedFairnessResult;
import dev.belonging.fairness.RecognitionRecord;
import dev.belonging.fairness.RecognitionResult;
import dev.belonging.fairness.VoiceResult;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.intervention.InterventionCatalog;
import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.Participant;
import dev.belonging.intervention.Recommendations;
import dev.belonging.intervention.TrialEvaluation;
import dev.belonging.intervention.TrialResult;
import dev.belonging.intervention.TrialWaves;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.Roster;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes belonging's documents in wire format version {@value #FORMAT_VERSION}:
 * {@code belonging.instrument}, {@code belonging.roster}, {@code belonging.response-wave},
 * {@code belonging.anonymity-policy}, {@code belonging.breakdown-request}, {@code belonging.report}
 * and {@code belonging.trend-report}; and, for interventions and fairness, {@code
 * belonging.intervention-catalog}, {@code belonging.recommendations}, {@code
 * belonging.participants}, {@code belonging.pairing-round}, {@code belonging.pairing-history},
 * {@code belonging.trial-evaluation}, {@code belonging.trial-waves}, {@code
 * belonging.trial-result}, the five fairness results ({@code belonging.adverse-impact-result},
 * {@code belonging.recognition-equity-result}, {@code belonging.voice-equity-result}, {@code
 * belonging.participation-parity-result}, {@code belonging.perceived-fairness-result}) and the
 * fairness inputs ({@code belonging.outcome-records}, {@code belonging.recognition-records},
 * {@code belonging.meetings}). Documents of a list have methods named after it ({@code
 * readParticipants}, {@code writeParticipants}, {@code participantsToString}).
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
 *   <li>{@code maxRecords}: responses of a wave, people of a roster, cells of a report's
 *       breakdown, gaps and response rates of a report, changes of a trend report; default
 *       10,000,000.
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
   * @param maxNestingDepth levels, {@code >= 1}; documents of format 1.0 nest up to 10 levels
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
   * With another limit on the records of a document: responses of a wave, people of a roster,
   * cells of a report's breakdown, gaps and response rates of a report, changes of a trend
   * report.
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

  // ---------------------------------------------------------------- anonymity policies

  /**
   * Reads a {@code belonging.anonymity-policy} document.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the policy
   * @throws WireFormatException if the document is not a valid anonymity policy of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public AnonymityPolicy readAnonymityPolicy(InputStream in) {
    return codec.read(codec.parser(in), AnonymityPolicyDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.anonymity-policy} document from text.
   *
   * @param json the document
   * @return the policy
   * @throws WireFormatException if the document is not a valid anonymity policy of format 1.x
   */
  public AnonymityPolicy readAnonymityPolicy(String json) {
    return codec.read(codec.parser(json), AnonymityPolicyDocument.INSTANCE);
  }

  /**
   * Writes an anonymity policy as a {@code belonging.anonymity-policy} document in UTF-8.
   *
   * @param policy the policy
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(AnonymityPolicy policy, OutputStream out) {
    write(policy, AnonymityPolicyDocument.INSTANCE, out);
  }

  /**
   * An anonymity policy as a {@code belonging.anonymity-policy} document.
   *
   * @param policy the policy
   * @return the document
   */
  public String toString(AnonymityPolicy policy) {
    return text(policy, AnonymityPolicyDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- breakdown requests

  /**
   * Reads a {@code belonging.breakdown-request} document.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the request
   * @throws WireFormatException if the document is not a valid breakdown request of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public BreakdownRequest readBreakdownRequest(InputStream in) {
    return codec.read(codec.parser(in), BreakdownRequestDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.breakdown-request} document from text.
   *
   * @param json the document
   * @return the request
   * @throws WireFormatException if the document is not a valid breakdown request of format 1.x
   */
  public BreakdownRequest readBreakdownRequest(String json) {
    return codec.read(codec.parser(json), BreakdownRequestDocument.INSTANCE);
  }

  /**
   * Writes a breakdown request as a {@code belonging.breakdown-request} document in UTF-8.
   *
   * @param request the request
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(BreakdownRequest request, OutputStream out) {
    write(request, BreakdownRequestDocument.INSTANCE, out);
  }

  /**
   * A breakdown request as a {@code belonging.breakdown-request} document.
   *
   * @param request the request
   * @return the document
   */
  public String toString(BreakdownRequest request) {
    return text(request, BreakdownRequestDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- reports

  /**
   * Reads a {@code belonging.report} document: a released disaggregation report with published
   * and suppressed cells, gaps and response rates.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the report
   * @throws WireFormatException if the document is not a valid report of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public DisaggregationReport readReport(InputStream in) {
    return codec.read(codec.parser(in), ReportDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.report} document from text.
   *
   * @param json the document
   * @return the report
   * @throws WireFormatException if the document is not a valid report of format 1.x
   */
  public DisaggregationReport readReport(String json) {
    return codec.read(codec.parser(json), ReportDocument.INSTANCE);
  }

  /**
   * Writes a report as a {@code belonging.report} document in UTF-8. A suppressed cell is written
   * with its reason only, never with a count.
   *
   * @param report the report
   * @param out the stream; flushed, not closed
   * @throws IllegalArgumentException if a dimension name is used both as sensitive and as not
   *     sensitive
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(DisaggregationReport report, OutputStream out) {
    write(report, ReportDocument.INSTANCE, out);
  }

  /**
   * A report as a {@code belonging.report} document.
   *
   * @param report the report
   * @return the document
   * @throws IllegalArgumentException if a dimension name is used both as sensitive and as not
   *     sensitive
   */
  public String toString(DisaggregationReport report) {
    return text(report, ReportDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.trend-report} document: the changes between two waves.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the trend report
   * @throws WireFormatException if the document is not a valid trend report of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public TrendReport readTrendReport(InputStream in) {
    return codec.read(codec.parser(in), TrendReportDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.trend-report} document from text.
   *
   * @param json the document
   * @return the trend report
   * @throws WireFormatException if the document is not a valid trend report of format 1.x
   */
  public TrendReport readTrendReport(String json) {
    return codec.read(codec.parser(json), TrendReportDocument.INSTANCE);
  }

  /**
   * Writes a trend report as a {@code belonging.trend-report} document in UTF-8.
   *
   * @param report the trend report
   * @param out the stream; flushed, not closed
   * @throws IllegalArgumentException if a dimension name is used both as sensitive and as not
   *     sensitive
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(TrendReport report, OutputStream out) {
    write(report, TrendReportDocument.INSTANCE, out);
  }

  /**
   * A trend report as a {@code belonging.trend-report} document.
   *
   * @param report the trend report
   * @return the document
   * @throws IllegalArgumentException if a dimension name is used both as sensitive and as not
   *     sensitive
   */
  public String toString(TrendReport report) {
    return text(report, TrendReportDocument.INSTANCE);
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

  // ---------------------------------------------------------------- recommendations

  /**
   * Reads a {@code belonging.recommendations} document: a recommender's ranked list.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the value
   * @throws WireFormatException if the document is not a valid recommendations of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public Recommendations readRecommendations(InputStream in) {
    return codec.read(codec.parser(in), RecommendationsDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.recommendations} document from text.
   *
   * @param json the document
   * @return the value
   * @throws WireFormatException if the document is not a valid recommendations of format 1.x
   */
  public Recommendations readRecommendations(String json) {
    return codec.read(codec.parser(json), RecommendationsDocument.INSTANCE);
  }

  /**
   * Writes a recommendations as a {@code belonging.recommendations} document in UTF-8.
   *
   * @param recommendations the value
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(Recommendations recommendations, OutputStream out) {
    write(recommendations, RecommendationsDocument.INSTANCE, out);
  }

  /**
   * A recommendations as a {@code belonging.recommendations} document.
   *
   * @param recommendations the value
   * @return the document
   */
  public String toString(Recommendations recommendations) {
    return text(recommendations, RecommendationsDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- pairing rounds

  /**
   * Reads a {@code belonging.pairing-round} document: one round of the pairing scheduler.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the value
   * @throws WireFormatException if the document is not a valid pairing round of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public PairingRound readPairingRound(InputStream in) {
    return codec.read(codec.parser(in), PairingDocuments.RoundDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.pairing-round} document from text.
   *
   * @param json the document
   * @return the value
   * @throws WireFormatException if the document is not a valid pairing round of format 1.x
   */
  public PairingRound readPairingRound(String json) {
    return codec.read(codec.parser(json), PairingDocuments.RoundDocument.INSTANCE);
  }

  /**
   * Writes a pairing round as a {@code belonging.pairing-round} document in UTF-8.
   *
   * @param round the value
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(PairingRound round, OutputStream out) {
    write(round, PairingDocuments.RoundDocument.INSTANCE, out);
  }

  /**
   * A pairing round as a {@code belonging.pairing-round} document.
   *
   * @param round the value
   * @return the document
   */
  public String toString(PairingRound round) {
    return text(round, PairingDocuments.RoundDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- trial evaluations

  /**
   * Reads a {@code belonging.trial-evaluation} document: the settings of a trial evaluation.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the value
   * @throws WireFormatException if the document is not a valid trial evaluation of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public TrialEvaluation readTrialEvaluation(InputStream in) {
    return codec.read(codec.parser(in), TrialDocuments.EvaluationDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.trial-evaluation} document from text.
   *
   * @param json the document
   * @return the value
   * @throws WireFormatException if the document is not a valid trial evaluation of format 1.x
   */
  public TrialEvaluation readTrialEvaluation(String json) {
    return codec.read(codec.parser(json), TrialDocuments.EvaluationDocument.INSTANCE);
  }

  /**
   * Writes a trial evaluation as a {@code belonging.trial-evaluation} document in UTF-8.
   *
   * @param evaluation the value
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(TrialEvaluation evaluation, OutputStream out) {
    write(evaluation, TrialDocuments.EvaluationDocument.INSTANCE, out);
  }

  /**
   * A trial evaluation as a {@code belonging.trial-evaluation} document.
   *
   * @param evaluation the value
   * @return the document
   */
  public String toString(TrialEvaluation evaluation) {
    return text(evaluation, TrialDocuments.EvaluationDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- trial waves

  /**
   * Reads a {@code belonging.trial-waves} document: the four group summaries a trial evaluation takes.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the value
   * @throws WireFormatException if the document is not a valid trial waves of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public TrialWaves readTrialWaves(InputStream in) {
    return codec.read(codec.parser(in), TrialDocuments.WavesDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.trial-waves} document from text.
   *
   * @param json the document
   * @return the value
   * @throws WireFormatException if the document is not a valid trial waves of format 1.x
   */
  public TrialWaves readTrialWaves(String json) {
    return codec.read(codec.parser(json), TrialDocuments.WavesDocument.INSTANCE);
  }

  /**
   * Writes a trial waves as a {@code belonging.trial-waves} document in UTF-8.
   *
   * @param waves the value
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(TrialWaves waves, OutputStream out) {
    write(waves, TrialDocuments.WavesDocument.INSTANCE, out);
  }

  /**
   * A trial waves as a {@code belonging.trial-waves} document.
   *
   * @param waves the value
   * @return the document
   */
  public String toString(TrialWaves waves) {
    return text(waves, TrialDocuments.WavesDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- trial results

  /**
   * Reads a {@code belonging.trial-result} document: the outcome of a trial evaluation.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the value
   * @throws WireFormatException if the document is not a valid trial result of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public TrialResult readTrialResult(InputStream in) {
    return codec.read(codec.parser(in), TrialDocuments.ResultDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.trial-result} document from text.
   *
   * @param json the document
   * @return the value
   * @throws WireFormatException if the document is not a valid trial result of format 1.x
   */
  public TrialResult readTrialResult(String json) {
    return codec.read(codec.parser(json), TrialDocuments.ResultDocument.INSTANCE);
  }

  /**
   * Writes a trial result as a {@code belonging.trial-result} document in UTF-8.
   *
   * @param result the value
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(TrialResult result, OutputStream out) {
    write(result, TrialDocuments.ResultDocument.INSTANCE, out);
  }

  /**
   * A trial result as a {@code belonging.trial-result} document.
   *
   * @param result the value
   * @return the document
   */
  public String toString(TrialResult result) {
    return text(result, TrialDocuments.ResultDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- adverse-impact results

  /**
   * Reads a {@code belonging.adverse-impact-result} document: an adverse-impact check's result.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the value
   * @throws WireFormatException if the document is not a valid adverse-impact result of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public AdverseImpactResult readAdverseImpactResult(InputStream in) {
    return codec.read(codec.parser(in), FairnessDocuments.AdverseImpactDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.adverse-impact-result} document from text.
   *
   * @param json the document
   * @return the value
   * @throws WireFormatException if the document is not a valid adverse-impact result of format 1.x
   */
  public AdverseImpactResult readAdverseImpactResult(String json) {
    return codec.read(codec.parser(json), FairnessDocuments.AdverseImpactDocument.INSTANCE);
  }

  /**
   * Writes an adverse-impact result as a {@code belonging.adverse-impact-result} document in UTF-8.
   *
   * @param result the value
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(AdverseImpactResult result, OutputStream out) {
    write(result, FairnessDocuments.AdverseImpactDocument.INSTANCE, out);
  }

  /**
   * An adverse-impact result as a {@code belonging.adverse-impact-result} document.
   *
   * @param result the value
   * @return the document
   */
  public String toString(AdverseImpactResult result) {
    return text(result, FairnessDocuments.AdverseImpactDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- recognition-equity results

  /**
   * Reads a {@code belonging.recognition-equity-result} document: a recognition-equity check's result.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the value
   * @throws WireFormatException if the document is not a valid recognition-equity result of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public RecognitionResult readRecognitionResult(InputStream in) {
    return codec.read(codec.parser(in), FairnessDocuments.RecognitionDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.recognition-equity-result} document from text.
   *
   * @param json the document
   * @return the value
   * @throws WireFormatException if the document is not a valid recognition-equity result of format 1.x
   */
  public RecognitionResult readRecognitionResult(String json) {
    return codec.read(codec.parser(json), FairnessDocuments.RecognitionDocument.INSTANCE);
  }

  /**
   * Writes a recognition-equity result as a {@code belonging.recognition-equity-result} document in UTF-8.
   *
   * @param result the value
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(RecognitionResult result, OutputStream out) {
    write(result, FairnessDocuments.RecognitionDocument.INSTANCE, out);
  }

  /**
   * A recognition-equity result as a {@code belonging.recognition-equity-result} document.
   *
   * @param result the value
   * @return the document
   */
  public String toString(RecognitionResult result) {
    return text(result, FairnessDocuments.RecognitionDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- voice-equity results

  /**
   * Reads a {@code belonging.voice-equity-result} document: a voice-equity check's result.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the value
   * @throws WireFormatException if the document is not a valid voice-equity result of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public VoiceResult readVoiceResult(InputStream in) {
    return codec.read(codec.parser(in), FairnessDocuments.VoiceDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.voice-equity-result} document from text.
   *
   * @param json the document
   * @return the value
   * @throws WireFormatException if the document is not a valid voice-equity result of format 1.x
   */
  public VoiceResult readVoiceResult(String json) {
    return codec.read(codec.parser(json), FairnessDocuments.VoiceDocument.INSTANCE);
  }

  /**
   * Writes a voice-equity result as a {@code belonging.voice-equity-result} document in UTF-8.
   *
   * @param result the value
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(VoiceResult result, OutputStream out) {
    write(result, FairnessDocuments.VoiceDocument.INSTANCE, out);
  }

  /**
   * A voice-equity result as a {@code belonging.voice-equity-result} document.
   *
   * @param result the value
   * @return the document
   */
  public String toString(VoiceResult result) {
    return text(result, FairnessDocuments.VoiceDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- participation-parity results

  /**
   * Reads a {@code belonging.participation-parity-result} document: a participation-parity check's result.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the value
   * @throws WireFormatException if the document is not a valid participation-parity result of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public ParticipationResult readParticipationResult(InputStream in) {
    return codec.read(codec.parser(in), FairnessDocuments.ParticipationDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.participation-parity-result} document from text.
   *
   * @param json the document
   * @return the value
   * @throws WireFormatException if the document is not a valid participation-parity result of format 1.x
   */
  public ParticipationResult readParticipationResult(String json) {
    return codec.read(codec.parser(json), FairnessDocuments.ParticipationDocument.INSTANCE);
  }

  /**
   * Writes a participation-parity result as a {@code belonging.participation-parity-result} document in UTF-8.
   *
   * @param result the value
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(ParticipationResult result, OutputStream out) {
    write(result, FairnessDocuments.ParticipationDocument.INSTANCE, out);
  }

  /**
   * A participation-parity result as a {@code belonging.participation-parity-result} document.
   *
   * @param result the value
   * @return the document
   */
  public String toString(ParticipationResult result) {
    return text(result, FairnessDocuments.ParticipationDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- perceived-fairness results

  /**
   * Reads a {@code belonging.perceived-fairness-result} document: a perceived-fairness check's result.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the value
   * @throws WireFormatException if the document is not a valid perceived-fairness result of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public PerceivedFairnessResult readPerceivedFairnessResult(InputStream in) {
    return codec.read(codec.parser(in), FairnessDocuments.PerceivedDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.perceived-fairness-result} document from text.
   *
   * @param json the document
   * @return the value
   * @throws WireFormatException if the document is not a valid perceived-fairness result of format 1.x
   */
  public PerceivedFairnessResult readPerceivedFairnessResult(String json) {
    return codec.read(codec.parser(json), FairnessDocuments.PerceivedDocument.INSTANCE);
  }

  /**
   * Writes a perceived-fairness result as a {@code belonging.perceived-fairness-result} document in UTF-8.
   *
   * @param result the value
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(PerceivedFairnessResult result, OutputStream out) {
    write(result, FairnessDocuments.PerceivedDocument.INSTANCE, out);
  }

  /**
   * A perceived-fairness result as a {@code belonging.perceived-fairness-result} document.
   *
   * @param result the value
   * @return the document
   */
  public String toString(PerceivedFairnessResult result) {
    return text(result, FairnessDocuments.PerceivedDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- participants (a list)

  /**
   * Reads a {@code belonging.participants} document: the people who opted in to pairing, the
   * input of {@link dev.belonging.intervention.PairingScheduler#schedule}. Participants are
   * records (limit maxRecords, not maxEntries).
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the participants, in document order
   * @throws WireFormatException if the document is not a valid participant list of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public ImmutableList<Participant> readParticipants(InputStream in) {
    return codec.read(codec.parser(in), PairingDocuments.ParticipantsDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.participants} document from text.
   *
   * @param json the document
   * @return the participants, in document order
   * @throws WireFormatException if the document is not a valid participant list of format 1.x
   */
  public ImmutableList<Participant> readParticipants(String json) {
    return codec.read(codec.parser(json), PairingDocuments.ParticipantsDocument.INSTANCE);
  }

  /**
   * Writes participants as a {@code belonging.participants} document in UTF-8. (A list has no
   * type of its own, hence the name: {@code write(List, ..)} would be ambiguous.)
   *
   * @param participants the participants, in order
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void writeParticipants(List<Participant> participants, OutputStream out) {
    write(ImmutableList.copyOf(participants), PairingDocuments.ParticipantsDocument.INSTANCE, out);
  }

  /**
   * Participants as a {@code belonging.participants} document.
   *
   * @param participants the participants, in order
   * @return the document
   */
  public String participantsToString(List<Participant> participants) {
    return text(ImmutableList.copyOf(participants),
        PairingDocuments.ParticipantsDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- pairing history (a list)

  /**
   * Reads a {@code belonging.pairing-history} document: earlier rounds, oldest first, the history
   * {@link dev.belonging.intervention.PairingScheduler#schedule} takes.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the rounds, oldest first
   * @throws WireFormatException if the document is not a valid pairing history of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public ImmutableList<PairingRound> readPairingHistory(InputStream in) {
    return codec.read(codec.parser(in), PairingDocuments.HistoryDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.pairing-history} document from text.
   *
   * @param json the document
   * @return the rounds, oldest first
   * @throws WireFormatException if the document is not a valid pairing history of format 1.x
   */
  public ImmutableList<PairingRound> readPairingHistory(String json) {
    return codec.read(codec.parser(json), PairingDocuments.HistoryDocument.INSTANCE);
  }

  /**
   * Writes rounds as a {@code belonging.pairing-history} document in UTF-8.
   *
   * @param rounds the rounds, oldest first
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void writePairingHistory(List<PairingRound> rounds, OutputStream out) {
    write(ImmutableList.copyOf(rounds), PairingDocuments.HistoryDocument.INSTANCE, out);
  }

  /**
   * Rounds as a {@code belonging.pairing-history} document.
   *
   * @param rounds the rounds, oldest first
   * @return the document
   */
  public String pairingHistoryToString(List<PairingRound> rounds) {
    return text(ImmutableList.copyOf(rounds), PairingDocuments.HistoryDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- outcome records (a list)

  /**
   * Reads a {@code belonging.outcome-records} document: who was selected in a process, the input of {@link dev.belonging.fairness.AdverseImpact#testRecords}. The records are limited by maxRecords.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the outcome records, in document order
   * @throws WireFormatException if the document is not valid outcome records of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public ImmutableList<OutcomeRecord> readOutcomeRecords(InputStream in) {
    return codec.read(codec.parser(in), FairnessInputDocuments.OutcomesDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.outcome-records} document from text.
   *
   * @param json the document
   * @return the outcome records, in document order
   * @throws WireFormatException if the document is not valid outcome records of format 1.x
   */
  public ImmutableList<OutcomeRecord> readOutcomeRecords(String json) {
    return codec.read(codec.parser(json), FairnessInputDocuments.OutcomesDocument.INSTANCE);
  }

  /**
   * Writes outcome records as a {@code belonging.outcome-records} document in UTF-8.
   *
   * @param outcomeRecords the outcome records, in order
   * @param out the stream; flushed, not closed
   * @throws IllegalArgumentException if a dimension name is used both as sensitive and as not
   *     sensitive
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void writeOutcomeRecords(List<OutcomeRecord> outcomeRecords, OutputStream out) {
    write(ImmutableList.copyOf(outcomeRecords), FairnessInputDocuments.OutcomesDocument.INSTANCE, out);
  }

  /**
   * Outcome records as a {@code belonging.outcome-records} document.
   *
   * @param outcomeRecords the outcome records, in order
   * @return the document
   * @throws IllegalArgumentException if a dimension name is used both as sensitive and as not
   *     sensitive
   */
  public String outcomeRecordsToString(List<OutcomeRecord> outcomeRecords) {
    return text(ImmutableList.copyOf(outcomeRecords), FairnessInputDocuments.OutcomesDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- recognition records (a list)

  /**
   * Reads a {@code belonging.recognition-records} document: recognition events per person, the input of {@link dev.belonging.fairness.RecognitionEquity#testRecords}. The records are limited by maxRecords.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the recognition records, in document order
   * @throws WireFormatException if the document is not valid recognition records of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public ImmutableList<RecognitionRecord> readRecognitionRecords(InputStream in) {
    return codec.read(codec.parser(in), FairnessInputDocuments.RecognitionsDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.recognition-records} document from text.
   *
   * @param json the document
   * @return the recognition records, in document order
   * @throws WireFormatException if the document is not valid recognition records of format 1.x
   */
  public ImmutableList<RecognitionRecord> readRecognitionRecords(String json) {
    return codec.read(codec.parser(json), FairnessInputDocuments.RecognitionsDocument.INSTANCE);
  }

  /**
   * Writes recognition records as a {@code belonging.recognition-records} document in UTF-8.
   *
   * @param recognitionRecords the recognition records, in order
   * @param out the stream; flushed, not closed
   * @throws IllegalArgumentException if a dimension name is used both as sensitive and as not
   *     sensitive
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void writeRecognitionRecords(List<RecognitionRecord> recognitionRecords, OutputStream out) {
    write(ImmutableList.copyOf(recognitionRecords), FairnessInputDocuments.RecognitionsDocument.INSTANCE, out);
  }

  /**
   * Recognition records as a {@code belonging.recognition-records} document.
   *
   * @param recognitionRecords the recognition records, in order
   * @return the document
   * @throws IllegalArgumentException if a dimension name is used both as sensitive and as not
   *     sensitive
   */
  public String recognitionRecordsToString(List<RecognitionRecord> recognitionRecords) {
    return text(ImmutableList.copyOf(recognitionRecords), FairnessInputDocuments.RecognitionsDocument.INSTANCE);
  }

  // ---------------------------------------------------------------- meetings (a list)

  /**
   * Reads a {@code belonging.meetings} document: attendees and speaking turns, the input of {@link dev.belonging.fairness.VoiceEquity#test}. The records are limited by maxRecords.
   *
   * @param in UTF-8 (or UTF-16/32) JSON; read but not closed
   * @return the meetings, in document order
   * @throws WireFormatException if the document is not valid meetings of format 1.x
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public ImmutableList<Meeting> readMeetings(InputStream in) {
    return codec.read(codec.parser(in), FairnessInputDocuments.MeetingsDocument.INSTANCE);
  }

  /**
   * Reads a {@code belonging.meetings} document from text.
   *
   * @param json the document
   * @return the meetings, in document order
   * @throws WireFormatException if the document is not valid meetings of format 1.x
   */
  public ImmutableList<Meeting> readMeetings(String json) {
    return codec.read(codec.parser(json), FairnessInputDocuments.MeetingsDocument.INSTANCE);
  }

  /**
   * Writes meetings as a {@code belonging.meetings} document in UTF-8.
   *
   * @param meetings the meetings, in order
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void writeMeetings(List<Meeting> meetings, OutputStream out) {
    write(ImmutableList.copyOf(meetings), FairnessInputDocuments.MeetingsDocument.INSTANCE, out);
  }

  /**
   * Meetings as a {@code belonging.meetings} document.
   *
   * @param meetings the meetings, in order
   * @return the document
   */
  public String meetingsToString(List<Meeting> meetings) {
    return text(ImmutableList.copyOf(meetings), FairnessInputDocuments.MeetingsDocument.INSTANCE);
  }
}
