package dev.belonging.anonymity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded synthetic organisations for disclosure-control tests: a team hierarchy of depth 2 to 4,
 * one or two other dimensions, every node and every node x dimension value as a cell, plus
 * filters, complements and "all but one or two" groups. Small sizes make groups of k - 1, k, k + 1
 * and single-person intersections common.
 */
final class Organisations {
  private Organisations() {}

  /** One generated organisation. */
  record Org(int n, List<CellRequest> requests, Map<String, Integer> siblingGroup) {}

  static Org generate(long seed, int minN, int maxN) {
    Random random = new Random(seed);
    int n = minN + random.nextInt(maxN - minN + 1);
    int depth = 2 + random.nextInt(3);
    // Leaves: paths like "0/1/0"; each respondent goes to a random leaf, skewed towards some.
    List<String> leaves = new ArrayList<>();
    buildLeaves("r", depth - 1, random, leaves);
    double[] leafWeight = new double[leaves.size()];
    for (int i = 0; i < leafWeight.length; i++) {
      leafWeight[i] = 0.2 + random.nextDouble() * random.nextDouble() * 3;
    }
    int dims = 1 + random.nextInt(2);
    int[][] dimValue = new int[dims][n];
    int[] dimValues = new int[dims];
    String[] leafOf = new String[n];
    for (int i = 0; i < n; i++) {
      leafOf[i] = leaves.get(pick(leafWeight, random));
    }
    for (int d = 0; d < dims; d++) {
      dimValues[d] = 2 + random.nextInt(2);
      double[] w = new double[dimValues[d]];
      for (int v = 0; v < w.length; v++) {
        w[v] = 0.15 + random.nextDouble();
      }
      for (int i = 0; i < n; i++) {
        dimValue[d][i] = pick(w, random);
      }
    }
    Map<String, List<Integer>> nodes = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String path = leafOf[i];
      while (true) {
        nodes.computeIfAbsent(path, p -> new ArrayList<>()).add(i);
        int cut = path.lastIndexOf('/');
        if (cut < 0) {
          break;
        }
        path = path.substring(0, cut);
      }
    }
    List<CellRequest> requests = new ArrayList<>();
    Map<String, Integer> siblingGroup = new LinkedHashMap<>();
    int groupId = 0;
    Map<String, Integer> childGroupOfParent = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> e : nodes.entrySet()) {
      String path = e.getKey();
      int level = path.split("/").length - 1;
      String key = "team=" + path;
      requests.add(request(key, e.getValue(), 100 - 10 * level));
      int cut = path.lastIndexOf('/');
      String parent = cut < 0 ? "" : path.substring(0, cut);
      Integer g = childGroupOfParent.get(parent);
      if (g == null) {
        g = groupId++;
        childGroupOfParent.put(parent, g);
      }
      siblingGroup.put(key, g);
      for (int d = 0; d < dims; d++) {
        int group = groupId++;
        for (int v = 0; v < dimValues[d]; v++) {
          List<Integer> members = new ArrayList<>();
          for (int i : e.getValue()) {
            if (dimValue[d][i] == v) {
              members.add(i);
            }
          }
          String cellKey = key + "|d" + d + "=" + v;
          requests.add(request(cellKey, members, 95 - 10 * level));
          siblingGroup.put(cellKey, group);
        }
      }
    }
    // Filters: a node without one or two of its members ("without its remote staff"), and a
    // random filter with its complement.
    List<String> paths = new ArrayList<>(nodes.keySet());
    for (int f = 0; f < 2; f++) {
      List<Integer> node = nodes.get(paths.get(random.nextInt(paths.size())));
      if (node.size() > 2) {
        List<Integer> without = new ArrayList<>(node);
        without.remove(random.nextInt(without.size()));
        if (random.nextBoolean()) {
          without.remove(random.nextInt(without.size()));
        }
        requests.add(request("filter=without" + f, without, 0));
        siblingGroup.put("filter=without" + f, groupId++);
      }
    }
    List<Integer> filter = new ArrayList<>();
    List<Integer> complement = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (random.nextInt(4) == 0 ? filter : complement).add(i);
    }
    int g = groupId++;
    requests.add(request("filter=random", filter, 0));
    requests.add(request("filter=random-complement", complement, 0));
    siblingGroup.put("filter=random", g);
    siblingGroup.put("filter=random-complement", g);
    return new Org(n, requests, siblingGroup);
  }

  private static void buildLeaves(String prefix, int levels, Random random, List<String> out) {
    if (levels == 0) {
      out.add(prefix);
      return;
    }
    int children = 2 + random.nextInt(2);
    for (int c = 0; c < children; c++) {
      buildLeaves(prefix + "/" + c, levels - 1, random, out);
    }
  }

  private static int pick(double[] weights, Random random) {
    double total = Arrays.stream(weights).sum();
    double u = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static CellRequest request(String key, List<Integer> members, int priority) {
    return CellRequest.of(key, Members.of(members.stream().mapToInt(Integer::intValue).toArray()),
        CellKind.SCORE, false, priority);
  }

  /** The member sets of the published score cells of a release. */
  static List<int[]> publishedSets(Org org, Release release) {
    List<int[]> sets = new ArrayList<>();
    for (CellRequest r : org.requests()) {
      if (release.isPublished(r.key())) {
        sets.add(r.members().toArray());
      }
    }
    return sets;
  }
}
