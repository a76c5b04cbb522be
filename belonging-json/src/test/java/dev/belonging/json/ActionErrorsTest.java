package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Error pointers and rules of the documents of interventions, pairing, trials and fairness: each
 * case breaks one rule of a golden file and checks where and what the error says.
 */
class ActionErrorsTest {
  private static final BelongingJson JSON = BelongingJson.defaults();
  private static final String CATALOG = ActionGoldenFilesTest.golden("intervention-catalog.json");

  private static void assertFails(Executable read, String pointer, String rulePart) {
    WireFormatException e = assertThrows(WireFormatException.class, read);
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.rule()).contains(rulePart);
    assertThat(e.formatVersion()).isEqualTo("1.0");
    assertThat(e.getMessage()).startsWith((pointer.isEmpty() ? "document" : pointer) + ": ");
  }

  /** A golden document with one replacement, which must apply. */
  private static String replace(String document, String target, String replacement) {
    assertThat(document).contains(target);
    return document.replaceFirst(java.util.regex.Pattern.quote(target),
        java.util.regex.Matcher.quoteReplacement(replacement));
  }

  // ---------------------------------------------------------------- intervention catalogs

  @Test
  void catalog_duplicateId_namesTheRepeatedEntry() {
    String duplicate = replace(CATALOG, "\"id\":\"listening_training\"",
        "\"id\":\"remote_office_coffee\"");
    assertFails(() -> JSON.readInterventionCatalog(duplicate), "/interventions/1/id",
        "intervention ids must be unique");
  }

  @Test
  void catalog_domainRulesOfAnEntry_nameTheMember() {
    assertFails(() -> JSON.readInterventionCatalog(replace(CATALOG, "\"trialDays\":28",
        "\"trialDays\":3")), "/interventions/0/trialDays", "must be in [7, 180], but was 3");
    assertFails(() -> JSON.readInterventionCatalog(replace(CATALOG,
        "\"Agree the weekly habit with each team.\"", "\" \"")),
        "/interventions/1/steps/1", "must not be blank");
    assertFails(() -> JSON.readInterventionCatalog(replace(CATALOG, "\"id\":\"listening_training\"",
        "\"id\":\"Listening\"")), "/interventions/1/id", "intervention id must match");
    assertFails(() -> JSON.readInterventionCatalog(replace(CATALOG, "\"steps\":[\"Book",
        "\"steps\":[],\"x\":[\"Book")), "/interventions/1/x", "is not a field of format 1.0");
    assertFails(() -> JSON.readInterventionCatalog(replace(CATALOG,
        "\"steps\":[\"Book two 45-minute sessions.\",\"Agree the weekly habit with each team.\"]",
        "\"steps\":[]")), "/interventions/1/steps", "must not be empty");
  }

  @Test
  void catalog_repeatedSetElements_areRejectedNotMerged() {
    assertFails(() -> JSON.readInterventionCatalog(replace(CATALOG,
        "\"servedGroups\":[\"REMOTE_STAFF\",\"EVERYONE\"]",
        "\"servedGroups\":[\"REMOTE_STAFF\",\"REMOTE_STAFF\"]")),
        "/interventions/0/servedGroups/1", "must not repeat");
    assertFails(() -> JSON.readInterventionCatalog(replace(CATALOG,
        "{\"id\":\"connection\",\"label\":\"Connection\"}",
        "{\"id\":\"belonging\",\"label\":\"Connection\"}")),
        "/interventions/0/targets/1/id", "must not repeat an earlier target's id");
  }

  @Test
  void catalog_missingOrWrongFields_nameThem() {
    assertFails(() -> JSON.readInterventionCatalog(
        "{\"format\":\"belonging.intervention-catalog\",\"version\":\"1.0\"}"),
        "/interventions", "is required");
    assertFails(() -> JSON.readInterventionCatalog(replace(CATALOG, "\"cadence\":\"WEEKLY\"",
        "\"cadence\":\"DAILY\"")), "/interventions/1/cadence", "must be one of [ONCE");
    assertFails(() -> JSON.readInterventionCatalog(replace(CATALOG, "\"kind\":\"TRAINING\",", "")),
        "/interventions/1/kind", "is required");
    assertFails(() -> JSON.readInterventionCatalog(replace(CATALOG,
        "\"format\":\"belonging.intervention-catalog\",\"version\":\"1.0\"",
        "\"format\":\"belonging.intervention-catalog\",\"version\":\"2.1\"")),
        "/version", "major version 2 is not supported");
    assertFails(() -> JSON.readInterventionCatalog(
        Fixtures.resource("/golden/v1/roster.json")), "/format",
        "must be 'belonging.intervention-catalog'");
  }

  @Test
  void catalog_limits_areApplied() {
    assertFails(() -> JSON.withMaxEntries(3).readInterventionCatalog(
        ActionGoldenFilesTest.golden("intervention-catalog-builtin.json")),
        "/interventions/0/steps", "is entry 4 of an array or object of at most 3 entries");
    assertFails(() -> JSON.withMaxStringLength(100).readInterventionCatalog(CATALOG),
        "/interventions/0/summary", "limit maxStringLength");
  }

  // ---------------------------------------------------------------- recommendations

  private static final String RECOMMENDATIONS =
      ActionGoldenFilesTest.golden("recommendations.json");

  @Test
  void recommendations_domainRules_nameTheEntry() {
    assertFails(() -> JSON.readRecommendations(replace(RECOMMENDATIONS, "\"rank\":2",
        "\"rank\":3")), "/entries/1/rank", "entries[1] must have rank 2, but was 3");
    assertFails(() -> JSON.readRecommendations(replace(RECOMMENDATIONS,
        "\"rank\":2,\"kind\":\"INTERVENTION\"", "\"rank\":2,\"kind\":\"PREREQUISITE\"")
        .replace("\"rank\":1,\"kind\":\"PREREQUISITE\"", "\"rank\":1,\"kind\":\"INTERVENTION\"")),
        "/entries/0/intervention", "must name its intervention");
    assertFails(() -> JSON.readRecommendations(replace(RECOMMENDATIONS, "\"score\":0.0",
        "\"score\":-1.0")), "/entries/0/score", "score must be finite and >= 0");
    assertFails(() -> JSON.readRecommendations(replace(RECOMMENDATIONS, "\"qValue\":0.04",
        "\"qValue\":1.5")), "/entries/0/evidence/0/qValue", "qValue must be in [0.0, 1.0]");
    assertFails(() -> JSON.readRecommendations(replace(RECOMMENDATIONS, "\"hedgesG\":-0.45",
        "\"hedgesG\":-1e400")), "/entries/0/evidence/0/hedgesG", "must be a finite number");
    assertFails(() -> JSON.readRecommendations(replace(RECOMMENDATIONS,
        "\"trialDays\":42", "\"trialDays\":4")),
        "/entries/1/intervention/trialDays", "must be in [7, 180]");
  }

  @Test
  void recommendations_prerequisiteAfterIntervention_isRejected() {
    String swapped = replace(RECOMMENDATIONS, "\"rank\":1,\"kind\":\"PREREQUISITE\"",
        "\"rank\":1,\"kind\":\"INTERVENTION\",\"intervention\":"
            + JSON.toString(dev.belonging.intervention.InterventionCatalog.of(
                java.util.List.of(ActionFixtures.customTraining())))
                .replaceFirst("^.*\"interventions\":\\[", "").replaceFirst("]}$", ""))
        .replace("\"rank\":2,\"kind\":\"INTERVENTION\"", "\"rank\":2,\"kind\":\"PREREQUISITE\"");
    assertFails(() -> JSON.readRecommendations(swapped), "/entries/1/kind",
        "is a PREREQUISITE after an INTERVENTION");
  }

  @Test
  void doubles_acceptIntegerNumerals_andRejectStrings() {
    assertThat(JSON.readRecommendations(replace(RECOMMENDATIONS, "\"score\":0.0",
        "\"score\":0"))).isEqualTo(ActionFixtures.recommendations());
    assertFails(() -> JSON.readRecommendations(replace(RECOMMENDATIONS, "\"score\":0.0",
        "\"score\":\"0\"")), "/entries/0/score", "must be");
    assertFails(() -> JSON.readRecommendations(replace(RECOMMENDATIONS, "\"score\":0.0",
        "\"score\":NaN")), "/entries/0", "is not well-formed JSON");
  }

  // ---------------------------------------------------------------- pairing

  private static final String PARTICIPANTS = ActionGoldenFilesTest.golden("participants.json");
  private static final String ROUND = ActionGoldenFilesTest.golden("pairing-round.json");

  @Test
  void participants_badFields_nameTheMember() {
    assertFails(() -> JSON.readParticipants(replace(PARTICIPANTS, "\"Europe/Berlin\"",
        "\"Europe/Atlantis\"")), "/participants/0/timeZone", "time-zone id known");
    assertFails(() -> JSON.readParticipants(replace(PARTICIPANTS, "\"workStart\":\"09:00\"",
        "\"workStart\":\"25:00\"")), "/participants/0/workStart", "must be a local time");
    assertFails(() -> JSON.readParticipants(replace(PARTICIPANTS, "\"workEnd\":\"17:30\"",
        "\"workEnd\":\"09:00:00\"")), "/participants/0/workEnd", "must differ from workStart");
    assertFails(() -> JSON.readParticipants(replace(PARTICIPANTS, "\"id\":\"p-02\"",
        "\"id\":\"p 02\"")), "/participants/1/id", "participant id must match");
    assertFails(() -> JSON.readParticipants(replace(PARTICIPANTS, "\"team\":\"sales\"",
        "\"team\":\" \"")), "/participants/1/team", "must not be blank");
    assertFails(() -> JSON.readParticipants(replace(PARTICIPANTS, "\"arrangement\":\"REMOTE\"",
        "\"arrangement\":\"SPACE\"")), "/participants/0/arrangement", "must be one of");
  }

  @Test
  void participants_areRecords_limitedByMaxRecords() {
    assertThat(JSON.withMaxEntries(6).readParticipants(PARTICIPANTS)).hasSize(4);
    assertFails(() -> JSON.withMaxRecords(3).readParticipants(PARTICIPANTS), "/participants/3",
        "has more than 3 records (limit maxRecords)");
  }

  @Test
  void pairingRound_domainRules_nameTheMember() {
    assertFails(() -> JSON.readPairingRound(replace(ROUND, "[\"p-01\",\"p-02\"]",
        "[\"p-02\",\"p-01\"]")), "/groups/0/members", "must be sorted");
    assertFails(() -> JSON.readPairingRound(replace(ROUND, "\"quality\":0.875",
        "\"quality\":1.5")), "/groups/0/quality", "quality must be in [0, 1]");
    assertFails(() -> JSON.readPairingRound(replace(ROUND, "\"quality\":0.875",
        "\"quality\":0.875,\"joinedAsThird\":\"p-01\"")), "/groups/0/joinedAsThird",
        "must be a member of a trio");
    assertFails(() -> JSON.readPairingRound(replace(ROUND, "\"participantId\":\"p-07\"",
        "\"participantId\":\"p-01\"")), "", "at most once in a round");
    assertFails(() -> JSON.readPairingRound(replace(ROUND, "\"reason\":\"NO_OVERLAPPING_HOURS\"",
        "\"reason\":\"BUSY\"")), "/unmatched/0/reason", "must be one of");
  }

  @Test
  void pairingDocuments_groupsAndRounds_areRecords() {
    java.util.List<dev.belonging.intervention.PairingGroup> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pairs.add(dev.belonging.intervention.PairingGroup.of(
          java.util.List.of("a" + i, "b" + i), 0.5));
    }
    dev.belonging.intervention.PairingRound round =
        dev.belonging.intervention.PairingRound.of(pairs, java.util.List.of());
    BelongingJson fourEntries = JSON.withMaxEntries(4);
    assertThat(fourEntries.readPairingRound(JSON.toString(round))).isEqualTo(round);
    java.util.List<dev.belonging.intervention.PairingRound> history =
        java.util.Collections.nCopies(5, round);
    assertThat(fourEntries.readPairingHistory(JSON.pairingHistoryToString(history)))
        .isEqualTo(history);
    assertFails(() -> JSON.withMaxRecords(5).readPairingHistory(
        JSON.pairingHistoryToString(history)), "/rounds/0/groups/5", "limit maxRecords");
  }

  @Test
  void pairingHistory_roundsCarryNoEnvelope() {
    String history = "{\"format\":\"belonging.pairing-history\",\"version\":\"1.0\","
        + "\"rounds\":[" + ROUND + "]}";
    assertFails(() -> JSON.readPairingHistory(history), "/rounds/0/format",
        "is not a field of a round inside a history");
    String nested = history.replace(ROUND, ROUND.replace(
        "\"format\":\"belonging.pairing-round\",\"version\":\"1.0\",", "")
        .replace("[\"p-01\",\"p-02\"]", "[\"p-01\",\"p-01\"]"));
    assertFails(() -> JSON.readPairingHistory(nested), "/rounds/0/groups/0/members",
        "must be distinct");
  }

  // ---------------------------------------------------------------- trials

  @Test
  void trialDocuments_domainRules_nameTheMember() {
    String evaluation = ActionGoldenFilesTest.golden("trial-evaluation.json");
    assertFails(() -> JSON.readTrialEvaluation(replace(evaluation, "\"confidenceLevel\":0.9",
        "\"confidenceLevel\":1.5")), "/confidenceLevel", "must be in (0, 1), but was 1.5");
    assertFails(() -> JSON.readTrialEvaluation(replace(evaluation, "\"minimumGroupSize\":8",
        "\"minimumGroupSize\":1")), "/minimumGroupSize", "must be >= 2, but was 1");
    String waves = ActionGoldenFilesTest.golden("trial-waves.json");
    assertFails(() -> JSON.readTrialWaves(replace(waves, "\"n\":24", "\"n\":1")),
        "/targetBefore/n", "n must be >= 2, but was 1");
    assertFails(() -> JSON.readTrialWaves(replace(waves, "\"sd\":0.95", "\"sd\":-0.95")),
        "/comparisonAfter/sd", "sd must be finite and >= 0");
    assertFails(() -> JSON.readTrialWaves(replace(waves,
        "\"targetAfter\":{\"n\":26,\"mean\":3.6,\"sd\":0.85},", "")),
        "/targetAfter", "is required");
    String result = ActionGoldenFilesTest.golden("trial-result.json");
    assertFails(() -> JSON.readTrialResult(replace(result, "\"win\":true", "\"win\":false")),
        "/win", "win must be true exactly when decision is CONTINUE");
    assertFails(() -> JSON.readTrialResult(replace(result, "\"level\":0.9", "\"level\":0.95")),
        "/interval", "interval level must equal confidenceLevel");
    assertFails(() -> JSON.readTrialResult(replace(result, "\"credible\":true",
        "\"credible\":false")), "/decision", "decision CONTINUE requires a credible result");
    assertFails(() -> JSON.readTrialResult(replace(result, "\"lower\":0.02",
        "\"lower\":0.9")), "/interval/lower", "lower must be <= upper");
  }

  // ---------------------------------------------------------------- fairness results

  private static final String IMPACT = ActionGoldenFilesTest.golden("adverse-impact-result.json");

  @Test
  void fairnessResult_suppressedGroupWithANumber_isRejectedByReaderAndSchema() {
    String leaking = replace(IMPACT, "{\"group\":\"REMOTE\",\"suppression\":\"BELOW_MINIMUM_GROUP_SIZE\"}",
        "{\"group\":\"REMOTE\",\"suppression\":\"BELOW_MINIMUM_GROUP_SIZE\",\"size\":2}");
    assertFails(() -> JSON.readAdverseImpactResult(leaking), "/groups/4/size",
        "must be absent for a suppressed group");
    assertThat(Schemas.violations("adverse-impact-result", leaking)).isNotEmpty();
  }

  @Test
  void fairnessResult_domainRules_nameTheMember() {
    assertFails(() -> JSON.readAdverseImpactResult(replace(IMPACT, "\"group\":\"OFFICE\"",
        "\"group\":\"CONTRACTOR\"")), "/groups/3/group",
        "groups[3] repeats the label of an earlier group");
    assertFails(() -> JSON.readAdverseImpactResult(replace(IMPACT, "\"reference\":\"OFFICE\"",
        "\"reference\":\"REMOTE\"")), "/reference",
        "reference must be the label of a published group");
    assertFails(() -> JSON.readAdverseImpactResult(replace(IMPACT, "\"selected\":1,",
        "\"selected\":11,")), "/groups/1/selected", "selected must be <= size 10");
    assertFails(() -> JSON.readAdverseImpactResult(replace(IMPACT, "\"fisherP\":0.68",
        "\"fisherP\":1.68")), "/groups/1/fisherP", "fisherP must be in [0.0, 1.0]");
    assertFails(() -> JSON.readAdverseImpactResult(replace(IMPACT, "\"strata\":2",
        "\"strata\":0")), "/groups/1/pooled/strata", "strata must be >= 1");
    assertFails(() -> JSON.readAdverseImpactResult(replace(IMPACT,
        "\"verdict\":\"FLAGGED_NOT_SUPPORTED\",\"sentence\":\"'FRONTLINE_SHIFT'",
        "\"pooledSuppression\":\"COMPLEMENT_DISCLOSURE\",\"verdict\":\"FLAGGED_NOT_SUPPORTED\","
            + "\"sentence\":\"'FRONTLINE_SHIFT'")), "/groups/1/pooledSuppression",
        "pooledSuppression must be empty when pooled is present");
    assertFails(() -> JSON.readAdverseImpactResult(replace(IMPACT, "\"verdict\":\"REFERENCE\"",
        "\"verdict\":\"BEST\"")), "/groups/3/verdict", "must be one of");
    String voice = ActionGoldenFilesTest.golden("voice-equity-result.json");
    assertFails(() -> JSON.readVoiceResult(replace(voice, "\"firstVoiceTopics\":6",
        "\"firstVoiceTopics\":16")), "/overall/firstVoiceTopics",
        "firstVoiceTopics must be <= topicsWithTurns 15");
    assertFails(() -> JSON.readVoiceResult(replace(voice, "\"group\":\"all attendees\",",
        "")), "/overall/group", "is required");
    String participation = ActionGoldenFilesTest.golden("participation-parity-result.json");
    assertFails(() -> JSON.readParticipationResult(replace(participation,
        "\"rateInterval\":{\"lower\":0.7335,\"upper\":0.8828,\"level\":0.95},", "")),
        "/groups/1/rateInterval", "is required");
    String perceived = ActionGoldenFilesTest.golden("perceived-fairness-result.json");
    assertFails(() -> JSON.readPerceivedFairnessResult(replace(perceived,
        "\"degreesOfFreedom\":27.3", "\"degreesOfFreedom\":0")),
        "/groups/0/degreesOfFreedom", "degreesOfFreedom must be finite and > 0");
    String recognition = ActionGoldenFilesTest.golden("recognition-equity-result.json");
    assertFails(() -> JSON.readRecognitionResult(replace(recognition,
        "\"personPeriods\":90.0", "\"personPeriods\":0.0")),
        "/groups/0/personPeriods", "personPeriods must be finite and > 0");
  }

  @Test
  void fairnessResult_messagesNeverQuoteGroupLabels() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.readAdverseImpactResult(replace(IMPACT, "\"group\":\"OFFICE\"",
            "\"group\":\"CONTRACTOR\"")));
    assertThat(e.getMessage()).doesNotContain("CONTRACTOR");
  }

  // ---------------------------------------------------------------- fairness inputs

  @Test
  void fairnessInputs_badRecords_nameTheMember() {
    String outcomes = ActionGoldenFilesTest.golden("outcome-records.json");
    assertFails(() -> JSON.readOutcomeRecords(replace(outcomes, "\"stratum\":\"south\"",
        "\"stratum\":\" \"")), "/records/2/stratum", "stratum must not be blank");
    assertFails(() -> JSON.readOutcomeRecords(replace(outcomes, "{\"gender\":\"woman\",",
        "{\"age\":\"50+\",")), "/records/0/attributes/age",
        "names a dimension that /dimensions does not declare");
    assertFails(() -> JSON.withMaxRecords(3).readOutcomeRecords(outcomes), "/records/3",
        "limit maxRecords");
    String recognitions = ActionGoldenFilesTest.golden("recognition-records.json");
    assertFails(() -> JSON.readRecognitionRecords(replace(recognitions, "\"periods\":1.5",
        "\"periods\":0")), "/records/1/periods", "periods must be finite and > 0");
    assertFails(() -> JSON.readRecognitionRecords(replace(recognitions, "\"events\":0",
        "\"events\":-1")), "/records/1/events", "events must be >= 0");
    String meetings = ActionGoldenFilesTest.golden("meetings.json");
    assertFails(() -> JSON.readMeetings(replace(meetings, "[\"m3\"]", "[\"m9\"]")),
        "/meetings/0/topics/2/0", "names someone who is not an attendee");
    assertFails(() -> JSON.readMeetings(replace(meetings, "{\"id\":\"m3\"", "{\"id\":\"m1\"")),
        "/meetings/0/attendees/2/id", "repeats the id of an earlier attendee");
    assertFails(() -> JSON.readMeetings(replace(meetings,
        "\"attendees\":[{\"id\":\"m2\",\"group\":\"OFFICE\",\"seniority\":2}]",
        "\"attendees\":[]")), "/meetings/1/attendees", "at least one attendee");
    assertFails(() -> JSON.readMeetings(replace(meetings, "\"seniority\":0",
        "\"seniority\":-1")), "/meetings/0/attendees/0/seniority", "seniority must be >= 0");
  }

  @Test
  void fairnessInputs_messagesNeverQuoteAttributeValues() {
    String outcomes = ActionGoldenFilesTest.golden("outcome-records.json");
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JSON.readOutcomeRecords(replace(outcomes, "\"woman\"", "\" \"")));
    assertThat(e.pointer()).startsWith("/records/0/attributes");
    assertThat(e.getMessage()).doesNotContain("woman");
  }
}
