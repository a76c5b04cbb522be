package dev.belonging.intervention;

import com.google.common.collect.ImmutableList;
import dev.belonging.workforce.WorkArrangement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.GreedyWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;

/** One run of {@link PairingScheduler#schedule}: not thread-safe, used once. */
final class PairingEngine {
  private static final long DAY = 86_400L;
  /** Shared hours count fully towards quality from four hours on. */
  private static final double FULL_OVERLAP_SECONDS = 4 * 3600.0;
  /** Keeps every edge weight positive, so that a matching never gains by leaving a pair out. */
  private static final double BASE_WEIGHT = 0.05;
  /** Seeded tie-breaker, far below any real weight difference. */
  private static final double JITTER = 1e-5;
  /**
   * Weights are rounded to this grid so that two weights are either equal or differ by far more
   * than JGraphT's comparison tolerance (1e-9); otherwise its tolerant comparator is not
   * transitive and sorting fails.
   */
  private static final double WEIGHT_GRID = 1e-8;
  /** Draws from each (hour band, arrangement) bucket when building the sparse graph. */
  private static final int DRAWS_PER_BUCKET = 3;
  private static final int BAND_REACH = 2;
  /** The second pass matches at most this many leftovers on their complete graph. */
  private static final int LEFTOVER_LIMIT = 1_000;
  /**
   * Blossom V on a complete graph grows quickly (a few hundred ms at 700 vertices); above this
   * many leftovers the second pass is greedy as well.
   */
  private static final int LEFTOVER_EXACT_LIMIT = 150;
  private static final int ODD_ONE_CANDIDATES = 64;

  private final PairingScheduler config;
  private final Participant[] people;
  private final int n;
  private final long[] start;
  private final long[] end;
  private final int[] band;
  private final int[] arrangement;
  private final int[] team;
  private final double arrangementWeight;
  private final double teamWeight;
  private final double hoursWeight;
  private final double totalWeight;
  /** Sorted keys of pairs that met within the no-repeat window. */
  private long[] recent = new long[0];
  private final int[] trios;
  private final double[] shortfall;
  private final double[] boost;
  private final long minOverlap;
  private final int[] mate;
  private final int[] third;
  private boolean exact = true;

