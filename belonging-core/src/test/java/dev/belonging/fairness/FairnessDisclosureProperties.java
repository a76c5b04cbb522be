package dev.belonging.fairness;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * What a fairness result publishes, read from its public values, never lets {@link
 * LinearAttacker} (independent of the engine) derive a set of people below the minimum, together
 * with the totals readers are assumed to know.
 */
class FairnessDisclosureProperties {
  private static final Dimension GROUP = Dimension.of("group");
  private static final AnonymityPolicy POLICY = AnonymityPolicy.withDefaults();
  private static final int STRATA = 2;

  /** 2-3 groups by 2 strata; 0-12 people per cell (0: the group is absent there). */
  @Provide
  Arbitrary<int[][]> stratified() {
    return Arbitraries.integers().between(0, 12).array(int[].class).ofSize(STRATA)
        .filter(row -> Arrays.stream(row).sum() > 0)
        .array(int[][].class).ofMinSize(2).ofMaxSize(3);
  }

  @Property(tries = 60)
  void adverseImpact_stratified_nothingSmallDerivableFromWhatIsPublished(
      @ForAll("stratified") int[][] people) {
    List<SelectionOutcome> outcomes = new ArrayList<>();
    List<Long> atomPeople = new ArrayList<>();
    int[][] atom = new int[people.length][STRATA];
    for (int g = 0; g < people.length; g++) {
      for (int s = 0; s < STRATA; s++) {
        atom[g][s] = -1;
        if (people[g][s] > 0) {
          outcomes.add(SelectionOutcome.inStratum("g" + g, "s" + s, people[g][s] / 2,
              people[g][s]));
          atom[g][s] = atomPeople.size();
          atomPeople.add((long) people[g][s]);
        }
      }
    }
    AdverseImpactResult result = AdverseImpact.withDefaults().test(GROUP, outcomes);

    long[] sizes = atomPeople.stream().mapToLong(Long::longValue).toArray();
    List<int[]> published = new ArrayList<>();
    // The totals readers know: overall, and per stratum (the engine keeps both strata only when
    // each reaches the minimum; with two strata one alone would reveal the other).
    long total = Arrays.stream(sizes).sum();
    if (total >= POLICY.minimumGroupSize()) {
      published.add(range(sizes.length));
    }
    long[] stratumTotal = new long[STRATA];
    for (int[] row : people) {
      for (int s = 0; s < STRATA; s++) {
        stratumTotal[s] += row[s];
      }
    }
    if (Arrays.stream(stratumTotal).allMatch(t -> t >= POLICY.minimumGroupSize())) {
      for (int s = 0; s < STRATA; s++) {
        int stratum = s;
        published.add(java.util.stream.IntStream.range(0, people.length)
            .map(g -> atom[g][stratum]).filter(a -> a >= 0).toArray());
      }
    }
    boolean pooled = false;
    for (int g = 0; g < people.length; g++) {
      GroupResult<GroupImpact> r = result.groups().get(g);
      if (!r.isPublished()) {
        continue;
      }
      assertThat(r.value().size()).isEqualTo(Arrays.stream(people[g]).sum());
      published.add(Arrays.stream(atom[g]).filter(a -> a >= 0).toArray());
      if (r.value().pooled().isPresent()) {
        pooled = true;
        int reference = labels(result).indexOf(result.reference().orElseThrow());
        for (int[] cells : List.of(atom[g], atom[reference])) {
          Arrays.stream(cells).filter(a -> a >= 0).forEach(a -> published.add(new int[] {a}));
        }
      } else if (!r.value().reference()) {
        assertWithMessage("group %s: why pooled is withheld", g)
            .that(r.value().pooledSuppression()).isPresent();
      }
    }
    long[] classes = new long[sizes.length];
    assertWithMessage("%s", Arrays.deepToString(people))
        .that(new LinearAttacker(sizes, classes, POLICY.minimumGroupSize(),
            POLICY.sensitiveMinimum(), POLICY.coalitionSize()).findDisclosure(published))
        .isEmpty();
    Statistics.label("pooled evidence published").collect(pooled);
    Statistics.label("pooled evidence published")
        .coverage(c -> c.check(true).count(n -> n > 0));
  }

  /** 2-3 groups of 1-9 people. */
  @Provide
  Arbitrary<int[]> groupSizes() {
    return Arbitraries.integers().between(1, 9).array(int[].class).ofMinSize(2).ofMaxSize(3);
  }

