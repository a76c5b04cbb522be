package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import dev.belonging.fairness.AdverseImpactResult;
import dev.belonging.fairness.Meeting;
import dev.belonging.fairness.OutcomeRecord;
import dev.belonging.fairness.ParticipationResult;
import dev.belonging.fairness.PerceivedFairnessResult;
import dev.belonging.fairness.RecognitionRecord;
import dev.belonging.fairness.RecognitionResult;
import dev.belonging.fairness.VoiceResult;
import dev.belonging.intervention.InterventionCatalog;
import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.Participant;
import dev.belonging.intervention.Recommendations;
import dev.belonging.intervention.TrialEvaluation;
import dev.belonging.intervention.TrialResult;
import dev.belonging.intervention.TrialWaves;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips and hostile input for the documents of interventions, pairing, trials and fairness:
 * read(write(x)) is x, writing again gives the same bytes, every written document passes its
 * schema, and any mutation of a document gives a value or a {@link WireFormatException}.
 */
class ActionJsonProperties {
  private static final BelongingJson JSON = BelongingJson.defaults();

  /** How one document type is written, read and validated. */
  private record Doc<T>(String schema, Function<T, String> write, Function<String, T> readText,
      Function<InputStream, T> readStream) {
    void roundTrip(T value) {
      String json = write.apply(value);
      T read = readText.apply(json);
      assertThat(read).isEqualTo(value);
      assertThat(write.apply(read)).isEqualTo(json);
      assertWithMessage(json).that(Schemas.violations(schema, json)).isEmpty();
    }

    void mutated(T value, long seed) {
      byte[] mutated = JsonProperties.mutate(write.apply(value), new Random(seed));
      assertValueOrWireFormatException(mutated,
          in -> readStream.apply(new ByteArrayInputStream(in)));
    }
  }

  private static final Doc<InterventionCatalog> CATALOG = new Doc<>("intervention-catalog",
      JSON::toString, JSON::readInterventionCatalog, JSON::readInterventionCatalog);
  private static final Doc<Recommendations> RECOMMENDATIONS = new Doc<>("recommendations",
      JSON::toString, JSON::readRecommendations, JSON::readRecommendations);
  private static final Doc<List<Participant>> PARTICIPANTS = new Doc<>("participants",
      JSON::participantsToString, JSON::readParticipants, JSON::readParticipants);
  private static final Doc<PairingRound> ROUND = new Doc<>("pairing-round",
      JSON::toString, JSON::readPairingRound, JSON::readPairingRound);
  private static final Doc<List<PairingRound>> HISTORY = new Doc<>("pairing-history",
      JSON::pairingHistoryToString, JSON::readPairingHistory, JSON::readPairingHistory);
  private static final Doc<TrialEvaluation> EVALUATION = new Doc<>("trial-evaluation",
      JSON::toString, JSON::readTrialEvaluation, JSON::readTrialEvaluation);
  private static final Doc<TrialWaves> WAVES = new Doc<>("trial-waves",
      JSON::toString, JSON::readTrialWaves, JSON::readTrialWaves);
  private static final Doc<TrialResult> RESULT = new Doc<>("trial-result",
      JSON::toString, JSON::readTrialResult, JSON::readTrialResult);
  private static final Doc<AdverseImpactResult> IMPACT = new Doc<>("adverse-impact-result",
      JSON::toString, JSON::readAdverseImpactResult, JSON::readAdverseImpactResult);
  private static final Doc<RecognitionResult> RECOGNITION = new Doc<>(
      "recognition-equity-result", JSON::toString, JSON::readRecognitionResult,
      JSON::readRecognitionResult);
  private static final Doc<VoiceResult> VOICE = new Doc<>("voice-equity-result",
      JSON::toString, JSON::readVoiceResult, JSON::readVoiceResult);
  private static final Doc<ParticipationResult> PARTICIPATION = new Doc<>(
      "participation-parity-result", JSON::toString, JSON::readParticipationResult,
      JSON::readParticipationResult);
  private static final Doc<PerceivedFairnessResult> PERCEIVED = new Doc<>(
      "perceived-fairness-result", JSON::toString, JSON::readPerceivedFairnessResult,
      JSON::readPerceivedFairnessResult);

