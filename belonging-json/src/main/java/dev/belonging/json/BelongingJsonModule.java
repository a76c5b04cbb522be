package dev.belonging.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.disaggregation.BreakdownRequest;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.TrendReport;
import dev.belonging.fairness.AdverseImpactResult;
import dev.belonging.fairness.ParticipationResult;
import dev.belonging.fairness.PerceivedFairnessResult;
import dev.belonging.fairness.RecognitionResult;
import dev.belonging.fairness.VoiceResult;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.intervention.InterventionCatalog;
import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.Recommendations;
import dev.belonging.intervention.TrialEvaluation;
import dev.belonging.intervention.TrialResult;
import dev.belonging.intervention.TrialWaves;
import dev.belonging.workforce.Roster;

/**
 * A Jackson {@link com.fasterxml.jackson.databind.Module} for users who bring their own {@link
 * com.fasterxml.jackson.databind.ObjectMapper}: it reads and writes {@link Instrument}, {@link
 * Roster}, {@link ResponseWave}, {@link AnonymityPolicy}, {@link BreakdownRequest}, {@link
 * DisaggregationReport}, {@link TrendReport}, {@link InterventionCatalog}, {@link
 * Recommendations}, {@link PairingRound}, {@link TrialEvaluation}, {@link TrialWaves}, {@link
 * TrialResult} and the five fairness results as the same wire-format documents as {@link
 * BelongingJson}, wherever they appear in the user's own types. The list documents
 * (participants, pairing history, fairness records, meetings) have no type of their own and are
 * not registered.
 *
 * <p>Reading applies the module's limits on entries and records and the same validation; the
 * limits on document length, nesting and strings are those of the caller's mapper. Failures are
 * {@link WireFormatException}s whose pointers are relative to the document object; when the
 * document is nested inside the caller's own types, Jackson may wrap the exception in its own
 * {@code JsonMappingException}, with the {@link WireFormatException} as cause. Output is
 * deterministic as far as the caller's generator leaves it so (for example, pretty printing
 * changes white space, never order).
 *
 * <p>Instances are immutable once registered and thread-safe.
 */
public final class BelongingJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module with {@link BelongingJson#defaults()}' limits. */
  public BelongingJsonModule() {
    this(BelongingJson.defaults());
  }

  /**
   * The module with the limits of a configured {@link BelongingJson}.
   *
   * @param json the configuration whose limits to apply
   */
  public BelongingJsonModule(BelongingJson json) {
    super("belonging-json", Version.unknownVersion());
    Codec codec = json.codec();
    document(Instrument.class, InstrumentDocument.INSTANCE, codec);
    document(Roster.class, RosterDocument.INSTANCE, codec);
    document(AnonymityPolicy.class, AnonymityPolicyDocument.INSTANCE, codec);
    document(BreakdownRequest.class, BreakdownRequestDocument.INSTANCE, codec);
    document(DisaggregationReport.class, ReportDocument.INSTANCE, codec);
    document(TrendReport.class, TrendReportDocument.INSTANCE, codec);
    addDeserializer(ResponseWave.class, new JsonDeserializer<ResponseWave>() {
      @Override
      public ResponseWave deserialize(JsonParser p, DeserializationContext context) {
        return new ResponseWaveReader(p, codec.limits, false).readAll();
      }
    });
    addSerializer(ResponseWave.class, new JsonSerializer<ResponseWave>() {
      @Override
      public void serialize(ResponseWave wave, JsonGenerator generator,
          SerializerProvider provider) {
        try (ResponseWaveWriter writer = new ResponseWaveWriter(generator, wave,
            Dimensions.used(() -> wave.responses().stream().map(Response::attributes).iterator())
                .values(), false)) {
          wave.responses().forEach(writer::write);
        }
      }
    });
    // Interventions and fairness.
    document(InterventionCatalog.class, InterventionCatalogDocument.INSTANCE, codec);
    document(Recommendations.class, RecommendationsDocument.INSTANCE, codec);
    document(PairingRound.class, PairingDocuments.RoundDocument.INSTANCE, codec);
    document(TrialEvaluation.class, TrialDocuments.EvaluationDocument.INSTANCE, codec);
    document(TrialWaves.class, TrialDocuments.WavesDocument.INSTANCE, codec);
    document(TrialResult.class, TrialDocuments.ResultDocument.INSTANCE, codec);
    document(AdverseImpactResult.class, FairnessDocuments.AdverseImpactDocument.INSTANCE, codec);
    document(RecognitionResult.class, FairnessDocuments.RecognitionDocument.INSTANCE, codec);
    document(VoiceResult.class, FairnessDocuments.VoiceDocument.INSTANCE, codec);
    document(ParticipationResult.class, FairnessDocuments.ParticipationDocument.INSTANCE, codec);
    document(PerceivedFairnessResult.class, FairnessDocuments.PerceivedDocument.INSTANCE, codec);
  }

  private <D, T> void document(Class<T> valueType, DocumentType<D, T> type, Codec codec) {
    addDeserializer(valueType, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) {
        return codec.read(p, type, false);
      }
    });
    addSerializer(valueType, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializerProvider provider) {
        codec.write(value, type, generator);
      }
    });
  }
}
