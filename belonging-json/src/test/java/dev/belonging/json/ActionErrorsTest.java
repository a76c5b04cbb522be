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
}