  private static final Doc<List<OutcomeRecord>> OUTCOMES = new Doc<>("outcome-records",
      JSON::outcomeRecordsToString, JSON::readOutcomeRecords, JSON::readOutcomeRecords);
  private static final Doc<List<RecognitionRecord>> RECOGNITION_RECORDS = new Doc<>(
      "recognition-records", JSON::recognitionRecordsToString, JSON::readRecognitionRecords,
      JSON::readRecognitionRecords);
  private static final Doc<List<Meeting>> MEETINGS = new Doc<>("meetings",
      JSON::meetingsToString, JSON::readMeetings, JSON::readMeetings);

  @Provide
  Arbitrary<ImmutableList<OutcomeRecord>> outcomes() {
    return ActionGenerators.outcomeRecords();
  }

  @Provide
  Arbitrary<ImmutableList<RecognitionRecord>> recognitionRecords() {
    return ActionGenerators.recognitionRecords();
  }

  @Provide
  Arbitrary<ImmutableList<Meeting>> meetings() {
    return ActionGenerators.meetings();
  }

  @Property(tries = 40)
  void fairnessInputs_readOfWrite_isTheValue(
      @ForAll("outcomes") ImmutableList<OutcomeRecord> outcomes,
      @ForAll("recognitionRecords") ImmutableList<RecognitionRecord> recognitions,
      @ForAll("meetings") ImmutableList<Meeting> meetings) {
    OUTCOMES.roundTrip(outcomes);
    RECOGNITION_RECORDS.roundTrip(recognitions);
    MEETINGS.roundTrip(meetings);
  }

