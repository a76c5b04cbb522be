package dev.belonging.anonymity;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Known differencing attacks on survey reports, each defeated by the engine (checked by the
 * independent attacker) and each succeeding against the threshold rule alone.
 */
class KnownAttacksTest {
  private static final AnonymityPolicy POLICY = AnonymityPolicy.withDefaults();

  private static Members range(int from, int to) {
    return Members.of(IntStream.range(from, to).toArray());
  }

  private static List<int[]> published(Release release, List<CellRequest> requests) {
    List<int[]> sets = new ArrayList<>();
    for (CellRequest r : requests) {
      if (release.isPublished(r.key())) {
        sets.add(r.members().toArray());
      }
    }
    return sets;
  }

  private static List<int[]> thresholdOnly(List<CellRequest> requests) {
    List<int[]> sets = new ArrayList<>();
    for (CellRequest r : requests) {
      if (r.members().size() >= POLICY.minimumGroupSize()) {
        sets.add(r.members().toArray());
      }
    }
    return sets;
  }

  private static Release protectAndAttack(int n, List<CellRequest> requests) {
    Release release = DisclosureControl.withDefaults().protect(n, requests);
    assertThat(BruteForceAttacker.findDisclosure(n, published(release, requests),
        POLICY.minimumGroupSize(), POLICY.coalitionSize())).isEmpty();
    assertThat(BruteForceAttacker.findDisclosure(n, thresholdOnly(requests),
        POLICY.minimumGroupSize(), POLICY.coalitionSize())).isPresent();
    assertThat(CertificateVerifier.create().problems(release.certificate())).isEmpty();
    return release;
  }

  @Test
  void protect_departmentAndDepartmentWithoutRemoteStaff_suppressesTheFilter() {
    List<CellRequest> requests = List.of(
        CellRequest.of("dept=sales", range(0, 12), CellKind.SCORE, false, 10),
        CellRequest.of("dept=sales|arrangement!=remote", range(0, 10), CellKind.SCORE, false, 0));
    Release release = protectAndAttack(12, requests);
    assertThat(release.isPublished("dept=sales")).isTrue();
    assertThat(release.decision("dept=sales|arrangement!=remote").orElseThrow().reason())
        .hasValue(SuppressionReason.COMPLEMENTARY);
  }

  @Test
  void protect_parentAndAllButOneChild_suppressesASecondChild() {
    List<CellRequest> requests = List.of(
        CellRequest.of("org", range(0, 20), CellKind.SCORE, false, 10),
        CellRequest.score("org/a", range(0, 6)),
        CellRequest.score("org/b", range(6, 12)),
        CellRequest.score("org/c", range(12, 17)),
        CellRequest.score("org/d", range(17, 20)));
    Release release = protectAndAttack(20, requests);
    assertThat(release.decision("org/d").orElseThrow().reason())
        .hasValue(SuppressionReason.BELOW_MINIMUM);
    assertThat(release.decision("org/c").orElseThrow().reason())
        .hasValue(SuppressionReason.COMPLEMENTARY);
    assertThat(release.publishedKeys()).containsExactly("org", "org/a", "org/b");
    assertThat(release.suppressedByReason().get(SuppressionReason.COMPLEMENTARY)).isEqualTo(1);
  }

  @Test
  void protect_filterAndItsComplement_suppressesTheFilter() {
    List<CellRequest> requests = List.of(
        CellRequest.of("company", range(0, 30), CellKind.SCORE, false, 10),
        CellRequest.score("employment!=contractor", range(0, 27)),
        CellRequest.score("employment=contractor", range(27, 30)));
    Release release = protectAndAttack(30, requests);
    assertThat(release.publishedKeys()).containsExactly("company");
  }

  @Test
  void protect_companyEnpsOneDepartmentAndHiddenOnePersonDepartment_hidesTheDepartment() {
    List<CellRequest> requests = List.of(
        CellRequest.of("company|enps", range(0, 16), CellKind.SCORE, false, 10),
        CellRequest.score("dept=ops|enps", range(0, 15)),
        CellRequest.score("dept=legal|enps", range(15, 16)));
    Release release = protectAndAttack(16, requests);
    assertThat(release.decision("dept=legal|enps").orElseThrow().reason())
        .hasValue(SuppressionReason.BELOW_MINIMUM);
    assertThat(release.decision("dept=ops|enps").orElseThrow().reason())
        .hasValue(SuppressionReason.COMPLEMENTARY);
  }

  @Test
  void protect_threeQueryTracker_suppressesTheThirdQuery() {
    // Everyone (13), A+B (6), C+D (6): every pairwise difference has 6 or 7 people, but
    // everyone - (A+B) - (C+D) is one person.
    List<CellRequest> requests = List.of(
        CellRequest.of("everyone", range(0, 13), CellKind.SCORE, false, 10),
        CellRequest.of("filter=ab", range(0, 6), CellKind.SCORE, false, 5),
        CellRequest.of("filter=cd", range(6, 12), CellKind.SCORE, false, 0));
    Release release = protectAndAttack(13, requests);
    assertThat(release.isPublished("everyone")).isTrue();
    assertThat(release.isPublished("filter=ab")).isTrue();
    assertThat(release.decision("filter=cd").orElseThrow().reason())
        .hasValue(SuppressionReason.COMPLEMENTARY);
  }

  @Test
  void protect_suppressedPairWithCoalition_protectsTheOtherMember() {
    // Team of 7 = one pair (a suppressed intersection) + 5; the pair's difference with a single
    // person would let one member learn the other's answer.
    List<CellRequest> requests = List.of(
        CellRequest.of("team", range(0, 7), CellKind.SCORE, false, 10),
        CellRequest.score("team|role=lead", Members.of(0, 1, 2, 3, 4, 5)),
        CellRequest.score("team|site=b", Members.of(0, 2, 3, 4, 6)));
    Release release = DisclosureControl.withDefaults().protect(7, requests);
    assertThat(BruteForceAttacker.findDisclosure(7, published(release, requests), 5, 1))
        .isEmpty();
    assertThat(release.publishedCount()).isLessThan(3);
  }
}
