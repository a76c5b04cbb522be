package dev.belonging.internal.aggregate;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The exact, mergeable sufficient statistics of every cell of a {@link Layout}, in integers:
 * respondents per cell, per-item histograms of points (as offsets from the scale minimum), per
 * construct the number of scored respondents and the sum and 128-bit sum of squares of scaled
 * scores (a construct score is the mean of the answered items times lcm(1..m), an exact integer),
 * and respondents per atom signature (the combination of every dimension's code).
 *
 * <p>Merging adds integers, so it is associative and commutative and the result does not depend
 * on how the input was partitioned. Not thread-safe: build one per thread and merge.
 */
public final class CellTally {
  final Layout layout;
  final long[] n;
  final long[] hist;
  final long[] scored;
  final long[] sum;
  final long[] sumSqHigh;
  final long[] sumSqLow;
  final LongCounts atoms;

  /** An empty tally of the given layout. */
  public CellTally(Layout layout) {
    this(layout, 0);
  }

  /** An empty tally of the given layout, sized for about {@code expectedAtoms} atoms. */
  CellTally(Layout layout, long expectedAtoms) {
    this(layout, LongCounts.forKeySpace(layout.atomSpace(), expectedAtoms));
  }

  /** An empty tally of the given layout that takes over {@code atoms} (not copied). */
  CellTally(Layout layout, LongCounts atoms) {
    this.layout = layout;
    int cells = layout.cells;
    int constructs = layout.constructs();
    n = new long[cells];
    hist = new long[cells * layout.histWidth];
    scored = new long[cells * constructs];
    sum = new long[cells * constructs];
    sumSqHigh = new long[cells * constructs];
    sumSqLow = new long[cells * constructs];
    this.atoms = atoms;
  }

  /** The layout. */
  public Layout layout() {
    return layout;
  }

  /**
   * Adds {@code other}, which must have a layout of the same shape and the same dictionaries.
   *
   * @param other the tally to add
   * @return this tally
   * @throws IllegalArgumentException if the shapes differ
   */
  public CellTally addAll(CellTally other) {
    if (!layout.sameShape(other.layout)) {
      throw new IllegalArgumentException("tallies must have the same layout to merge, but were "
          + layout + " and " + other.layout);
    }
    addInto(n, other.n);
    addInto(hist, other.hist);
    addInto(scored, other.scored);
    addInto(sum, other.sum);
    for (int i = 0; i < sumSqLow.length; i++) {
      addSquare(i, other.sumSqHigh[i], other.sumSqLow[i]);
    }
    atoms.addAll(other.atoms);
    return this;
  }

  void addSquare(int i, long high, long low) {
    long before = sumSqLow[i];
    long after = before + low;
    sumSqLow[i] = after;
    sumSqHigh[i] += high + (Long.compareUnsigned(after, before) < 0 ? 1 : 0);
  }

  private static void addInto(long[] target, long[] source) {
    for (int i = 0; i < target.length; i++) {
      target[i] += source[i];
    }
  }

  /** Respondents in a cell (0 = the whole organisation). */
  public long respondents(int cell) {
    return n[cell];
  }

  /** The count of point offset {@code offset} of item {@code item} in a cell. */
  public long histogram(int cell, int item, int offset) {
    return hist[cell * layout.histWidth + layout.histOffset[item] + offset];
  }

  /** Respondents with a score on construct {@code c} in a cell. */
  public long scored(int cell, int c) {
    return scored[cell * layout.constructs() + c];
  }

  /** Sum of the scaled scores (point offsets times the construct's scale) of construct c. */
  public long scaledSum(int cell, int c) {
    return sum[cell * layout.constructs() + c];
  }

  /** Sum of squared scaled scores of construct c, exactly. */
  public BigInteger scaledSumOfSquares(int cell, int c) {
    int i = cell * layout.constructs() + c;
    return BigInteger.valueOf(sumSqHigh[i]).shiftLeft(64)
        .add(new BigInteger(Long.toUnsignedString(sumSqLow[i])));
  }

  /** Respondents per atom key. */
  public LongCounts atoms() {
    return atoms;
  }

  /**
   * This tally re-expressed in a layout of the same items, constructs and breakdowns but other
   * dictionaries, mapping codes dimension by dimension.
   *
   * @param target the target layout
   * @param codeMap per dimension, the target code of each of this layout's codes
   * @return a new tally
   */
  public CellTally remap(Layout target, int[][] codeMap) {
    CellTally result = new CellTally(target, atoms.size());
    int w = layout.histWidth;
    int c = layout.constructs();
    copyCell(result, 0, 0, w, c);
    for (int b = 0; b < layout.breakdowns.length; b++) {
      int[] dims = layout.breakdowns[b];
      for (int local = 0; local < layout.cellCount[b]; local++) {
        int from = layout.cellBase[b] + local;
        if (n[from] == 0) {
          continue;
        }
        int[] codes = layout.cellCodes(b, local);
        for (int k = 0; k < dims.length; k++) {
          codes[k] = codeMap[dims[k]][codes[k]];
        }
        copyCell(result, from, target.cellIndex(b, codes), w, c);
      }
    }
    long[] keys = atoms.sortedKeys();
    for (long key : keys) {
      int[] codes = layout.atomCodes(key);
      for (int d = 0; d < codes.length; d++) {
        codes[d] = codes[d] < 0 ? -1 : codeMap[d][codes[d]];
      }
      result.atoms.add(target.atomKey(codes), atoms.get(key));
    }
    return result;
  }

  private void copyCell(CellTally result, int from, int to, int w, int c) {
    result.n[to] += n[from];
    for (int s = 0; s < w; s++) {
      result.hist[to * w + s] += hist[from * w + s];
    }
    for (int k = 0; k < c; k++) {
      result.scored[to * c + k] += scored[from * c + k];
      result.sum[to * c + k] += sum[from * c + k];
      result.addSquare(to * c + k, sumSqHigh[from * c + k], sumSqLow[from * c + k]);
    }
  }

  /** Whether the integer contents are identical (atoms compared as key-count sets). */
  public boolean sameContent(CellTally other) {
    if (!(layout.sameShape(other.layout) && Arrays.equals(n, other.n)
        && Arrays.equals(hist, other.hist) && Arrays.equals(scored, other.scored)
        && Arrays.equals(sum, other.sum) && Arrays.equals(sumSqHigh, other.sumSqHigh)
        && Arrays.equals(sumSqLow, other.sumSqLow) && atoms.size() == other.atoms.size())) {
      return false;
    }
    for (long key : atoms.sortedKeys()) {
      if (atoms.get(key) != other.atoms.get(key)) {
        return false;
      }
    }
    return true;
  }

  /** A hash consistent with {@link #sameContent}. */
  public int contentHash() {
    return Arrays.hashCode(n) * 31 + Arrays.hashCode(hist);
  }

  @Override
  public String toString() {
    return "CellTally[" + layout + "]";
  }
}
