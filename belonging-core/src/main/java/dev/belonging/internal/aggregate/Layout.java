package dev.belonging.internal.aggregate;

import java.util.Arrays;

/**
 * The dense shape of an aggregation: items and their point counts, constructs as item index sets,
 * dimensions with dictionary sizes and roll-up lists, breakdowns as dimension index sets.
 *
 * <p>Cell 0 is the whole organisation; breakdown {@code b} owns cells {@code cellBase[b] ..
 * cellBase[b] + cellCount[b] - 1}, a cell index being the mixed-radix number of its dimension
 * codes (first dimension most significant). Immutable after construction (arrays are not
 * copied out; callers in this package do not modify them).
 */
public final class Layout {
  /** Largest number of dense slots a layout may have, to fail early instead of running out. */
  static final long MAX_SLOTS = 1L << 28;

  final int items;
  final int[] itemPoints;
  final int[] histOffset;
  final int histWidth;
  final int[][] constructItems;
  final long[] constructScale;
  final int dimensions;
  final int[] cardinality;
  /** rollup[d][code] = the codes whose cells a respondent with {@code code} counts in. */
  final int[][][] rollup;
  final int[][] breakdowns;
  final int[] cellBase;
  final int[] cellCount;
  final int cells;
  final long[] atomMultiplier;
  private final long atomSpace;

  /**
   * A layout.
   *
   * @param itemPoints number of points of each item's scale
   * @param constructItems item indices of each construct (all on scales with the same minimum)
   * @param cardinality dictionary size of each dimension
   * @param rollup per dimension and code, the codes counted in (a code's own code first)
   * @param breakdowns dimension indices of each breakdown
   * @throws IllegalArgumentException if the dense shape would be too large
   */
  public Layout(int[] itemPoints, int[][] constructItems, int[] cardinality, int[][][] rollup,
      int[][] breakdowns) {
    this.items = itemPoints.length;
    this.itemPoints = itemPoints.clone();
    this.histOffset = new int[items];
    int width = 0;
    for (int i = 0; i < items; i++) {
      histOffset[i] = width;
      width += itemPoints[i];
    }
    this.histWidth = width;
    this.constructItems = constructItems.clone();
    this.constructScale = new long[constructItems.length];
    for (int c = 0; c < constructItems.length; c++) {
      constructScale[c] = lcmUpTo(Math.max(1, constructItems[c].length));
    }
    this.dimensions = cardinality.length;
    this.cardinality = cardinality.clone();
    this.rollup = rollup.clone();
    this.breakdowns = breakdowns.clone();
    this.cellBase = new int[breakdowns.length];
    this.cellCount = new int[breakdowns.length];
    long total = 1;
    for (int b = 0; b < breakdowns.length; b++) {
      long count = 1;
      for (int d : breakdowns[b]) {
        count *= Math.max(1, cardinality[d]);
      }
      cellBase[b] = (int) total;
      cellCount[b] = (int) count;
      total += count;
      if (total * Math.max(1, width) > MAX_SLOTS) {
        throw new IllegalArgumentException("breakdowns must have at most " + MAX_SLOTS
            + " cell-item-point slots in total, but breakdown " + b + " reaches " + total
            + " cells");
      }
    }
    this.cells = (int) total;
    this.atomMultiplier = new long[dimensions];
    long multiplier = 1;
    for (int d = dimensions - 1; d >= 0; d--) {
      atomMultiplier[d] = multiplier;
      multiplier = Math.multiplyExact(multiplier, cardinality[d] + 1L);
    }
    this.atomSpace = multiplier;
  }

  /** Number of possible atom keys: the product of (cardinality + 1) over dimensions. */
  long atomSpace() {
    return atomSpace;
  }

