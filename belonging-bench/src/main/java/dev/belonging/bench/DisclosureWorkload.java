package dev.belonging.bench;

import dev.belonging.anonymity.CellKind;
import dev.belonging.anonymity.CellRequest;
import dev.belonging.anonymity.Members;
import dev.belonging.testkit.OrganisationProfile;
import dev.belonging.testkit.Person;
import dev.belonging.testkit.SeededRandom;
import dev.belonging.testkit.SyntheticDimensions;
import dev.belonging.testkit.SyntheticWorkforce;
import dev.belonging.testkit.WorkforceGenerator;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.TeamHierarchy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The disclosure-control issue's workload: a generated organisation ({@code LARGE_ORGANISATION},
 * a 5-level team hierarchy, demographics on) and the cells a report asks for: every team node,
 * every node x single value of the 6 other dimensions (tenure band, role, work arrangement,
 * location, and the sensitive gender and disability), and for the top two levels every node x
 * pair of values of two dimensions. Empty cells are not requested. Priorities follow the
 * GaussSuppression order: higher levels first, then nodes before their breakdowns.
 */
final class DisclosureWorkload {
  static final List<Dimension> DIMENSIONS = List.of(Dimension.TENURE, Dimension.ROLE,
      Dimension.WORK_ARRANGEMENT, Dimension.LOCATION, SyntheticDimensions.GENDER,
      SyntheticDimensions.DISABILITY);

  private DisclosureWorkload() {}

  /** A generated workload: the population size and the requested cells. */
  record Workload(int respondents, List<CellRequest> requests) {}

  static Workload generate(int respondents, long seed) {
    SyntheticWorkforce org = WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
        .withHeadcount(respondents).withDepth(5).withDemographics(true).generate(seed);
    TeamHierarchy hierarchy = org.hierarchy();
    List<Person> people = org.people();
    Map<String, List<Integer>> nodes = new LinkedHashMap<>();
    for (String team : hierarchy.teams()) {
      nodes.put(team, new ArrayList<>());
    }
    for (int i = 0; i < people.size(); i++) {
      String leaf = people.get(i).attributes().get(Dimension.TEAM).orElseThrow();
      for (String node : hierarchy.ancestors(leaf)) {
        nodes.get(node).add(i);
      }
    }
    List<CellRequest> requests = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> node : nodes.entrySet()) {
      int level = hierarchy.level(node.getKey());
      String key = "team=" + node.getKey();
      List<Integer> members = node.getValue();
      add(requests, key, members, false, 100 - 10 * level);
      for (Dimension d : DIMENSIONS) {
        for (Map.Entry<String, List<Integer>> cell : split(people, members, d).entrySet()) {
          add(requests, key + "|" + d.name() + "=" + cell.getKey(), cell.getValue(),
              d.sensitive(), 95 - 10 * level);
        }
      }
      if (level <= 1) {
        for (int a = 0; a < DIMENSIONS.size(); a++) {
          Dimension da = DIMENSIONS.get(a);
          for (Map.Entry<String, List<Integer>> ca : split(people, members, da).entrySet()) {
            for (int b = a + 1; b < DIMENSIONS.size(); b++) {
              Dimension db = DIMENSIONS.get(b);
              for (Map.Entry<String, List<Integer>> cb :
                  split(people, ca.getValue(), db).entrySet()) {
                add(requests, key + "|" + da.name() + "=" + ca.getKey() + "|" + db.name() + "="
                    + cb.getKey(), cb.getValue(), da.sensitive() || db.sensitive(),
                    90 - 10 * level);
              }
            }
          }
        }
      }
    }
    return new Workload(people.size(), requests);
  }

  /** A seeded random permutation of {@code 0..size-1} (Fisher-Yates). */
  static int[] shuffledOrder(int size, long seed) {
    RandomGenerator random = SeededRandom.of(seed);
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private static Map<String, List<Integer>> split(List<Person> people, List<Integer> members,
      Dimension d) {
    Map<String, List<Integer>> byValue = new TreeMap<>();
    for (int i : members) {
      people.get(i).attributes().get(d)
          .ifPresent(v -> byValue.computeIfAbsent(v, x -> new ArrayList<>()).add(i));
    }
    return byValue;
  }

  private static void add(List<CellRequest> requests, String key, List<Integer> members,
      boolean sensitive, int priority) {
    if (!members.isEmpty()) {
      requests.add(CellRequest.of(key,
          Members.of(members.stream().mapToInt(Integer::intValue).toArray()), CellKind.SCORE,
          sensitive, priority));
    }
  }
}