  @Property(tries = 40)
  void fairnessInputs_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("outcomes") ImmutableList<OutcomeRecord> outcomes,
      @ForAll("recognitionRecords") ImmutableList<RecognitionRecord> recognitions,
      @ForAll("meetings") ImmutableList<Meeting> meetings, @ForAll long seed) {
    OUTCOMES.mutated(outcomes, seed);
    RECOGNITION_RECORDS.mutated(recognitions, seed);
    MEETINGS.mutated(meetings, seed);
  }

  @Provide
  Arbitrary<InterventionCatalog> catalogs() {
    return ActionGenerators.catalog();
  }

  @Provide
  Arbitrary<Recommendations> recommendations() {
    return ActionGenerators.recommendations();
  }

  @Provide
  Arbitrary<ImmutableList<Participant>> participants() {
    return ActionGenerators.participants();
  }

  @Provide
  Arbitrary<PairingRound> rounds() {
    return ActionGenerators.round();
  }

  @Provide
  Arbitrary<ImmutableList<PairingRound>> histories() {
    return ActionGenerators.history();
  }

  @Provide
  Arbitrary<TrialEvaluation> evaluations() {
    return ActionGenerators.trialEvaluation();
  }

  @Provide
  Arbitrary<TrialWaves> waves() {
    return ActionGenerators.trialWaves();
  }

  @Provide
  Arbitrary<TrialResult> results() {
    return ActionGenerators.trialResult();
  }

  @Provide
  Arbitrary<AdverseImpactResult> impacts() {
    return ActionGenerators.adverseImpact();
  }

  @Provide
  Arbitrary<RecognitionResult> recognitions() {
    return ActionGenerators.recognition();
  }

  @Provide
  Arbitrary<VoiceResult> voices() {
    return ActionGenerators.voice();
  }

  @Provide
  Arbitrary<ParticipationResult> participations() {
    return ActionGenerators.participation();
  }

  @Provide
  Arbitrary<PerceivedFairnessResult> perceived() {
    return ActionGenerators.perceivedFairness();
  }

  // ---------------------------------------------------------------- round trips

  @Property(tries = 60)
  void catalog_readOfWrite_isTheValue(@ForAll("catalogs") InterventionCatalog value) {
    CATALOG.roundTrip(value);
  }

  @Property(tries = 60)
  void recommendations_readOfWrite_isTheValue(@ForAll("recommendations") Recommendations value) {
    RECOMMENDATIONS.roundTrip(value);
  }

  @Property(tries = 40)
  void participants_readOfWrite_isTheValue(
      @ForAll("participants") ImmutableList<Participant> value) {
    PARTICIPANTS.roundTrip(value);
  }

  @Property(tries = 80)
  void pairingRound_readOfWrite_isTheValue(@ForAll("rounds") PairingRound value) {
    ROUND.roundTrip(value);
  }

  @Property(tries = 25)
  void pairingHistory_readOfWrite_isTheValue(
      @ForAll("histories") ImmutableList<PairingRound> value) {
    HISTORY.roundTrip(value);
  }

  @Property(tries = 30)
  void trialDocuments_readOfWrite_isTheValue(@ForAll("evaluations") TrialEvaluation evaluation,
      @ForAll("waves") TrialWaves waves, @ForAll("results") TrialResult result) {
    EVALUATION.roundTrip(evaluation);
    WAVES.roundTrip(waves);
    RESULT.roundTrip(result);
  }

  @Property(tries = 25)
  void fairnessResults_readOfWrite_isTheValue(@ForAll("impacts") AdverseImpactResult impact,
      @ForAll("recognitions") RecognitionResult recognition, @ForAll("voices") VoiceResult voice,
      @ForAll("participations") ParticipationResult participation,
      @ForAll("perceived") PerceivedFairnessResult perceived) {
    IMPACT.roundTrip(impact);
    RECOGNITION.roundTrip(recognition);
    VOICE.roundTrip(voice);
    PARTICIPATION.roundTrip(participation);
    PERCEIVED.roundTrip(perceived);
  }

  // ---------------------------------------------------------------- hostile input

  @Property(tries = 60)
  void catalog_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("catalogs") InterventionCatalog value, @ForAll long seed) {
    CATALOG.mutated(value, seed);
  }

  @Property(tries = 40)
  void recommendations_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("recommendations") Recommendations value, @ForAll long seed) {
    RECOMMENDATIONS.mutated(value, seed);
  }

  @Property(tries = 60)
  void pairingDocuments_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("participants") ImmutableList<Participant> participants,
      @ForAll("histories") ImmutableList<PairingRound> history, @ForAll long seed) {
    if (!participants.isEmpty()) {
      PARTICIPANTS.mutated(participants, seed);
    }
    if (!history.isEmpty()) {
      ROUND.mutated(history.get(0), seed);
    }
    HISTORY.mutated(history, seed);
  }

  @Property(tries = 30)
  void trialDocuments_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("evaluations") TrialEvaluation evaluation, @ForAll("waves") TrialWaves waves,
      @ForAll("results") TrialResult result, @ForAll long seed) {
    EVALUATION.mutated(evaluation, seed);
    WAVES.mutated(waves, seed);
    RESULT.mutated(result, seed);
  }

  @Property(tries = 25)
  void fairnessResults_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("impacts") AdverseImpactResult impact,
      @ForAll("recognitions") RecognitionResult recognition, @ForAll("voices") VoiceResult voice,
      @ForAll("participations") ParticipationResult participation,
      @ForAll("perceived") PerceivedFairnessResult perceived, @ForAll long seed) {
    IMPACT.mutated(impact, seed);
    RECOGNITION.mutated(recognition, seed);
    VOICE.mutated(voice, seed);
    PARTICIPATION.mutated(participation, seed);
    PERCEIVED.mutated(perceived, seed);
  }

  @Property(tries = 100)
  void anyDocumentType_randomBytes_giveAValueOrWireFormatException(@ForAll byte[] bytes) {
    for (Doc<?> doc : List.of(CATALOG, RECOMMENDATIONS, PARTICIPANTS, ROUND, HISTORY, EVALUATION,
        WAVES, RESULT, IMPACT, RECOGNITION, VOICE, PARTICIPATION, PERCEIVED, OUTCOMES,
        RECOGNITION_RECORDS, MEETINGS)) {
      assertValueOrWireFormatException(bytes,
          in -> doc.readStream().apply(new ByteArrayInputStream(in)));
    }
  }

  static void assertValueOrWireFormatException(byte[] input, Function<byte[], Object> read) {
    try {
      assertThat(read.apply(input)).isNotNull();
    } catch (WireFormatException expected) {
      assertThat(expected.rule()).isNotEmpty();
      assertWithMessage("pointer must be a JSON Pointer").that(expected.pointer())
          .matches("(/[^/]*)*");
    }
  }
}