  PairingEngine(PairingScheduler config, List<Participant> participants,
      ImmutableList<PairingRound> history) {
    this.config = config;
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < participants.size(); i++) {
      Integer previous = firstIndex.putIfAbsent(participants.get(i).id(), i);
      if (previous != null) {
        throw new IllegalArgumentException("participant ids must be unique, but participants["
            + i + "] repeats the id of participants[" + previous + "]");
      }
    }
    people = participants.toArray(new Participant[0]);
    Arrays.sort(people, Comparator.comparing(Participant::id));
    n = people.length;
    start = new long[n];
    end = new long[n];
    band = new int[n];
    arrangement = new int[n];
    team = new int[n];
    arrangementWeight = config.crossArrangementWeight();
    teamWeight = config.crossTeamWeight();
    hoursWeight = config.sharedHoursWeight();
    totalWeight = arrangementWeight + teamWeight + hoursWeight;
    Map<String, Integer> teams = new HashMap<>();
    trios = new int[n];
    shortfall = new double[n];
    boost = new double[n];
    mate = new int[n];
    third = new int[n];
    Arrays.fill(mate, -1);
    Arrays.fill(third, -1);
    minOverlap = config.minimumOverlap().getSeconds();
    LocalDate date = config.referenceDate();
    long origin = date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Participant p = people[i];
      index.put(p.id(), i);
      start[i] = ZonedDateTime.of(date, p.workStart(), p.timeZone()).toEpochSecond() - origin;
      LocalDate endDate = p.workEnd().isAfter(p.workStart()) ? date : date.plusDays(1);
      end[i] = ZonedDateTime.of(endDate, p.workEnd(), p.timeZone()).toEpochSecond() - origin;
      band[i] = (int) (Math.floorMod((start[i] + end[i]) / 2, DAY) / 3600);
      arrangement[i] = p.arrangement().ordinal();
      Integer teamId = teams.putIfAbsent(p.team(), teams.size());
      team[i] = teamId == null ? teams.size() - 1 : teamId;
    }
    readHistory(history, index);
  }

  private void readHistory(ImmutableList<PairingRound> history, Map<String, Integer> index) {
    int[] seen = new int[n];
    List<Long> recentKeys = new ArrayList<>();
    int from = Math.max(0, history.size() - config.noRepeatRounds());
    for (int r = 0; r < history.size(); r++) {
      PairingRound round = history.get(r);
      for (PairingGroup group : round.groups()) {
        List<Integer> members = new ArrayList<>();
        for (String id : group.members()) {
          Integer i = index.get(id);
          if (i != null) {
            members.add(i);
            seen[i]++;
            shortfall[i] += 1 - group.quality();
            trios[i] += group.isTrio() ? 1 : 0;
          }
        }
        if (r >= from) {
          for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
              recentKeys.add(key(members.get(a), members.get(b)));
            }
          }
        }
      }
      for (Unmatched u : round.unmatched()) {
        Integer i = index.get(u.participantId());
        if (i != null) {
          seen[i]++;
          shortfall[i] += 1;
        }
      }
    }
    recent = recentKeys.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    for (int i = 0; i < n; i++) {
      shortfall[i] = seen[i] == 0 ? 0 : shortfall[i] / seen[i];
      boost[i] = config.fairnessWeight() * shortfall[i];
    }
  }

  PairingRound run() {
    int oddOne = n % 2 == 1 ? chooseOddOne() : -1;
    int[] active = allExcept(oddOne);
    match(active, active.length <= PairingScheduler.DENSE_LIMIT, config.exactMatchingLimit());
    List<Integer> leftovers = new ArrayList<>();
    for (int i : active) {
      if (mate[i] < 0) {
        leftovers.add(i);
      }
    }
    if (leftovers.size() >= 2 && leftovers.size() <= LEFTOVER_LIMIT) {
      match(leftovers.stream().mapToInt(Integer::intValue).toArray(), true,
          Math.min(config.exactMatchingLimit(), LEFTOVER_EXACT_LIMIT));
    }
    List<Integer> singles = new ArrayList<>();
    if (oddOne >= 0) {
      singles.add(oddOne);
    }
    leftovers.stream().filter(i -> mate[i] < 0)
        .sorted(Comparator.<Integer>comparingDouble(i -> -shortfall[i])
            .thenComparingInt(i -> trios[i])
            .thenComparingLong(i -> mix(config.seed(), i)))
        .forEach(singles::add);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (mate[i] > i) {
        pairs.add(new int[] {i, mate[i]});
      }
    }
    List<Integer> unmatched = new ArrayList<>();
    for (int s : singles) {
      if (!joinTrio(s, pairs)) {
        unmatched.add(s);
      }
    }
    return result(pairs, unmatched);
  }

  /** The participant to join a pair as a third: fewest trios, best matched so far, then seeded. */
  private int chooseOddOne() {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> trios[i])
        .thenComparingDouble(i -> shortfall[i])
        .thenComparingLong(i -> mix(config.seed(), i)));
    for (int c = 0; c < Math.min(n, ODD_ONE_CANDIDATES); c++) {
      int candidate = order[c];
      int partners = 0;
      for (int j = 0; j < n && partners < 2; j++) {
        partners += feasible(candidate, j) ? 1 : 0;
      }
      if (partners >= 2) {
        return candidate;
      }
    }
    return -1;
  }

  private int[] allExcept(int excluded) {
    int[] result = new int[excluded >= 0 ? n - 1 : n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (i != excluded) {
        result[k++] = i;
      }
    }
    return result;
  }

  private void match(int[] active, boolean dense, int exactLimit) {
    // Blossom V adds vertices through the supplier: it must not hand out a participant's index.
    SimpleWeightedGraph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(
        SupplierUtil.createIntegerSupplier(n), SupplierUtil.DEFAULT_WEIGHTED_EDGE_SUPPLIER);
    for (int i : active) {
      graph.addVertex(i);
    }
    if (dense) {
      for (int a = 0; a < active.length; a++) {
        for (int b = a + 1; b < active.length; b++) {
          addEdge(graph, active[a], active[b]);
        }
      }
    } else {
      addSparseEdges(graph, active);
    }
    if (graph.edgeSet().isEmpty()) {
      return;
    }
    MatchingAlgorithm<Integer, DefaultWeightedEdge> algorithm;
    if (active.length <= exactLimit) {
      algorithm = new KolmogorovWeightedMatching<>(graph, ObjectiveSense.MAXIMIZE);
    } else {
      algorithm = new GreedyWeightedMatching<>(graph, false);
      exact = false;
    }
    for (DefaultWeightedEdge edge : algorithm.getMatching().getEdges()) {
      int a = graph.getEdgeSource(edge);
      int b = graph.getEdgeTarget(edge);
      mate[a] = b;
      mate[b] = a;
    }
  }

  private void addEdge(SimpleWeightedGraph<Integer, DefaultWeightedEdge> graph, int a, int b) {
    if (feasible(a, b)) {
      DefaultWeightedEdge edge = graph.addEdge(a, b);
      if (edge != null) {
        graph.setEdgeWeight(edge, weight(a, b));
      }
    }
  }

  /**
   * Offers each participant its best partners among a seeded sample from the buckets of similar
   * working-hour midpoints and every arrangement. Edges are added in ascending key order, so the
   * graph does not depend on hash iteration.
   */
  private void addSparseEdges(
      SimpleWeightedGraph<Integer, DefaultWeightedEdge> graph, int[] active) {
    int arrangements = WorkArrangement.values().length;
    List<List<Integer>> buckets = new ArrayList<>();
    for (int b = 0; b < 24 * arrangements; b++) {
      buckets.add(new ArrayList<>());
    }
    for (int i : active) {
      buckets.get(band[i] * arrangements + arrangement[i]).add(i);
    }
    int keep = config.candidatesPerParticipant();
    int maxDraws = (2 * BAND_REACH + 1) * arrangements * DRAWS_PER_BUCKET;
    int[] drawn = new int[maxDraws];
    double[] drawnWeight = new double[maxDraws];
    long[] keys = new long[active.length * keep];
    int keyCount = 0;
    for (int i : active) {
      SplittableRandom random = new SplittableRandom(mix(config.seed(), i));
      int count = 0;
      for (int d = -BAND_REACH; d <= BAND_REACH; d++) {
        int b = Math.floorMod(band[i] + d, 24);
        for (int a = 0; a < arrangements; a++) {
          List<Integer> bucket = buckets.get(b * arrangements + a);
          for (int draw = 0; draw < DRAWS_PER_BUCKET && !bucket.isEmpty(); draw++) {
            int j = bucket.get(random.nextInt(bucket.size()));
            if (j != i && !contains(drawn, count, j) && feasible(i, j)) {
              drawn[count] = j;
              drawnWeight[count] = weight(i, j);
              count++;
            }
          }
        }
      }
      // Selection of the `keep` heaviest, ties by index: small arrays, insertion sort.
      for (int x = 1; x < count; x++) {
        int j = drawn[x];
        double w = drawnWeight[x];
        int y = x - 1;
        while (y >= 0 && (drawnWeight[y] < w || (drawnWeight[y] == w && drawn[y] > j))) {
          drawn[y + 1] = drawn[y];
          drawnWeight[y + 1] = drawnWeight[y];
          y--;
        }
        drawn[y + 1] = j;
        drawnWeight[y + 1] = w;
      }
      for (int c = 0; c < Math.min(keep, count); c++) {
        keys[keyCount++] = key(i, drawn[c]);
      }
    }
    long[] sorted = Arrays.copyOf(keys, keyCount);
    Arrays.sort(sorted);
    for (int k = 0; k < sorted.length; k++) {
      if (k == 0 || sorted[k] != sorted[k - 1]) {
        int a = (int) (sorted[k] / n);
        int b = (int) (sorted[k] % n);
        graph.setEdgeWeight(graph.addEdge(a, b), weight(a, b));
      }
    }
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int k = 0; k < count; k++) {
      if (values[k] == value) {
        return true;
      }
    }
    return false;
  }

  private boolean joinTrio(int s, List<int[]> pairs) {
    int best = -1;
    int bestTrios = Integer.MAX_VALUE;
    double bestQuality = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < pairs.size(); p++) {
      int a = pairs.get(p)[0];
      int b = pairs.get(p)[1];
      if (third[a] >= 0 || !feasible(s, a) || !feasible(s, b)
          || tripleOverlap(s, a, b) < minOverlap) {
        continue;
      }
      int pairTrios = trios[a] + trios[b];
      double q = quality(s, a) + quality(s, b);
      if (pairTrios < bestTrios || (pairTrios == bestTrios && q > bestQuality)) {
        best = p;
        bestTrios = pairTrios;
        bestQuality = q;
      }
    }
    if (best < 0) {
      return false;
    }
    third[pairs.get(best)[0]] = s;
    third[pairs.get(best)[1]] = s;
    mate[s] = pairs.get(best)[0];
    return true;
  }

  private PairingRound result(List<int[]> pairs, List<Integer> unmatched) {
    List<PairingGroup> groups = new ArrayList<>();
    for (int[] pair : pairs) {
      int a = pair[0];
      int b = pair[1];
      int s = third[a];
      if (s < 0) {
        groups.add(PairingGroup.builder()
            .members(ImmutableList.of(people[a].id(), people[b].id()))
            .quality(quality(a, b))
            .build());
      } else {
        int[] members = {a, b, s};
        Arrays.sort(members);
        double q = (quality(a, b) + quality(s, a) + quality(s, b)) / 3;
        groups.add(PairingGroup.builder()
            .members(ImmutableList.of(
                people[members[0]].id(), people[members[1]].id(), people[members[2]].id()))
            .quality(Math.min(1.0, q))
            .joinedAsThird(people[s].id())
            .build());
      }
    }
    groups.sort(Comparator.comparing(g -> g.members().get(0)));
    List<Unmatched> left = new ArrayList<>();
    unmatched.stream().sorted().forEach(i -> left.add(Unmatched.of(people[i].id(), reason(i))));
    return PairingRound.builder()
        .groups(groups)
        .unmatched(left)
        .exactMatching(exact)
        .build();
  }

  private UnmatchedReason reason(int i) {
    boolean anyOverlap = false;
    for (int j = 0; j < n; j++) {
      if (j != i && overlap(i, j) >= minOverlap) {
        anyOverlap = true;
        if (!metRecently(i, j)) {
          return UnmatchedReason.NO_PARTNER_LEFT;
        }
      }
    }
    return anyOverlap ? UnmatchedReason.ONLY_RECENT_PARTNERS : UnmatchedReason.NO_OVERLAPPING_HOURS;
  }

  boolean feasible(int a, int b) {
    return a != b && overlap(a, b) >= minOverlap
        && !metRecently(a, b);
  }

  private boolean metRecently(int a, int b) {
    return recent.length > 0 && Arrays.binarySearch(recent, key(a, b)) >= 0;
  }

  /** Shared seconds of two daily-repeating windows. */
  long overlap(int a, int b) {
    long total = 0;
    for (int k = -2; k <= 2; k++) {
      long lo = Math.max(start[a], start[b] + k * DAY);
      long hi = Math.min(end[a], end[b] + k * DAY);
      total += Math.max(0, hi - lo);
    }
    return Math.min(total, Math.min(end[a] - start[a], end[b] - start[b]));
  }

  /** Shared seconds of three daily-repeating windows. */
  long tripleOverlap(int a, int b, int c) {
    long total = 0;
    for (int k = -2; k <= 2; k++) {
      long lo = Math.max(start[a], start[b] + k * DAY);
      long hi = Math.min(end[a], end[b] + k * DAY);
      if (hi <= lo) {
        continue;
      }
      for (int l = -2; l <= 2; l++) {
        total += Math.max(0, Math.min(hi, end[c] + l * DAY) - Math.max(lo, start[c] + l * DAY));
      }
    }
    return total;
  }

  double quality(int a, int b) {
    double crossArrangement = arrangement[a] != arrangement[b] ? 1 : 0;
    double crossTeam = team[a] != team[b] ? 1 : 0;
    double hours = Math.min(1.0, overlap(a, b) / FULL_OVERLAP_SECONDS);
    return (arrangementWeight * crossArrangement + teamWeight * crossTeam + hoursWeight * hours)
        / totalWeight;
  }

  private double weight(int a, int b) {
    long k = key(a, b);
    double jitter = (mix(config.seed(), k) >>> 11) * 0x1.0p-53;
    double w = (BASE_WEIGHT + quality(a, b)) * (1 + boost[a] + boost[b]) + JITTER * jitter;
    return Math.rint(w / WEIGHT_GRID) * WEIGHT_GRID;
  }

  private long key(int a, int b) {
    return a < b ? (long) a * n + b : (long) b * n + a;
  }

  /** SplitMix64 finaliser of seed and value: a deterministic, well-spread hash. */
  private static long mix(long seed, long value) {
    long z = seed + 0x9E3779B97F4A7C15L * (value + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
