package dev.belonging.testkit;

import com.google.common.collect.ImmutableMap;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.TeamHierarchy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Everything about a generated organisation except its people: the hierarchy, the lowest-level
 * teams with their headcounts, and per-team location and shift. Small even for a million people
 * (at most {@link WorkforceGenerator#MAX_TEAMS} teams), so people can be generated on demand from
 * their index.
 */
final class WorkforcePlan {
  private static final long HIERARCHY_KEY = 0x48494552L;
  private static final long PERSON_KEY = 0x50455253L;
  /** Spread of team weights: log-normal with this sigma gives a max/min ratio of about 10. */
  private static final double TEAM_SIZE_SIGMA = 0.6;
  /** Spread of the number of children per parent. */
  private static final double BRANCHING_SIGMA = 0.5;
  /** Tenure is capped at 40 years. */
  private static final int MAX_TENURE_MONTHS = 480;
  private static final Categorical SHIFTS = Categorical.of("early", 0.4, "late", 0.4, "night", 0.2);
  private static final Categorical GENDERS = Categorical.of("woman", 0.47, "man", 0.485,
      "non_binary", 0.012, "self_described", 0.003, "", 0.03);
  private static final Categorical DISABILITY =
      Categorical.of("no", 0.86, "yes", 0.07, "", 0.07);

  private final WorkforceGenerator generator;
  private final long seed;
  private final TeamHierarchy hierarchy;
  private final String[] leaves;
  /** cumulative[j] = people in leaves 0..j-1; length leaves + 1. */
  private final int[] cumulative;
  private final String[] leafLocation;
  private final String[] leafShift;

  private WorkforcePlan(WorkforceGenerator generator, long seed, TeamHierarchy hierarchy,
      String[] leaves, int[] sizes, String[] leafLocation, String[] leafShift) {
    this.generator = generator;
    this.seed = seed;
    this.hierarchy = hierarchy;
    this.leaves = leaves;
    this.cumulative = new int[sizes.length + 1];
    for (int j = 0; j < sizes.length; j++) {
      cumulative[j + 1] = cumulative[j] + sizes[j];
    }
    this.leafLocation = leafLocation;
    this.leafShift = leafShift;
  }

  static WorkforcePlan of(WorkforceGenerator generator, long seed) {
    OrganisationProfile profile = generator.profile();
    RandomGenerator random = SeededRandom.keyed(seed, HIERARCHY_KEY);
    int depth = generator.depthOverride() > 0 ? generator.depthOverride()
        : profile.minDepth() + random.nextInt(profile.maxDepth() - profile.minDepth() + 1);
    int headcount = generator.headcount();
    int leafCount = generator.teamSizes().isEmpty()
        ? Math.max(1, Math.min(WorkforceGenerator.MAX_TEAMS,
            Math.min(headcount, (int) StrictMath.round((double) headcount / profile.meanTeamSize()))))
        : generator.teamSizes().size();

    // Nodes per level grow geometrically to the leaf count; every parent has at least one child,
    // so all leaves sit at the lowest level and the depth is exact.
    int levelsBelowRoot = depth - 1;
    int[] perLevel = new int[levelsBelowRoot + 1];
    perLevel[0] = 1;
    for (int level = 1; level <= levelsBelowRoot; level++) {
      int target = level == levelsBelowRoot ? leafCount
          : (int) StrictMath.round(StrictMath.pow(leafCount, (double) level / levelsBelowRoot));
      perLevel[level] = Math.max(perLevel[level - 1], Math.min(leafCount, target));
    }
    String root = "org";
    TeamHierarchy.Builder builder = TeamHierarchy.builder(root);
    List<String> previous = List.of(root);
    List<String> levelOne = new ArrayList<>();
    List<Integer> previousUnits = List.of(-1);
    for (int level = 1; level <= levelsBelowRoot; level++) {
      int[] children = distribute(perLevel[level], previous.size(), random);
      List<String> current = new ArrayList<>(perLevel[level]);
      List<Integer> currentUnits = new ArrayList<>(perLevel[level]);
      for (int p = 0; p < previous.size(); p++) {
        String parent = previous.get(p);
        for (int c = 1; c <= children[p]; c++) {
          String id = level == 1 ? "u" + c : parent + "." + c;
          builder.add(id, parent);
          current.add(id);
          if (level == 1) {
            levelOne.add(id);
            currentUnits.add(levelOne.size() - 1);
          } else {
            currentUnits.add(previousUnits.get(p));
          }
        }
      }
      previous = current;
      previousUnits = currentUnits;
    }
    String[] leaves = previous.toArray(new String[0]);
    String[] unitLocation = new String[levelOne.size()];
    for (int u = 0; u < unitLocation.length; u++) {
      unitLocation[u] = profile.offices().pick(random);
    }
    String[] leafLocation = new String[leaves.length];
    String[] leafShift = new String[leaves.length];
    for (int j = 0; j < leaves.length; j++) {
      int unit = previousUnits.get(j);
      leafLocation[j] = unit < 0 ? profile.offices().values().get(0) : unitLocation[unit];
      leafShift[j] = SHIFTS.pick(random);
    }
    int[] sizes = generator.teamSizes().isEmpty()
        ? teamSizes(headcount, leaves.length, random)
        : generator.teamSizes().stream().mapToInt(Integer::intValue).toArray();
    return new WorkforcePlan(
        generator, seed, builder.build(), leaves, sizes, leafLocation, leafShift);
  }

  /** Splits {@code total >= slots} into {@code slots} positive, unevenly sized parts. */
  private static int[] distribute(int total, int slots, RandomGenerator random) {
    int[] counts = new int[slots];
    Arrays.fill(counts, 1);
    double[] cumulativeWeight = new double[slots];
    double sum = 0;
    for (int i = 0; i < slots; i++) {
      sum += StrictMath.exp(BRANCHING_SIGMA * Normal.sample(random));
      cumulativeWeight[i] = sum;
    }
    for (int extra = total - slots; extra > 0; extra--) {
      double u = random.nextDouble() * sum;
      int index = Arrays.binarySearch(cumulativeWeight, u);
      index = index >= 0 ? index + 1 : -index - 1;
      counts[Math.min(index, slots - 1)]++;
    }
    return counts;
  }

  /**
   * Log-normal team weights turned into headcounts summing to {@code headcount} by the largest
   * remainder method, each team at least one person.
   */
  private static int[] teamSizes(int headcount, int teams, RandomGenerator random) {
    double[] weights = new double[teams];
    double total = 0;
    for (int j = 0; j < teams; j++) {
      weights[j] = StrictMath.exp(TEAM_SIZE_SIGMA * Normal.sample(random));
      total += weights[j];
    }
    int[] sizes = new int[teams];
    int remaining = headcount - teams;
    Integer[] order = new Integer[teams];
    double[] fraction = new double[teams];
    int assigned = 0;
    for (int j = 0; j < teams; j++) {
      double quota = remaining * weights[j] / total;
      int whole = (int) quota;
      sizes[j] = 1 + whole;
      assigned += whole;
      fraction[j] = quota - whole;
      order[j] = j;
    }
    Arrays.sort(order, (a, b) -> {
      int byFraction = Double.compare(fraction[b], fraction[a]);
      return byFraction != 0 ? byFraction : Integer.compare(a, b);
    });
    for (int k = 0; k < remaining - assigned; k++) {
      sizes[order[k]]++;
    }
    return sizes;
  }

  TeamHierarchy hierarchy() {
    return hierarchy;
  }

  int headcount() {
    return cumulative[cumulative.length - 1];
  }

  /** The person with the given index, generated from the seed alone. */
  Person person(int index) {
    int found = Arrays.binarySearch(cumulative, index);
    // The leaf of index is the last j with cumulative[j] <= index (skipping empty teams).
    int leaf = found >= 0 ? found : -found - 2;
    while (leaf + 1 < leaves.length && cumulative[leaf + 1] <= index) {
      leaf++;
    }
    OrganisationProfile profile = generator.profile();
    RandomGenerator random = SeededRandom.keyed(seed, PERSON_KEY, index);
    double u = random.nextDouble();
    int tenure = (int) StrictMath.min(MAX_TENURE_MONTHS,
        StrictMath.floor(-profile.meanTenureMonths() * StrictMath.log(1.0 - u)));
    String role = profile.roles().pick(random);
    String arrangement = profile.arrangements().pick(random);
    String location = "REMOTE".equals(arrangement) ? profile.remoteZones().pick(random)
        : leafLocation[leaf];
    ImmutableMap.Builder<Dimension, String> values = ImmutableMap.builder();
    values.put(Dimension.TEAM, leaves[leaf]);
    values.put(Dimension.TENURE, generator.tenureBands().band(tenure));
    values.put(Dimension.ROLE, role);
    values.put(Dimension.WORK_ARRANGEMENT, arrangement);
    values.put(Dimension.LOCATION, location);
    if ("FRONTLINE_SHIFT".equals(arrangement)) {
      values.put(SyntheticDimensions.SHIFT, leafShift[leaf]);
    }
    if (generator.demographics()) {
      String gender = GENDERS.pick(random);
      if (!gender.isEmpty()) {
        values.put(SyntheticDimensions.GENDER, gender);
      }
      String disability = DISABILITY.pick(random);
      if (!disability.isEmpty()) {
        values.put(SyntheticDimensions.DISABILITY, disability);
      }
    }
    return Person.of(index, Attributes.of(values.buildOrThrow()), tenure);
  }

  static double genderShare(String value) {
    return GENDERS.probability(value);
  }

  static double disabilityShare(String value) {
    return DISABILITY.probability(value);
  }
}
