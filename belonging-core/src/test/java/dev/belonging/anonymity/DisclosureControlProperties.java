package dev.belonging.anonymity;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DisclosureControlProperties {

  private static void assertNoDisclosure(Organisations.Org org, AnonymityPolicy policy) {
    Release release = DisclosureControl.withDefaults().withPolicy(policy)
        .protect(org.n(), org.requests());
    List<int[]> published = Organisations.publishedSets(org, release);
    for (int[] set : published) {
      assertThat(set.length).isAtLeast(policy.minimumGroupSize());
    }
    Optional<String> disclosure = BruteForceAttacker.findDisclosure(org.n(), published,
        policy.minimumGroupSize(), policy.coalitionSize());
    assertWithMessage("disclosure").that(disclosure).isEmpty();
    assertThat(CertificateVerifier.create().problems(release.certificate())).isEmpty();
  }

  @Property(tries = 300)
  void protect_generatedOrganisations_noSmallSetDerivable(
      @ForAll long seed, @ForAll @IntRange(min = 3, max = 6) int k) {
    Organisations.Org org = Organisations.generate(seed, 6, 24);
    assertNoDisclosure(org, AnonymityPolicy.withDefaults().withMinimumGroupSize(k)
        .withCoalitionSize(0));
  }

  @Property(tries = 150)
  void protect_generatedOrganisations_noCoalitionDisclosure(
      @ForAll long seed, @ForAll @IntRange(min = 3, max = 6) int k) {
    Organisations.Org org = Organisations.generate(seed, 6, 16);
    assertNoDisclosure(org, AnonymityPolicy.withDefaults().withMinimumGroupSize(k)
        .withCoalitionSize(1));
  }

  /** Arbitrary overlapping set families on few respondents: the least structured case. */
  @Property(tries = 1000)
  void protect_randomSetFamilies_noDisclosure(@ForAll long seed,
      @ForAll @IntRange(min = 3, max = 5) int k, @ForAll @IntRange(min = 0, max = 1) int c) {
    java.util.Random random = new java.util.Random(seed);
    int n = 3 + random.nextInt(10);
    List<CellRequest> requests = randomCells(random, n, 0.3, 0.6, r -> false);
    Organisations.Org org = new Organisations.Org(n, requests, java.util.Map.of());
    assertNoDisclosure(org, AnonymityPolicy.withDefaults().withMinimumGroupSize(k)
        .withCoalitionSize(c));
  }

  /**
   * Every cell sensitive: no set below the sensitive minimum inside one requested cell may be
   * derivable (the engine's class passes), no set below the minimum group size anywhere, with or
   * without a coalition (whose member may be anyone).
   */
  @Property(tries = 500)
  void protect_allCellsSensitive_noSetInsideACellBelowSensitiveMinimumDerivable(
      @ForAll long seed, @ForAll @IntRange(min = 3, max = 4) int k,
      @ForAll @IntRange(min = 1, max = 2) int extra, @ForAll @IntRange(min = 0, max = 1) int c) {
    java.util.Random random = new java.util.Random(seed);
    int n = 4 + random.nextInt(9);
    List<CellRequest> requests = randomCells(random, n, 0.3, 0.6, r -> true);
    List<int[]> published = assertSensitiveReleaseSafe(n, requests, k, extra, c);
    for (int[] set : published) {
      assertThat(set.length).isAtLeast(k + extra);
    }
  }

  /**
   * A release decides several searched cells at once, all but the first on copies of the system;
   * its decisions and certificate are exactly those of deciding one cell after the other.
   */
  @Property(tries = 300)
  void release_batchedSearches_sameAsOneAfterTheOther(@ForAll long seed,
      @ForAll @IntRange(min = 3, max = 5) int k, @ForAll @IntRange(min = 0, max = 2) int extra,
      @ForAll @IntRange(min = 0, max = 1) int c, @ForAll @IntRange(min = 2, max = 4) int width) {
    java.util.Random random = new java.util.Random(seed);
    int n = 6 + random.nextInt(30);
    List<CellRequest> requests = new java.util.ArrayList<>(
        randomCells(random, n, 0.1, 0.8, r -> r.nextInt(3) == 0));
    int before = requests.size();
    for (CellRequest r : randomCells(random, n, 0.2, 0.6, r -> false)) {
      requests.add(CellRequest.of("more" + r.key(), r.members(), CellKind.SCORE, r.sensitive(),
          r.priority()));
    }
    assertThat(requests.size()).isGreaterThan(before);
    AnonymityPolicy policy = AnonymityPolicy.withDefaults().withMinimumGroupSize(k)
        .withSensitiveMinimum(k + extra).withCoalitionSize(c);
    DisclosureLedger paired = DisclosureLedger.create(policy, n);
    paired.searchWidth = width;
    DisclosureLedger inOrder = DisclosureLedger.create(policy, n);
    inOrder.searchWidth = 1;
    Release a = paired.release(requests);
    Release b = inOrder.release(requests);
    assertThat(a.decisions()).isEqualTo(b.decisions());
    for (CellKind kind : List.of(CellKind.SCORE, CellKind.RESPONSE_RATE)) {
      Certificate.Section x = a.certificate().section(kind).orElseThrow();
      Certificate.Section y = b.certificate().section(kind).orElseThrow();
      assertThat(x.atomCount()).isEqualTo(y.atomCount());
      assertThat(x.published()).isEqualTo(y.published());
      assertThat(x.suppressed()).isEqualTo(y.suppressed());
    }
    assertThat(paired.scoreDiagnostics()).isEqualTo(inOrder.scoreDiagnostics());
  }

  /**
   * 1 to 8 random cells over {@code n} respondents, each with a density drawn from {@code [low,
   * low + spread)}, sensitive as {@code sensitive} draws, with priorities 0 to 2.
   */
  private static List<CellRequest> randomCells(java.util.Random random, int n, double low,
      double spread, java.util.function.Predicate<java.util.Random> sensitive) {
    List<CellRequest> requests = new java.util.ArrayList<>();
    int cells = 1 + random.nextInt(8);
    for (int i = 0; i < cells; i++) {
      java.util.BitSet bits = new java.util.BitSet();
      double p = low + spread * random.nextDouble();
      for (int j = 0; j < n; j++) {
        if (random.nextDouble() < p) {
          bits.set(j);
        }
      }
      requests.add(CellRequest.of("cell" + i, Members.of(bits), CellKind.SCORE,
          sensitive.test(random), random.nextInt(3)));
    }
    return requests;
  }

  /**
   * Protects the cells under minimum {@code k}, sensitive minimum {@code k + extra} and coalition
   * {@code c}, and checks the release with the attacker (nothing below k anywhere, nothing below
   * the sensitive minimum inside a sensitive cell) and the certificate verifier.
   *
   * @return the published cells' members
   */
  private static List<int[]> assertSensitiveReleaseSafe(int n, List<CellRequest> requests, int k,
      int extra, int c) {
    AnonymityPolicy policy = AnonymityPolicy.withDefaults().withMinimumGroupSize(k)
        .withSensitiveMinimum(k + extra).withCoalitionSize(c);
    Release release = DisclosureControl.withDefaults().withPolicy(policy).protect(n, requests);
    Organisations.Org org = new Organisations.Org(n, requests, java.util.Map.of());
    List<int[]> published = Organisations.publishedSets(org, release);
    assertWithMessage("disclosure")
        .that(BruteForceAttacker.findDisclosure(n, published, k, c)).isEmpty();
    assertNoSensitiveDisclosure(n, requests, published, k + extra, c);
    assertThat(CertificateVerifier.create().problems(release.certificate())).isEmpty();
    return published;
  }

  /** For every sensitive requested cell: no set inside it below the sensitive minimum. */
  private static void assertNoSensitiveDisclosure(int n, List<CellRequest> requests,
      List<int[]> published, int sensitiveMinimum, int c) {
    for (CellRequest r : requests) {
      if (!r.sensitive()) {
        continue;
      }
      boolean[] inside = new boolean[n];
      for (int m : r.members().view()) {
        inside[m] = true;
      }
      assertWithMessage("sensitive disclosure inside %s", r.key())
          .that(BruteForceAttacker.findDisclosure(n, published, sensitiveMinimum, c, inside))
          .isEmpty();
    }
  }

  /**
   * Some cells sensitive: a set inside one sensitive cell is bounded by the sensitive minimum,
   * any other set by the minimum group size; the engine's atoms are coarser than the sensitive
   * cells, so its columns mix sensitive and other respondents.
   */
  @Property(tries = 500)
  void protect_someCellsSensitive_sensitiveSetsBoundedBySensitiveMinimum(@ForAll long seed,
      @ForAll @IntRange(min = 3, max = 4) int k, @ForAll @IntRange(min = 1, max = 2) int extra,
      @ForAll @IntRange(min = 0, max = 1) int c) {
    java.util.Random random = new java.util.Random(seed);
    int n = 4 + random.nextInt(9);
    List<CellRequest> requests = randomCells(random, n, 0.2, 0.7, r -> r.nextInt(3) == 0);
    assertSensitiveReleaseSafe(n, requests, k, extra, c);
  }
}
