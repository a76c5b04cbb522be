package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.fairness.AdverseImpactResult;
import dev.belonging.intervention.InterventionCatalog;
import dev.belonging.intervention.Recommendations;
import dev.belonging.intervention.TrialEvaluation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The golden files of interventions, pairing, trials and fairness (src/test/resources/golden/v1)
 * are kept forever: every future reader must read them to the same values, and this writer
 * writes those values back byte for byte.
 */
class ActionGoldenFilesTest {
  private static final BelongingJson JSON = BelongingJson.defaults();

  static String golden(String name) {
    return Fixtures.resource("/golden/v1/" + name);
  }

  /** Reads the file as text and as bytes, writes the value as bytes and as text. */
  private static <T> void assertGolden(String file, T expected,
      Function<String, T> readText, Function<ByteArrayInputStream, T> readBytes,
      BiConsumer<T, ByteArrayOutputStream> write, Function<T, String> text) {
    String json = golden(file);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(readText.apply(json)).isEqualTo(expected);
    assertThat(readBytes.apply(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write.accept(expected, out);
    assertThat(out.toByteArray()).isEqualTo(bytes);
    assertThat(text.apply(expected)).isEqualTo(json);
  }

  @Test
  void builtInCatalog_readsToTheValue_andWritesByteForByte() {
    assertGolden("intervention-catalog-builtin.json", InterventionCatalog.builtIn(),
        JSON::readInterventionCatalog, JSON::readInterventionCatalog, JSON::write, JSON::toString);
    assertThat(JSON.readInterventionCatalog(golden("intervention-catalog-builtin.json")).ids())
        .containsExactlyElementsIn(InterventionCatalog.builtIn().ids()).inOrder();
  }

  @Test
  void customCatalog_readsToTheValue_andWritesByteForByte() {
    assertGolden("intervention-catalog.json", ActionFixtures.customCatalog(),
        JSON::readInterventionCatalog, JSON::readInterventionCatalog, JSON::write, JSON::toString);
  }

  @Test
  void recommendations_readToTheValue_andWriteByteForByte() {
    assertGolden("recommendations.json", ActionFixtures.recommendations(),
        JSON::readRecommendations, JSON::readRecommendations, JSON::write, JSON::toString);
    assertGolden("recommendations-empty.json", Recommendations.builder().build(),
        JSON::readRecommendations, JSON::readRecommendations, JSON::write, JSON::toString);
  }

  @Test
  void participants_readToTheValue_andWriteByteForByte() {
    assertGolden("participants.json", ActionFixtures.participants(), JSON::readParticipants,
        JSON::readParticipants, JSON::writeParticipants, JSON::participantsToString);
  }

  @Test
  void pairingRound_readsToTheValue_andWritesByteForByte() {
    assertGolden("pairing-round.json", ActionFixtures.round(), JSON::readPairingRound,
        JSON::readPairingRound, JSON::write, JSON::toString);
  }

  @Test
  void pairingHistory_readsToTheValue_andWritesByteForByte() {
    assertGolden("pairing-history.json", ActionFixtures.history(), JSON::readPairingHistory,
        JSON::readPairingHistory, JSON::writePairingHistory, JSON::pairingHistoryToString);
  }

  @Test
  void trialDocuments_readToTheValue_andWriteByteForByte() {
    assertGolden("trial-evaluation.json", ActionFixtures.trialEvaluation(),
        JSON::readTrialEvaluation, JSON::readTrialEvaluation, JSON::write, JSON::toString);
    assertGolden("trial-evaluation-defaults.json", TrialEvaluation.withDefaults(),
        JSON::readTrialEvaluation, JSON::readTrialEvaluation, JSON::write, JSON::toString);
    assertGolden("trial-waves.json", ActionFixtures.trialWaves(), JSON::readTrialWaves,
        JSON::readTrialWaves, JSON::write, JSON::toString);
    assertGolden("trial-result.json", ActionFixtures.trialResult(), JSON::readTrialResult,
        JSON::readTrialResult, JSON::write, JSON::toString);
    assertGolden("trial-result-no-variation.json", ActionFixtures.trialResultWithoutVariation(),
        JSON::readTrialResult, JSON::readTrialResult, JSON::write, JSON::toString);
  }

  @Test
  void trialEvaluation_omittedSettings_areTheDefaults() {
    assertThat(JSON.readTrialEvaluation(
        "{\"format\":\"belonging.trial-evaluation\",\"version\":\"1.0\"}"))
        .isEqualTo(TrialEvaluation.withDefaults());
  }

  @Test
  void fairnessResults_readToTheValue_andWriteByteForByte() {
    assertGolden("adverse-impact-result.json", ActionFixtures.adverseImpact(),
        JSON::readAdverseImpactResult, JSON::readAdverseImpactResult, JSON::write,
        JSON::toString);
    assertGolden("recognition-equity-result.json", ActionFixtures.recognition(),
        JSON::readRecognitionResult, JSON::readRecognitionResult, JSON::write, JSON::toString);
    assertGolden("voice-equity-result.json", ActionFixtures.voice(), JSON::readVoiceResult,
        JSON::readVoiceResult, JSON::write, JSON::toString);
    assertGolden("voice-equity-result-suppressed.json", ActionFixtures.voiceSuppressed(),
        JSON::readVoiceResult, JSON::readVoiceResult, JSON::write, JSON::toString);
    assertGolden("participation-parity-result.json", ActionFixtures.participation(),
        JSON::readParticipationResult, JSON::readParticipationResult, JSON::write,
        JSON::toString);
    assertGolden("perceived-fairness-result.json", ActionFixtures.perceivedFairness(),
        JSON::readPerceivedFairnessResult, JSON::readPerceivedFairnessResult, JSON::write,
        JSON::toString);
  }

  @Test
  void fairnessInputs_readToTheValue_andWriteByteForByte() {
    assertGolden("outcome-records.json", ActionFixtures.outcomeRecords(),
        JSON::readOutcomeRecords, JSON::readOutcomeRecords, JSON::writeOutcomeRecords,
        JSON::outcomeRecordsToString);
    assertGolden("recognition-records.json", ActionFixtures.recognitionRecords(),
        JSON::readRecognitionRecords, JSON::readRecognitionRecords,
        JSON::writeRecognitionRecords, JSON::recognitionRecordsToString);
    assertGolden("meetings.json", ActionFixtures.meetings(), JSON::readMeetings,
        JSON::readMeetings, JSON::writeMeetings, JSON::meetingsToString);
  }

  @Test
  void fairnessResults_infiniteIntervalLimit_isAnAbsentMember() {
    AdverseImpactResult read = JSON.readAdverseImpactResult(golden("adverse-impact-result.json"));
    assertThat(read.group("CONTRACTOR").orElseThrow().value().impactRatioInterval()
        .orElseThrow().upper()).isPositiveInfinity();
    assertThat(golden("adverse-impact-result.json"))
        .contains("\"impactRatioInterval\":{\"lower\":0.0,\"level\":0.95}");
  }

  @Test
  void goldenFiles_nestAtMostSixLevels_asDocumented() {
    BelongingJson six = JSON.withMaxNestingDepth(6);
    assertThat(six.readRecommendations(golden("recommendations.json")))
        .isEqualTo(ActionFixtures.recommendations());
    assertThat(six.readPairingHistory(golden("pairing-history.json")))
        .isEqualTo(ActionFixtures.history());
    assertThat(six.readAdverseImpactResult(golden("adverse-impact-result.json")))
        .isEqualTo(ActionFixtures.adverseImpact());
    assertThat(six.readMeetings(golden("meetings.json"))).isEqualTo(ActionFixtures.meetings());
    WireFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
        WireFormatException.class,
        () -> JSON.withMaxNestingDepth(5).readPairingHistory(golden("pairing-history.json")));
    assertThat(e.rule()).contains("limit maxNestingDepth");
  }

  @Test
  void everyGoldenFile_isValidAgainstItsSchema() {
    String[][] files = {
        {"intervention-catalog-builtin.json", "intervention-catalog"},
        {"intervention-catalog.json", "intervention-catalog"},
        {"recommendations.json", "recommendations"},
        {"recommendations-empty.json", "recommendations"},
        {"participants.json", "participants"},
        {"pairing-round.json", "pairing-round"},
        {"pairing-history.json", "pairing-history"},
        {"trial-evaluation.json", "trial-evaluation"},
        {"trial-evaluation-defaults.json", "trial-evaluation"},
        {"trial-waves.json", "trial-waves"},
        {"trial-result.json", "trial-result"},
        {"trial-result-no-variation.json", "trial-result"},
        {"adverse-impact-result.json", "adverse-impact-result"},
        {"recognition-equity-result.json", "recognition-equity-result"},
        {"voice-equity-result.json", "voice-equity-result"},
        {"voice-equity-result-suppressed.json", "voice-equity-result"},
        {"participation-parity-result.json", "participation-parity-result"},
        {"perceived-fairness-result.json", "perceived-fairness-result"},
        {"outcome-records.json", "outcome-records"},
        {"recognition-records.json", "recognition-records"},
        {"meetings.json", "meetings"}};
    for (String[] file : files) {
      assertWithMessage(file[0]).that(Schemas.violations(file[1], golden(file[0]))).isEmpty();
    }
  }
}
