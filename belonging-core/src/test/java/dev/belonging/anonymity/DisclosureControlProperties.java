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

  @Property(tries = 1000)
  void protect_generatedOrganisations_noSmallSetDerivable(
      @ForAll long seed, @ForAll @IntRange(min = 3, max = 6) int k) {
    Organisations.Org org = Organisations.generate(seed, 6, 30);
    assertNoDisclosure(org, AnonymityPolicy.withDefaults().withMinimumGroupSize(k)
        .withCoalitionSize(0));
  }

  @Property(tries = 300)
  void protect_generatedOrganisations_noCoalitionDisclosure(
      @ForAll long seed, @ForAll @IntRange(min = 3, max = 6) int k) {
    Organisations.Org org = Organisations.generate(seed, 6, 20);
    assertNoDisclosure(org, AnonymityPolicy.withDefaults().withMinimumGroupSize(k)
        .withCoalitionSize(1));
  }
}