  /** The least common multiple of 1..m: every mean of up to m integers times it is an integer. */
  static long lcmUpTo(int m) {
    long lcm = 1;
    for (int k = 2; k <= m; k++) {
      lcm = Math.multiplyExact(lcm / gcd(lcm, k), (long) k);
    }
    return lcm;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** Number of items. */
  public int items() {
    return items;
  }

  /** Number of constructs. */
  public int constructs() {
    return constructItems.length;
  }

  /** Number of dimensions. */
  public int dimensions() {
    return dimensions;
  }

  /** Number of breakdowns. */
  public int breakdowns() {
    return breakdowns.length;
  }

  /** The scale factor of construct {@code c}: lcm(1..m) for its m items. */
  public long constructScale(int c) {
    return constructScale[c];
  }

  /** Histogram width of one cell: the sum of the items' point counts. */
  public int histogramWidth() {
    return histWidth;
  }

  /** The offset of item {@code i}'s histogram inside a cell's histogram. */
  public int histogramOffset(int i) {
    return histOffset[i];
  }

  /** The dictionary size of dimension {@code d}. */
  public int cardinality(int d) {
    return cardinality[d];
  }

  /** Number of cells of breakdown {@code b}. */
  public int cellCount(int b) {
    return cellCount[b];
  }

  /** The dimension indices of breakdown {@code b}. */
  public int[] breakdownDimensions(int b) {
    return breakdowns[b].clone();
  }

  /** The dense index of a cell of breakdown {@code b} from its dimension codes. */
  public int cellIndex(int b, int[] codes) {
    int index = 0;
    int[] dims = breakdowns[b];
    for (int k = 0; k < dims.length; k++) {
      index = index * cardinality[dims[k]] + codes[k];
    }
    return cellBase[b] + index;
  }

  /** The dimension codes of the local cell {@code local} of breakdown {@code b}. */
  public int[] cellCodes(int b, int local) {
    int[] dims = breakdowns[b];
    int[] codes = new int[dims.length];
    int rest = local;
    for (int k = dims.length - 1; k >= 0; k--) {
      codes[k] = rest % cardinality[dims[k]];
      rest /= cardinality[dims[k]];
    }
    return codes;
  }

  /** Decodes an atom key into one code per dimension, {@code -1} for missing. */
  public int[] atomCodes(long key) {
    int[] codes = new int[dimensions];
    long rest = key;
    for (int d = 0; d < dimensions; d++) {
      long code = rest / atomMultiplier[d];
      rest -= code * atomMultiplier[d];
      codes[d] = code == cardinality[d] ? -1 : (int) code;
    }
    return codes;
  }

  /** Encodes one code per dimension ({@code -1} missing) into an atom key. */
  public long atomKey(int[] codes) {
    long key = 0;
    for (int d = 0; d < dimensions; d++) {
      key += (codes[d] < 0 ? cardinality[d] : codes[d]) * atomMultiplier[d];
    }
    return key;
  }

  /**
   * Every dense cell a respondent with these dimension codes counts in: the whole organisation
   * and, per breakdown without a missing value, the cross product of the roll-up lists.
   *
   * @param codes one code per dimension, -1 for missing
   * @return dense cell indices, the whole organisation (0) first
   */
  public int[] cellsOf(int[] codes) {
    java.util.List<Integer> result = new java.util.ArrayList<>();
    result.add(0);
    for (int b = 0; b < breakdowns.length; b++) {
      int[] dims = breakdowns[b];
      boolean complete = true;
      for (int d : dims) {
        complete &= codes[d] >= 0;
      }
      if (!complete) {
        continue;
      }
      int[] cursor = new int[dims.length];
      while (true) {
        int index = 0;
        for (int k = 0; k < dims.length; k++) {
          index = index * cardinality[dims[k]] + rollup[dims[k]][codes[dims[k]]][cursor[k]];
        }
        result.add(cellBase[b] + index);
        int k = dims.length - 1;
        while (k >= 0 && ++cursor[k] == rollup[dims[k]][codes[dims[k]]].length) {
          cursor[k] = 0;
          k--;
        }
        if (k < 0) {
          break;
        }
      }
    }
    return result.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether two layouts have the same shape (dictionaries may still differ in content). */
  boolean sameShape(Layout other) {
    return Arrays.equals(itemPoints, other.itemPoints)
        && Arrays.deepEquals(constructItems, other.constructItems)
        && Arrays.equals(cardinality, other.cardinality)
        && Arrays.deepEquals(breakdowns, other.breakdowns);
  }

  @Override
  public String toString() {
    return "Layout[items=" + items + ", constructs=" + constructItems.length + ", dimensions="
        + dimensions + ", breakdowns=" + breakdowns.length + ", cells=" + cells + "]";
  }
}
