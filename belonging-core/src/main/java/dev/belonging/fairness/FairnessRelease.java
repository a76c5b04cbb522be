package dev.belonging.fairness;

import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.anonymity.CellDecision;
import dev.belonging.anonymity.CellKind;
import dev.belonging.anonymity.CellRequest;
import dev.belonging.anonymity.DisclosureControl;
import dev.belonging.anonymity.Members;
import dev.belonging.anonymity.SuppressionReason;
import dev.belonging.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place where the fairness checks decide what they may publish: every group-level number
 * passes {@link DisclosureControl}'s exact check, the engine that also releases survey cells.
 *
 * <p><b>Cells over people.</b> Everything a check publishes about a group (its size, the number
 * selected, recognition events and person-periods, attendances and speaking turns, invitees and
 * respondents, score sums and sums of squares) is a sum over the group's people, a linear
 * statistic of the set of people. A check therefore describes its release as cells over people:
 * {@link Plan#atom atoms} (the finest groups it knows, for example one group within one stratum)
 * with their numbers of people, and {@link Plan#cell cells} that are unions of atoms. The engine
 * identifies people by index; people of one atom are indistinguishable to anything a check
 * publishes, so each atom of {@code s} people becomes {@code s} consecutive indices (as in the
 * disaggregation's release gate; atoms above every minimum are capped, see {@link Plan#decide}). For voice and recognition a person may have several events
 * (turns, awards, meetings); the cell is still the set of people, so the minimum counts people.
 *
 * <p><b>Priorities.</b> {@link #TOTAL} cells are totals a reader is assumed to know anyway (the
 * headcount, how many were promoted, the overall response rate): they are decided first, so the
 * exact check protects every group against subtraction from them, whether or not the check
 * publishes them. {@link #GROUP} cells are the groups of the breakdown, decided next (larger
 * first, then in input order). {@link #DETAIL} cells (a group within one stratum) are decided last
 * and never cost a group its publication.
 *
 * <p>Decisions depend only on who is in which cell (the atom sizes), never on outcomes. Not
 * thread-safe while planning; a decided release is immutable.
 */
final class FairnessRelease {
  /** Totals assumed known to readers; decided first. */
  static final int TOTAL = 2;
  /** The groups of the breakdown. */
  static final int GROUP = 1;
  /** Finer cells that only some statistics need (a group within a stratum); decided last. */
  static final int DETAIL = 0;
  /** The cell index of the total in a release {@linkplain #ofGroups of groups}. */
  static final int TOTAL_CELL = 0;

  private final List<Optional<Suppression>> decisions;

  private FairnessRelease(List<Optional<Suppression>> decisions) {
    this.decisions = decisions;
  }

  /**
   * A policy with another score minimum, raising the comment and sensitive minimums to it where
   * they are lower and setting the response-rate minimum to it (as the disaggregation does).
   *
   * @throws IllegalArgumentException if {@code minimumGroupSize < 3}
   */
  static AnonymityPolicy withMinimum(AnonymityPolicy policy, int minimumGroupSize) {
    int k = Checks.atLeast("minimumGroupSize", minimumGroupSize, 3);
    return policy.withCommentMinimum(Math.max(policy.commentMinimum(), k))
        .withSensitiveMinimum(Math.max(policy.sensitiveMinimum(), k))
        .withResponseRateMinimum(k)
        .withMinimumGroupSize(k);
  }

  /**
   * The release of a check whose groups are disjoint sets of people: one atom per group, the total
   * over all groups (known to readers) as cell {@link #TOTAL_CELL}, and group {@code g} as cell
   * {@link #groupCell groupCell(g)}.
   *
   * @param policy the policy
   * @param kind the kind of every cell
   * @param sensitive whether the groups belong to a sensitive dimension
   * @param people the number of distinct people of each group
   * @throws IllegalArgumentException if a size is negative
   */
  static FairnessRelease ofGroups(AnonymityPolicy policy, CellKind kind, boolean sensitive,
      long[] people) {
    Plan plan = plan(kind);
    int[] atoms = new int[people.length];
    for (int g = 0; g < people.length; g++) {
      atoms[g] = plan.atom(people[g]);
    }
    plan.cell(TOTAL, false, atoms);
    for (int g = 0; g < people.length; g++) {
      plan.cell(GROUP, sensitive, atoms[g]);
    }
    return plan.decide(policy);
  }

  /** The cell index of group {@code g} in a release {@linkplain #ofGroups of groups}. */
  static int groupCell(int g) {
    return 1 + g;
  }

  /** How many of the first {@code groups} groups of a release {@link #ofGroups} are published. */
  int publishedGroups(int groups) {
    int published = 0;
    for (int g = 0; g < groups; g++) {
      published += isPublished(groupCell(g)) ? 1 : 0;
    }
    return published;
  }

  /** An empty plan of cells of one kind. */
  static Plan plan(CellKind kind) {
    return new Plan(kind);
  }

  /** Whether cell {@code cell} (an index returned by {@link Plan#cell}) may be published. */
  boolean isPublished(int cell) {
    return decisions.get(cell).isEmpty();
  }

  /** Why cell {@code cell} is suppressed; empty when it may be published. */
  Optional<Suppression> decision(int cell) {
    return decisions.get(cell);
  }

  /** How many of {@code cells} may be published. */
  int countPublished(int[] cells) {
    int published = 0;
    for (int cell : cells) {
      published += isPublished(cell) ? 1 : 0;
    }
    return published;
  }

  /** A group's result: its value if its cell is published, else the suppression only. */
  <T> GroupResult<T> release(int cell, String group, Supplier<T> value) {
    return isPublished(cell)
        ? GroupResult.published(group, value.get())
        : GroupResult.suppressed(group, decisions.get(cell).orElseThrow());
  }

  @Override
  public String toString() {
    return "FairnessRelease{cells=" + decisions.size() + "}";
  }

  /** The cells one check wants to publish, built atom by atom. Not thread-safe. */
  static final class Plan {
    private final CellKind kind;
    private final List<Long> atomSizes = new ArrayList<>();
    private final List<int[]> cellAtoms = new ArrayList<>();
    private final List<Boolean> sensitive = new ArrayList<>();
    private final List<Integer> priorities = new ArrayList<>();

    private Plan(CellKind kind) {
      this.kind = kind;
    }

    /**
     * Adds an atom of {@code people} people.
     *
     * @return its index
     * @throws IllegalArgumentException if {@code people < 0}
     */
    int atom(long people) {
      if (people < 0) {
        throw new IllegalArgumentException("people of an atom must be >= 0, but was " + people);
      }
      atomSizes.add(people);
      return atomSizes.size() - 1;
    }

    /** The indices of all atoms added so far. */
    int[] allAtoms() {
      int[] all = new int[atomSizes.size()];
      for (int i = 0; i < all.length; i++) {
        all[i] = i;
      }
      return all;
    }

    /**
     * Requests a cell, the union of distinct atoms.
     *
     * @param priority {@link #TOTAL}, {@link #GROUP} or {@link #DETAIL}
     * @param isSensitive whether the cell belongs to a sensitive dimension
     * @param atoms distinct atom indices
     * @return the cell's index
     */
    int cell(int priority, boolean isSensitive, int... atoms) {
      cellAtoms.add(atoms.clone());
      sensitive.add(isSensitive);
      priorities.add(priority);
      return cellAtoms.size() - 1;
    }

    /**
     * Decides every requested cell with the exact check under {@code policy}, in the engine's
     * order: priority, then size (larger first), then request order.
     *
     * <p>Atoms larger than every minimum of the policy are given to the engine with one more
     * person than the largest minimum instead of their true size, so that the engine's work does
     * not grow with the population. The decisions are the same: a set of people is small only if
     * its weight is below a minimum, and any set that contains a capped atom (or a capped atom
     * less one person who knows their own outcome) weighs at least the largest minimum either way;
     * a cell holding a capped atom reaches every minimum either way; and the cells are handed to
     * the engine with priorities that fix the true order, so capping never reorders them.
     *
     * @throws IllegalArgumentException if the capped atoms exceed the engine's index space
     */
    FairnessRelease decide(AnonymityPolicy policy) {
      long largestMinimum = Math.max(Math.max(policy.minimumGroupSize(),
          policy.responseRateMinimum()), Math.max(policy.sensitiveMinimum(),
          policy.commentMinimum()));
      return decide(policy, largestMinimum + 1);
    }

    /** Decides with atoms capped at {@code cap} people ({@code Long.MAX_VALUE}: exactly). */
    FairnessRelease decide(AnonymityPolicy policy, long cap) {
      int atoms = atomSizes.size();
      long[] start = new long[atoms + 1];
      for (int a = 0; a < atoms; a++) {
        start[a + 1] = start[a] + Math.min(atomSizes.get(a), cap);
      }
      long people = start[atoms];
      if (people > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("the capped people of one fairness check must be <= "
            + Integer.MAX_VALUE + " (the disclosure check's index space), but were " + people);
      }
      int cells = cellAtoms.size();
      long[] trueSize = new long[cells];
      for (int c = 0; c < cells; c++) {
        for (int a : cellAtoms.get(c)) {
          trueSize[c] += atomSizes.get(a);
        }
      }
      Integer[] order = new Integer[cells];
      for (int c = 0; c < cells; c++) {
        order[c] = c;
      }
      Arrays.sort(order, Comparator.comparingInt((Integer c) -> priorities.get(c)).reversed()
          .thenComparing(Comparator.comparingLong((Integer c) -> trueSize[c]).reversed())
          .thenComparingInt(c -> c));
      int[] rank = new int[cells];
      for (int i = 0; i < cells; i++) {
        rank[order[i]] = cells - i;
      }
      List<CellRequest> requests = new ArrayList<>(cells);
      for (int c = 0; c < cells; c++) {
        long size = 0;
        for (int a : cellAtoms.get(c)) {
          size += start[a + 1] - start[a];
        }
        int[] members = new int[(int) size];
        int at = 0;
        for (int a : cellAtoms.get(c)) {
          for (long i = start[a]; i < start[a + 1]; i++) {
            members[at++] = (int) i;
          }
        }
        requests.add(CellRequest.of(key(c), Members.of(members), kind, sensitive.get(c),
            rank[c]));
      }
      List<CellDecision> decided = DisclosureControl.withDefaults().withPolicy(policy)
          .protect((int) people, requests).decisions();
      List<Optional<Suppression>> out = new ArrayList<>(decided.size());
      for (CellDecision d : decided) {
        out.add(d.reason().map(FairnessRelease::suppression));
      }
      return new FairnessRelease(List.copyOf(out));
    }

    /** Keys in request order (the engine's order is fixed by the priorities anyway). */
    private static String key(int cell) {
      return String.format(Locale.ROOT, "cell-%010d", cell);
    }
  }

  private static Suppression suppression(SuppressionReason reason) {
    return switch (reason) {
      case BELOW_MINIMUM -> Suppression.BELOW_MINIMUM_GROUP_SIZE;
      case COMPLEMENTARY -> Suppression.COMPLEMENT_DISCLOSURE;
    };
  }
}