  @Property(tries = 60)
  void voiceEquity_nothingSmallDerivableFromWhatIsPublished(
      @ForAll("groupSizes") int[] people, @ForAll boolean sensitive) {
    List<Attendee> everyone = new ArrayList<>();
    for (int g = 0; g < people.length; g++) {
      for (int i = 0; i < people[g]; i++) {
        everyone.add(Attendee.of("p" + g + "-" + i, "g" + g, i % 3));
      }
    }
    // Two meetings: everyone, then every other attendee; people count once however often they
    // attend and speak.
    List<Attendee> half = new ArrayList<>();
    for (int i = 0; i < everyone.size(); i += 2) {
      half.add(everyone.get(i));
    }
    Meeting all = Meeting.of(everyone, ImmutableList.of(ImmutableList.of(everyone.get(0).id(),
        everyone.get(everyone.size() - 1).id(), everyone.get(0).id())));
    Meeting some = Meeting.of(half, ImmutableList.of(ImmutableList.of(half.get(0).id())));
    Dimension dimension = sensitive ? Dimension.sensitive("group") : GROUP;

    VoiceResult result = VoiceEquity.withDefaults().test(dimension, List.of(all, some));

    long[] sizes = Arrays.stream(people).mapToLong(p -> p).toArray();
    List<int[]> published = new ArrayList<>();
    if (result.overall().isPublished()) {
      assertThat(result.overall().value().people()).isEqualTo(everyone.size());
      published.add(range(people.length));
    }
    for (int g = 0; g < people.length; g++) {
      GroupResult<GroupVoice> r = result.groups().get(g);
      if (r.isPublished()) {
        assertThat(r.value().people()).isEqualTo(people[g]);
        assertThat(people[g]).isAtLeast(result.minimumGroupSize());
        published.add(new int[] {g});
      }
    }
    assertWithMessage("%s sensitive %s", Arrays.toString(people), sensitive)
        .that(new LinearAttacker(sizes, LinearAttacker.groupClasses(sizes.length, sensitive), POLICY.minimumGroupSize(),
            POLICY.sensitiveMinimum(), POLICY.coalitionSize()).findDisclosure(published))
        .isEmpty();
  }

  /** 2-3 groups by 1-3 strata, 0-40 people per cell: many atoms above the cap of 6 or 9. */
  @Provide
  Arbitrary<int[][]> plans() {
    return Arbitraries.integers().between(0, 40).array(int[].class).ofMinSize(1).ofMaxSize(3)
        .array(int[][].class).ofMinSize(2).ofMaxSize(3)
        .filter(rows -> Arrays.stream(rows).allMatch(row -> row.length == rows[0].length));
  }

  @Property(tries = 80)
  void plan_cappedAtoms_sameDecisionsAsTrueSizes(@ForAll("plans") int[][] people,
      @ForAll boolean sensitive, @ForAll boolean strictSensitive) {
    AnonymityPolicy policy = AnonymityPolicy.withDefaults().withCommentMinimum(5)
        .withSensitiveMinimum(strictSensitive ? 8 : 5);
    FairnessRelease.Plan plan = FairnessRelease.plan(dev.belonging.anonymity.CellKind.SCORE);
    int strata = people[0].length;
    int[][] atom = new int[people.length][strata];
    for (int g = 0; g < people.length; g++) {
      for (int s = 0; s < strata; s++) {
        atom[g][s] = plan.atom(people[g][s]);
      }
    }
    plan.cell(FairnessRelease.TOTAL, false, plan.allAtoms());
    for (int s = 0; s < strata; s++) {
      int stratum = s;
      plan.cell(FairnessRelease.TOTAL, false,
          Arrays.stream(atom).mapToInt(row -> row[stratum]).toArray());
    }
    for (int[] row : atom) {
      plan.cell(FairnessRelease.GROUP, sensitive, row);
    }
    for (int[] row : atom) {
      for (int a : row) {
        plan.cell(FairnessRelease.DETAIL, sensitive, a);
      }
    }
    int cells = 1 + strata + people.length * (1 + strata);

    FairnessRelease capped = plan.decide(policy);
    FairnessRelease exact = plan.decide(policy, Long.MAX_VALUE);

    for (int c = 0; c < cells; c++) {
      assertWithMessage("cell %s of %s", c, Arrays.deepToString(people))
          .that(capped.decision(c)).isEqualTo(exact.decision(c));
    }
  }

  private static List<String> labels(AdverseImpactResult result) {
    List<String> labels = new ArrayList<>();
    result.groups().forEach(g -> labels.add(g.group()));
    return labels;
  }

  private static int[] range(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }
}
