package dev.belonging.internal.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the {@link Kernel} counts a {@link Layout}: instead of adding every respondent to each of
 * the layout's cells it belongs to (the whole organisation plus, per breakdown, a cell or a
 * roll-up of cells), it adds the respondent once to each of a few <em>cubes</em>. A cube is a set
 * of dimensions whose dense cells are the combinations of their raw codes; every breakdown's
 * dimensions lie inside one cube, so its cells are sums of cube cells (summing over the cube's
 * other dimensions and expanding roll-ups), which {@link Kernel} computes once after counting.
 * Cubes are formed greedily by merging the two cubes with the smallest union while the union has
 * at most {@link #budget(int)} cells, so many small breakdowns share one cube and a row touches
 * a handful of cube cells instead of one cell per breakdown.
 *
 * <p>The whole organisation is the sum of all cells of cube 0. A row with no value in a
 * dimension of a cube is not counted in that cube; it goes to the layout's cells directly (as
 * before cubes) for the breakdowns of that cube it belongs to. All sums are of integers, so the
 * result is the same, bit for bit, as counting every cell directly. Immutable.
 */
final class Plan {
  /** Largest number of cells of one cube formed by merging. */
  static final int MAX_CUBE_CELLS = 1 << 14;

  final Layout layout;
  /** Per cube, its dimension indices, ascending. */
  final int[][] cubeDims;
  /** Per cube, the first dense cube cell; cube cells of all cubes are numbered together. */
  final int[] cubeBase;
  /** Per cube, its number of cells: the product of its dimensions' cardinalities. */
  final int[] cubeSize;
  /** Total cube cells. */
  final int cubeCells;
  /** Per cube, the breakdowns computed from it. */
  final int[][] cubeBreakdowns;
  /** Whether a sum of squared scaled scores may exceed 63 bits, so carries must be tracked. */
  final boolean wide;
  /** Whether every scaled construct score fits in an {@code int}. */
  final boolean narrow;

  private Plan(Layout layout, List<int[]> cubes, boolean wide) {
    this.layout = layout;
    this.wide = wide;
    boolean fits = true;
    for (int c = 0; c < layout.constructs(); c++) {
      fits &= largestScore(layout, c) <= Integer.MAX_VALUE;
    }
    this.narrow = fits;
    int count = cubes.size();
    cubeDims = cubes.toArray(new int[0][]);
    cubeBase = new int[count];
    cubeSize = new int[count];
    int total = 0;
    for (int k = 0; k < count; k++) {
      cubeBase[k] = total;
      cubeSize[k] = (int) size(layout, cubeDims[k]);
      total = Math.addExact(total, cubeSize[k]);
    }
    cubeCells = total;
    List<List<Integer>> assigned = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      assigned.add(new ArrayList<>());
    }
    for (int b = 0; b < layout.breakdowns.length; b++) {
      // The smallest cube holding the breakdown: fewest cells to sum over.
      int best = -1;
      for (int k = 0; k < count; k++) {
        if (contains(cubeDims[k], layout.breakdowns[b])
            && (best < 0 || cubeSize[k] < cubeSize[best])) {
          best = k;
        }
      }
      assigned.get(best).add(b);
    }
    cubeBreakdowns = new int[count][];
    for (int k = 0; k < count; k++) {
      cubeBreakdowns[k] = assigned.get(k).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * The plan for aggregating {@code rows} rows of a layout.
   *
   * @param layout the layout
   * @param rows the number of rows (all threads together)
   * @param budget the largest number of cells of a cube formed by merging
   * @return the plan
   */
  static Plan of(Layout layout, int rows, long budget) {
    List<int[]> cubes = new ArrayList<>();
    for (int[] breakdown : layout.breakdowns) {
      int[] dims = breakdown.clone();
      Arrays.sort(dims);
      cubes.add(dims);
    }
    dropCovered(cubes);
    while (cubes.size() > 1) {
      int bestI = -1;
      int bestJ = -1;
      long bestSize = Long.MAX_VALUE;
      for (int i = 0; i < cubes.size(); i++) {
        for (int j = i + 1; j < cubes.size(); j++) {
          long size = size(layout, union(cubes.get(i), cubes.get(j)));
          if (size <= budget && size < bestSize) {
            bestSize = size;
            bestI = i;
            bestJ = j;
          }
        }
      }
      if (bestI < 0) {
        break;
      }
      cubes.set(bestI, union(cubes.get(bestI), cubes.get(bestJ)));
      cubes.remove(bestJ);
      dropCovered(cubes);
    }
    if (cubes.isEmpty()) {
      cubes.add(new int[0]); // only the whole organisation
    }
    return new Plan(layout, cubes, wide(layout, rows));
  }

  /**
   * Largest cube worth forming for {@code rows} rows: summing a cube into its breakdowns costs
   * about as much per cube cell as counting a row costs per cube, so a cube should have well
   * fewer cells than there are rows.
   */
  static long budget(int rows) {
    return Math.max(1, Math.min(MAX_CUBE_CELLS, rows / 16));
  }

  private static boolean wide(Layout layout, int rows) {
    boolean wide = false;
    for (int c = 0; c < layout.constructs(); c++) {
      double largest = largestScore(layout, c);
      wide |= largest * largest * Math.max(1, rows) >= 0x1p62;
    }
    return wide;
  }

  /** The largest scaled score of construct {@code c}: its largest point offset times its scale. */
  private static double largestScore(Layout layout, int c) {
    int maxOffset = 0;
    for (int i : layout.constructItems[c]) {
      maxOffset = Math.max(maxOffset, layout.itemPoints[i] - 1);
    }
    return (double) maxOffset * layout.constructScale[c];
  }

  /** Removes every cube whose dimensions lie inside another's (keeping the first of equals). */
  private static void dropCovered(List<int[]> cubes) {
    for (int i = 0; i < cubes.size(); i++) {
      for (int j = 0; j < cubes.size(); j++) {
        if (i != j && contains(cubes.get(j), cubes.get(i))
            && (cubes.get(i).length < cubes.get(j).length || i > j)) {
          cubes.remove(i);
          i = -1;
          break;
        }
      }
    }
  }

  /** Number of cells of a cube: product of cardinalities (at least 1 each), saturating. */
  static long size(Layout layout, int[] dims) {
    long size = 1;
    for (int d : dims) {
      size *= Math.max(1, layout.cardinality[d]);
      if (size > Integer.MAX_VALUE) {
        return Long.MAX_VALUE;
      }
    }
    return size;
  }

  private static boolean contains(int[] sortedSet, int[] dims) {
    for (int d : dims) {
      if (Arrays.binarySearch(sortedSet, d) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int[] union(int[] a, int[] b) {
    return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct()
        .sorted().toArray();
  }

  @Override
  public String toString() {
    return "Plan[cubes=" + cubeDims.length + ", cubeCells=" + cubeCells + "]";
  }
}
