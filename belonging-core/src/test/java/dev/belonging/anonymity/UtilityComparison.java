package dev.belonging.anonymity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Utility of three suppression rules on generated organisations: the share of requested cells
 * published, and how many organisations the independent attacker breaks. Used by {@link
 * UtilityComparisonTest}; {@link #main} prints the README table.
 */
final class UtilityComparison {
  private UtilityComparison() {}

  /** Totals over a run. */
  record Totals(int orgs, long requested, long exact, long thresholdOnly, long sibling,
      int exactBroken, int thresholdBroken, int siblingBroken) {}

  static Totals run(long firstSeed, int orgs, int minN, int maxN, AnonymityPolicy policy) {
    long requested = 0;
    long exact = 0;
    long threshold = 0;
    long sibling = 0;
    int exactBroken = 0;
    int thresholdBroken = 0;
    int siblingBroken = 0;
    int k = policy.minimumGroupSize();
    for (long seed = firstSeed; seed < firstSeed + orgs; seed++) {
      Organisations.Org org = Organisations.generate(seed, minN, maxN);
      requested += org.requests().size();
      Release release = DisclosureControl.withDefaults().withPolicy(policy)
          .protect(org.n(), org.requests());
      List<int[]> ours = Organisations.publishedSets(org, release);
      exact += ours.size();
      if (BruteForceAttacker.findDisclosure(org.n(), ours, k, policy.coalitionSize())
          .isPresent()) {
        exactBroken++;
      }
      List<int[]> thresholdSets = new ArrayList<>();
      Set<String> belowK = new HashSet<>();
      for (CellRequest r : org.requests()) {
        if (r.members().size() >= k) {
          thresholdSets.add(r.members().toArray());
        } else {
          belowK.add(r.key());
        }
      }
      threshold += thresholdSets.size();
      if (BruteForceAttacker.findDisclosure(org.n(), thresholdSets, k, policy.coalitionSize())
          .isPresent()) {
        thresholdBroken++;
      }
      List<int[]> siblingSets = siblingRule(org, belowK);
      sibling += siblingSets.size();
      if (BruteForceAttacker.findDisclosure(org.n(), siblingSets, k, policy.coalitionSize())
          .isPresent()) {
        siblingBroken++;
      }
    }
    return new Totals(orgs, requested, exact, threshold, sibling, exactBroken, thresholdBroken,
        siblingBroken);
  }

  /**
   * Platform practice: suppress cells below k; in a group of siblings where exactly one cell is
   * suppressed, also suppress the next-smallest sibling.
   */
  private static List<int[]> siblingRule(Organisations.Org org, Set<String> belowK) {
    Map<Integer, List<CellRequest>> groups = new HashMap<>();
    for (CellRequest r : org.requests()) {
      groups.computeIfAbsent(org.siblingGroup().get(r.key()), g -> new ArrayList<>()).add(r);
    }
    Set<String> suppressed = new HashSet<>(belowK);
    for (List<CellRequest> group : groups.values()) {
      long hidden = group.stream().filter(r -> belowK.contains(r.key())).count();
      if (hidden == 1 && group.size() > 1) {
        group.stream().filter(r -> !belowK.contains(r.key()))
            .min((a, b) -> Integer.compare(a.members().size(), b.members().size()))
            .ifPresent(r -> suppressed.add(r.key()));
      }
    }
    List<int[]> sets = new ArrayList<>();
    for (CellRequest r : org.requests()) {
      if (!suppressed.contains(r.key())) {
        sets.add(r.members().toArray());
      }
    }
    return sets;
  }

  /**
   * Prints the README table.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    for (int coalition = 0; coalition <= 1; coalition++) {
      AnonymityPolicy policy = AnonymityPolicy.withDefaults().withCoalitionSize(coalition);
      Totals t = run(1000, 300, 10, 30, policy);
      System.out.printf("k=5 c=%d orgs=%d requested=%d%n", coalition, t.orgs(), t.requested());
      System.out.printf("| exact (belonging) | %.1f%% | %d |%n",
          100.0 * t.exact() / t.requested(), t.exactBroken());
      System.out.printf("| threshold only | %.1f%% | %d |%n",
          100.0 * t.thresholdOnly() / t.requested(), t.thresholdBroken());
      System.out.printf("| next-smallest sibling | %.1f%% | %d |%n",
          100.0 * t.sibling() / t.requested(), t.siblingBroken());
    }
  }
}
