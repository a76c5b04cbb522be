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
}
