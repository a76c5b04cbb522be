package dev.belonging.anonymity;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DisclosureLedgerTest {
  private static Members range(int from, int to) {
    return Members.of(IntStream.range(from, to).toArray());
  }

  @Test
  void decide_filterAfterEarlierQuery_refusesDifference() {
    DisclosureLedger ledger = DisclosureLedger.create(AnonymityPolicy.withDefaults(), 12);
    assertThat(ledger.decide(CellRequest.score("dept", range(0, 12))).published()).isTrue();
    CellDecision filter = ledger.decide(CellRequest.score("dept|onsite", range(0, 10)));
    assertThat(filter.reason()).hasValue(SuppressionReason.COMPLEMENTARY);
    assertThat(CertificateVerifier.create().verify(ledger.certificate())).isTrue();
  }

  @Test
  void decide_threeQueriesOverTime_refusesTheTracker() {
    DisclosureLedger ledger = DisclosureLedger.create(AnonymityPolicy.withDefaults(), 13);
    assertThat(ledger.decide(CellRequest.score("everyone", range(0, 13))).published()).isTrue();
    assertThat(ledger.decide(CellRequest.score("ab", range(0, 6))).published()).isTrue();
    assertThat(ledger.decide(CellRequest.score("cd", range(6, 12))).published()).isFalse();
  }

  @Test
  void release_sameCellNextWave_staysPublished() {
    DisclosureLedger ledger = DisclosureLedger.create(AnonymityPolicy.withDefaults(), 20);
    CellRequest team = CellRequest.score("team", range(0, 20));
    assertThat(ledger.release(List.of(team)).isPublished("team")).isTrue();
    assertThat(ledger.release(List.of(team)).isPublished("team")).isTrue();
  }

  @Test
  void release_keyReusedWithOtherMembers_throws() {
    DisclosureLedger ledger = DisclosureLedger.create(AnonymityPolicy.withDefaults(), 20);
    ledger.decide(CellRequest.score("team", range(0, 10)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ledger.decide(CellRequest.score("team", range(0, 11))));
    assertThat(e).hasMessageThat().contains("'team'");
  }

  @Test
  void release_memberOutOfRange_throws() {
    DisclosureLedger ledger = DisclosureLedger.create(AnonymityPolicy.withDefaults(), 5);
    assertThrows(IllegalArgumentException.class,
        () -> ledger.decide(CellRequest.score("x", range(0, 6))));
  }

  @Test
  void changePolicy_lowerAfterRelease_refused() {
    DisclosureLedger ledger = DisclosureLedger.create(AnonymityPolicy.withDefaults(), 10);
    ledger.changePolicy(AnonymityPolicy.withDefaults().withMinimumGroupSize(4));
    ledger.decide(CellRequest.score("team", range(0, 10)));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ledger.changePolicy(AnonymityPolicy.withDefaults().withMinimumGroupSize(3)));
    assertThat(e).hasMessageThat().contains("must not be loosened");
    ledger.changePolicy(AnonymityPolicy.withDefaults().withMinimumGroupSize(6));
    assertThat(ledger.policy().minimumGroupSize()).isEqualTo(6);
  }

  @Test
  void release_sensitiveCell_usesStricterMinimum() {
    DisclosureLedger ledger = DisclosureLedger.create(AnonymityPolicy.withDefaults(), 30);
    Release release = ledger.release(List.of(
        CellRequest.of("gender=x", range(0, 8), CellKind.SCORE, true, 0),
        CellRequest.score("team", range(0, 12))));
    assertThat(release.decision("gender=x").orElseThrow().reason())
        .hasValue(SuppressionReason.BELOW_MINIMUM);
    assertThat(release.isPublished("team")).isTrue();
    assertThat(release.policy()).isEqualTo(AnonymityPolicy.withDefaults());
  }

  @Test
  void release_cellEqualToSmallSensitiveGroup_refused() {
    DisclosureLedger ledger = DisclosureLedger.create(AnonymityPolicy.withDefaults(), 30);
    Release release = ledger.release(List.of(
        CellRequest.of("gender=x", range(0, 8), CellKind.SCORE, true, 0),
        CellRequest.score("team", range(0, 8))));
    assertThat(release.decision("team").orElseThrow().reason())
        .hasValue(SuppressionReason.COMPLEMENTARY);
  }

  @Test
  void release_responseRates_separateSystemWithOwnMinimum() {
    DisclosureLedger ledger = DisclosureLedger.create(
        AnonymityPolicy.withDefaults().withResponseRateMinimum(3), 10);
    Release release = ledger.release(List.of(
        CellRequest.of("team|rate", range(0, 4), CellKind.RESPONSE_RATE, false, 0),
        CellRequest.score("team", range(0, 4))));
    assertThat(release.isPublished("team|rate")).isTrue();
    assertThat(release.decision("team").orElseThrow().reason())
        .hasValue(SuppressionReason.BELOW_MINIMUM);
  }

  @Test
  void release_cellThatCannotChangeASensitiveClass_skipsTheClassSearch() {
    // The class is the sensitive cell. "site" reaches outside it through atoms of four and six
    // people that the published rows cannot isolate (only "team" touches one of them, and not
    // alone), so nothing new is derivable inside the class and its search is skipped.
    DisclosureLedger ledger = DisclosureLedger.create(AnonymityPolicy.withDefaults(), 40);
    Release release = ledger.release(List.of(
        CellRequest.of("gender=x", range(0, 12), CellKind.SCORE, true, 2),
        CellRequest.score("team", Members.of(IntStream.concat(IntStream.range(8, 12),
            IntStream.range(20, 26)).toArray())),
        CellRequest.score("site", Members.of(IntStream.concat(IntStream.range(0, 3),
            IntStream.range(20, 30)).toArray()))));
    assertThat(release.isPublished("gender=x")).isTrue();
    assertThat(release.isPublished("team")).isTrue();
    assertThat(release.isPublished("site")).isTrue();
    assertThat(ledger.scoreDiagnostics()[4]).isEqualTo(1);
    assertThat(ledger.scoreDiagnostics()[0]).isEqualTo(0);
  }

  @Test
  void release_differenceInsideASensitiveClass_searchesTheClassAndRefuses() {
    // team - site is five people of the sensitive cell: allowed by the minimum of 5, not by the
    // sensitive minimum of 10. The cell's outside part equals site's, so the class is searched.
    DisclosureLedger ledger = DisclosureLedger.create(AnonymityPolicy.withDefaults(), 40);
    Release release = ledger.release(List.of(
        CellRequest.of("gender=x", range(0, 12), CellKind.SCORE, true, 3),
        CellRequest.of("site", range(20, 30), CellKind.SCORE, false, 2),
        CellRequest.score("team", Members.of(IntStream.concat(IntStream.range(7, 12),
            IntStream.range(20, 30)).toArray()))));
    assertThat(release.isPublished("site")).isTrue();
    assertThat(release.decision("team").orElseThrow().reason())
        .hasValue(SuppressionReason.COMPLEMENTARY);
  }
}
