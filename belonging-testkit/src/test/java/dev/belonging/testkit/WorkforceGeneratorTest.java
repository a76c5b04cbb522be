package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.TeamHierarchy;
import dev.belonging.workforce.TenureBands;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkforceGeneratorTest {
  /** Enough people for proportions to within a percentage point or so at Z standard errors. */
  private static final int LARGE = 20_000;

  @ParameterizedTest
  @EnumSource(OrganisationProfile.class)
  void generate_sameSeed_sameWorkforce(OrganisationProfile profile) {
    WorkforceGenerator generator = WorkforceGenerator.of(profile).withDemographics(true);
    assertThat(generator.generate(7)).isEqualTo(generator.generate(7));
    assertThat(generator.generate(7)).isNotEqualTo(generator.generate(8));
  }

  @ParameterizedTest
  @EnumSource(OrganisationProfile.class)
  void generate_defaultHeadcount_hasExactHeadcountAndValidTeams(OrganisationProfile profile) {
    SyntheticWorkforce workforce = WorkforceGenerator.of(profile).generate(3);
    assertThat(workforce.size()).isEqualTo(profile.defaultHeadcount());
    TeamHierarchy hierarchy = workforce.hierarchy();
    for (Person person : workforce.people()) {
      String team = person.team().orElseThrow();
      assertThat(hierarchy.children(team)).isEmpty();
      assertThat(hierarchy.level(team)).isEqualTo(hierarchy.depth() - 1);
    }
    assertThat(hierarchy.depth()).isAtLeast(profile.minDepth());
    assertThat(hierarchy.depth()).isAtMost(profile.maxDepth());
  }

  @Test
  void generate_idsArePseudonymousAndUnique() {
    SyntheticWorkforce workforce = WorkforceGenerator.of(OrganisationProfile.SCALE_UP).generate(1);
    assertThat(workforce.people().get(0).id()).isEqualTo("p000000");
    assertThat(workforce.people().get(123).id()).isEqualTo("p000123");
    assertThat(workforce.people().stream().map(Person::id).distinct().count())
        .isEqualTo(workforce.size());
    assertThat(Person.idOf(1_234_567)).isEqualTo("p1234567");
  }

  @Test
  void people_equalsGeneratedPeopleInOrder() {
    WorkforceGenerator generator =
        WorkforceGenerator.of(OrganisationProfile.FRONTLINE).withDemographics(true);
    assertThat(generator.people(5).collect(ImmutableList.toImmutableList()))
        .isEqualTo(generator.generate(5).people());
    assertThat(generator.hierarchy(5)).isEqualTo(generator.generate(5).hierarchy());
  }

  @Test
  void largeOrganisation_hasFourToSixLevels_allOfThemAcrossSeeds() {
    Set<Integer> depths = new HashSet<>();
    for (long seed = 0; seed < 30; seed++) {
      depths.add(WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
          .hierarchy(seed).depth());
    }
    assertThat(depths).containsExactly(4, 5, 6);
  }

  @Test
  void largeOrganisation_millionPeople_keepsHierarchySmall() {
    TeamHierarchy hierarchy = WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
        .withHeadcount(1_000_000).hierarchy(1);
    long leaves = hierarchy.teams().stream().filter(t -> hierarchy.children(t).isEmpty()).count();
    assertThat(leaves).isEqualTo(WorkforceGenerator.MAX_TEAMS);
  }

  @Test
  void smallTeam_isUnderTwentyInAtMostThreeTeams() {
    for (int headcount = 1; headcount <= 19; headcount++) {
      SyntheticWorkforce workforce = WorkforceGenerator.of(OrganisationProfile.SMALL_TEAM)
          .withHeadcount(headcount).generate(headcount);
      assertThat(workforce.size()).isEqualTo(headcount);
      assertThat(workforce.hierarchy().teams().size() - 1).isAtMost(3);
      // Every generated team has somebody in it.
      assertThat(workforce.headcounts(Dimension.TEAM).values()).doesNotContain(0);
    }
  }

  @Test
  void teamSizes_areSkewed() {
    SyntheticWorkforce workforce = WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
        .withHeadcount(LARGE).generate(2);
    List<Integer> sizes = ImmutableList.copyOf(workforce.headcounts(Dimension.TEAM).values());
    int max = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    int min = sizes.stream().mapToInt(Integer::intValue).min().orElseThrow();
    double mean = sizes.stream().mapToInt(Integer::intValue).average().orElseThrow();
    double median = sizes.stream().sorted().skip(sizes.size() / 2).findFirst().orElseThrow();
    // Log-normal weights: the largest team is several times the smallest, and the mean exceeds
    // the median (right skew).
    assertThat(max).isAtLeast(4 * min);
    assertThat(mean).isGreaterThan(median);
  }

  @Test
  void withTeamSizes_givesExactSizesIncludingEmptyTeams() {
    ImmutableList<Integer> sizes = ImmutableList.of(4, 0, 5, 1, 6);
    SyntheticWorkforce workforce = WorkforceGenerator.of(OrganisationProfile.SCALE_UP)
        .withTeamSizes(sizes).withDepth(3).generate(9);
    TeamHierarchy hierarchy = workforce.hierarchy();
    List<String> leaves = hierarchy.teams().stream()
        .filter(t -> hierarchy.children(t).isEmpty()).collect(Collectors.toList());
    assertThat(leaves).hasSize(5);
    ImmutableSortedMap<String, Integer> counts = workforce.headcounts(Dimension.TEAM);
    for (int j = 0; j < leaves.size(); j++) {
      assertThat(counts.getOrDefault(leaves.get(j), 0)).isEqualTo(sizes.get(j));
    }
    assertThat(hierarchy.depth()).isEqualTo(3);
  }

  @Test
  void withDepth_singleTeam_makesAChainOfParents() {
    SyntheticWorkforce workforce = WorkforceGenerator.of(OrganisationProfile.SMALL_TEAM)
        .withTeamSizes(ImmutableList.of(2)).withDepth(WorkforceGenerator.MAX_DEPTH).generate(1);
    assertThat(workforce.hierarchy().depth()).isEqualTo(WorkforceGenerator.MAX_DEPTH);
    assertThat(workforce.hierarchy().teams()).hasSize(WorkforceGenerator.MAX_DEPTH);
  }

  @Test
  void remoteFirst_remoteShareMatchesProfile() {
    checkArrangementShares(OrganisationProfile.REMOTE_FIRST);
  }

  @Test
  void frontline_frontlineShareMatchesProfile_andFrontlinePeopleHaveShifts() {
    SyntheticWorkforce workforce = checkArrangementShares(OrganisationProfile.FRONTLINE);
    for (Person person : workforce.people()) {
      boolean frontline = person.attributes().get(Dimension.WORK_ARRANGEMENT)
          .orElseThrow().equals("FRONTLINE_SHIFT");
      assertThat(person.attributes().get(SyntheticDimensions.SHIFT).isPresent())
          .isEqualTo(frontline);
    }
    assertThat(workforce.headcounts(SyntheticDimensions.SHIFT).keySet())
        .containsExactly("early", "late", "night");
  }

  @Test
  void largeOrganisation_arrangementSharesMatchProfile() {
    checkArrangementShares(OrganisationProfile.LARGE_ORGANISATION);
  }

  private static SyntheticWorkforce checkArrangementShares(OrganisationProfile profile) {
    SyntheticWorkforce workforce = WorkforceGenerator.of(profile).withHeadcount(LARGE).generate(4);
    ImmutableSortedMap<String, Integer> counts = workforce.headcounts(Dimension.WORK_ARRANGEMENT);
    for (String arrangement : List.of("REMOTE", "HYBRID", "OFFICE", "FRONTLINE_SHIFT")) {
      double expected = profile.arrangementShare(arrangement);
      double observed = counts.getOrDefault(arrangement, 0) / (double) LARGE;
      assertThat(observed)
          .isWithin(Statistics.binomialTolerance(expected, LARGE) + 1e-12).of(expected);
    }
    return workforce;
  }

  @Test
  void remoteFirst_remotePeopleSpreadOverEightTimeZones() {
    SyntheticWorkforce workforce =
        WorkforceGenerator.of(OrganisationProfile.REMOTE_FIRST).withHeadcount(LARGE).generate(5);
    Set<String> zones = workforce.with(Dimension.WORK_ARRANGEMENT, "REMOTE").stream()
        .map(p -> p.attributes().get(Dimension.LOCATION).orElseThrow())
        .collect(Collectors.toSet());
    assertThat(zones).hasSize(8);
  }

  @Test
  void tenure_isExponentialWithProfileMean_skewedToRecentJoiners() {
    OrganisationProfile profile = OrganisationProfile.SCALE_UP;
    int n = 0;
    int underSix = 0;
    int underTwentyFour = 0;
    for (long seed = 0; seed < 100; seed++) { // 100 x 200 people
      for (Person person : WorkforceGenerator.of(profile).generate(seed).people()) {
        n++;
        underSix += person.tenureMonths() < 6 ? 1 : 0;
        underTwentyFour += person.tenureMonths() < 24 ? 1 : 0;
        assertThat(person.attributes().get(Dimension.TENURE))
            .hasValue(TenureBands.standard().band(person.tenureMonths()));
      }
    }
    // floor(X) < m exactly when X < m, so P = 1 - exp(-m / mean) for the exponential.
    double pSix = 1 - Math.exp(-6.0 / profile.meanTenureMonths());
    double pTwentyFour = 1 - Math.exp(-24.0 / profile.meanTenureMonths());
    assertThat(underSix / (double) n).isWithin(Statistics.binomialTolerance(pSix, n)).of(pSix);
    assertThat(underTwentyFour / (double) n)
        .isWithin(Statistics.binomialTolerance(pTwentyFour, n)).of(pTwentyFour);
  }

  @Test
  void demographics_haveSmallMinorities_andOnlyWhenEnabled() {
    SyntheticWorkforce with = WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
        .withHeadcount(LARGE).withDemographics(true).generate(6);
    for (String value : List.of("woman", "man", "non_binary", "self_described")) {
      double expected = WorkforcePlan.genderShare(value);
      double observed = with.headcounts(SyntheticDimensions.GENDER).getOrDefault(value, 0)
          / (double) LARGE;
      assertThat(observed).isWithin(Statistics.binomialTolerance(expected, LARGE)).of(expected);
    }
    double yes = WorkforcePlan.disabilityShare("yes");
    assertThat(with.headcounts(SyntheticDimensions.DISABILITY).get("yes") / (double) LARGE)
        .isWithin(Statistics.binomialTolerance(yes, LARGE)).of(yes);
    // Some people prefer not to say: the attribute is absent, never blank.
    assertThat(with.headcounts(SyntheticDimensions.GENDER).values().stream()
        .mapToInt(Integer::intValue).sum()).isLessThan(LARGE);

    SyntheticWorkforce without = WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
        .withHeadcount(LARGE).generate(6);
    assertThat(without.headcounts(SyntheticDimensions.GENDER)).isEmpty();
  }

  @Test
  void officeStaff_shareTheLocationOfTheirTopLevelUnit() {
    SyntheticWorkforce workforce = WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
        .generate(8);
    java.util.Map<String, Set<String>> locationsByUnit = new java.util.TreeMap<>();
    Set<String> remoteLocations = new HashSet<>();
    for (Person person : workforce.people()) {
      String location = person.attributes().get(Dimension.LOCATION).orElseThrow();
      if (person.attributes().get(Dimension.WORK_ARRANGEMENT).orElseThrow().equals("REMOTE")) {
        remoteLocations.add(location);
        continue;
      }
      String unit = workforce.hierarchy().ancestors(person.team().orElseThrow()).get(1);
      locationsByUnit.computeIfAbsent(unit, u -> new HashSet<>()).add(location);
    }
    assertThat(locationsByUnit).isNotEmpty();
    locationsByUnit.values().forEach(locations -> assertThat(locations).hasSize(1));
    assertThat(remoteLocations.size()).isGreaterThan(1);
  }

  /**
   * A million people stream through a heap capped well below what holding them would need (the
   * POM runs the testkit's tests with -Xmx96m; a million people with their attributes take
   * several hundred megabytes), so generation provably does not retain them.
   */
  @Test
  void people_millionPeople_streamInBoundedMemory() {
    assertThat(Runtime.getRuntime().maxMemory()).isAtMost(128L * 1024 * 1024);
    int[] remote = {0};
    int[] count = {0};
    // forEach, not count(): count() may skip generating elements of a sized stream.
    WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
        .withHeadcount(1_000_000).people(1)
        .forEach(p -> {
          count[0]++;
          remote[0] += p.attributes().get(Dimension.WORK_ARRANGEMENT)
              .orElseThrow().equals("REMOTE") ? 1 : 0;
        });
    assertThat(count[0]).isEqualTo(1_000_000);
    double expected = OrganisationProfile.LARGE_ORGANISATION.arrangementShare("REMOTE");
    assertThat(remote[0] / 1e6).isWithin(Statistics.binomialTolerance(expected, 1_000_000))
        .of(expected);
  }

  @Test
  void withHeadcount_outsideProfileRange_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WorkforceGenerator.of(OrganisationProfile.SCALE_UP).withHeadcount(49));
    assertThat(e).hasMessageThat()
        .isEqualTo("headcount of profile SCALE_UP must be in [50, 500], but was 49");
    assertThrows(IllegalArgumentException.class,
        () -> WorkforceGenerator.of(OrganisationProfile.SMALL_TEAM).withHeadcount(20));
    assertThrows(IllegalArgumentException.class,
        () -> WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
            .withHeadcount(1_000_001));
  }

  @Test
  void withTeamSizesAndDepth_invalid_throw() {
    WorkforceGenerator generator = WorkforceGenerator.of(OrganisationProfile.SCALE_UP);
    assertThrows(IllegalArgumentException.class, () -> generator.withTeamSizes(List.of()));
    assertThrows(IllegalArgumentException.class, () -> generator.withTeamSizes(List.of(3, -1)));
    assertThrows(IllegalArgumentException.class, () -> generator.withDepth(1));
    assertThrows(IllegalArgumentException.class,
        () -> generator.withDepth(WorkforceGenerator.MAX_DEPTH + 1));
  }

  @Test
  void toString_namesNoPersonData() {
    SyntheticWorkforce workforce = WorkforceGenerator.of(OrganisationProfile.SMALL_TEAM)
        .withDemographics(true).generate(1);
    Person person = workforce.people().get(0);
    assertThat(person.toString()).doesNotContain(person.id());
    assertThat(person.toString()).doesNotContain(person.team().orElseThrow());
    assertThat(workforce.toString()).doesNotContain("p000");
  }
}
