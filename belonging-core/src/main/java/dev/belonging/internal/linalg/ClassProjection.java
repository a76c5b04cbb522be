package dev.belonging.internal.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * For one class of an {@link ExactRowSpace}, the published rows seen <em>outside</em> the class:
 * enough to prove that a new row cannot make any new vector derivable whose support lies inside
 * the class, except perhaps for one coalition member's column.
 *
 * <p>Let {@code R} be the row space, {@code C} the class's columns and {@code out} the projection
 * onto the other columns. The vectors of {@code R} that vanish outside {@code C} form a space
 * {@code V_C}; with a coalition member {@code m} outside the class, those that vanish outside
 * {@code C} and {@code m} form {@code V_C,m}. Adding a row {@code c} enlarges {@code V_C} only if
 * {@code out(c)} lies in {@code out(R)} (otherwise the projection's rank grows with the rank of
 * {@code R}), and enlarges {@code V_C,m} only if {@code out(c)} lies in {@code out(R) +
 * span(e_m)}. When neither holds for any admissible member, every vector of the new row space
 * that the class's search could find was already derivable before, and the old row space holds
 * no small vector: the class's search is skipped.
 *
 * <p>The projection is kept in exact fraction-free reduced row echelon form (integer rows divided
 * by their gcd; a pivot's column is zero in the other rows), from which two kernel vectors
 * {@code y1, y2} are solved: images modulo {@link Mod#P} of exact rational vectors with {@code
 * out(r) . y = 0} for every row, random at the free columns. If {@code out(c) . y != 0} modulo the
 * prime, it is nonzero exactly, which proves {@code out(c)} outside the span; {@code out(c) - a
 * e_m} can lie in the span only if {@code (out(c) . y1, out(c) . y2)} is a multiple of {@code
 * (y1[m], y2[m])}, so a look-up by that direction finds every member that could complete it. The
 * random values can only make the test find a dependency that does not exist (probability about
 * {@code 2^-122} per test), which runs the search (the safe direction). Exact arithmetic is
 * {@code long} arithmetic; an overflow throws {@link ArithmeticException}, and the space then runs
 * the class's search.
 *
 * <p>Immutable: {@link #afterRow} returns an updated copy (rows are shared), so copies of a space
 * can share it across threads.
 */
final class ClassProjection {
  /** RREF rows: ascending columns and primitive integer entries, positive at the pivot. */
  private final List<int[]> rowCols;
  private final List<long[]> rowVals;
  private final List<Integer> pivots;
  /** Per column, the row whose pivot it is, or -1. */
  private final int[] rowOf;
  private long[] y1 = new long[0];
  private long[] y2 = new long[0];
  /** The columns by their direction {@code y2[m] / y1[m]} ({@link #INFINITE} if y1[m] is 0). */
  private long[] directionKeys = new long[0];
  private int[] directionColumns = new int[0];
  /** False if a pivot entry was divisible by the prime: the projection never skips. */
  private boolean usable = true;
  private static final long INFINITE = Mod.P;
  /**
   * Marks a class whose projection overflowed exact {@code long} arithmetic: its search always
   * runs, until the classes change.
   */
  static final ClassProjection OVERFLOWED = new ClassProjection(0, new ArrayList<>(),
      new ArrayList<>(), new ArrayList<>(), new int[0]);

  static {
    OVERFLOWED.usable = false; // completesTheSpan: always "may lie in the span"
  }

  private ClassProjection(int columns, List<int[]> rowCols, List<long[]> rowVals,
      List<Integer> pivots, int[] rowOf) {
    this.rowCols = rowCols;
    this.rowVals = rowVals;
    this.pivots = pivots;
    this.rowOf = rowOf.length == columns ? rowOf : Arrays.copyOf(rowOf, columns);
    for (int c = rowOf.length; c < columns; c++) {
      this.rowOf[c] = -1;
    }
  }

  /**
   * The projection of some rows.
   *
   * @param columns the number of columns
   * @param outCols per row, its columns outside the class (ascending)
   * @param outVals the row's entries there (exact; any common factor)
   * @throws ArithmeticException if exact arithmetic overflows
   */
  static ClassProjection build(int columns, List<int[]> outCols, List<long[]> outVals) {
    ClassProjection p = new ClassProjection(columns, new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), new int[0]);
    long[] scratch = new long[columns];
    for (int i = 0; i < outCols.size(); i++) {
      p.insert(outCols.get(i), outVals.get(i), scratch);
    }
    p.solve();
    return p;
  }

  /**
   * The projection after a row was added: the live splits became permanent (a new column is a
   * copy of the column it was split from; a part inside the class is not projected) and the
   * row's outside part joined the span.
   *
   * @param columns the number of columns now
   * @param from per split, the column split
   * @param fresh per split, the new column (ascending, above every column before)
   * @param fromOutside per split, whether the split column's remaining part is outside the class
   * @param freshOutside per split, whether the new part is outside the class
   * @param outCols the new row's columns outside the class (ascending)
   * @param outVals its entries there (exact)
   * @throws ArithmeticException if exact arithmetic overflows
   */
  ClassProjection afterRow(int columns, int[] from, int[] fresh, boolean[] fromOutside,
      boolean[] freshOutside, int[] outCols, long[] outVals) {
    ClassProjection p = new ClassProjection(columns, new ArrayList<>(rowCols),
        new ArrayList<>(rowVals), new ArrayList<>(pivots), rowOf.clone());
    // Per split column, its split (the new part outside the class only: a part inside is not
    // projected). Each row is rewritten once for all its split columns.
    int[] splitOf = new int[columns];
    Arrays.fill(splitOf, -1);
    for (int i = 0; i < from.length; i++) {
      if (freshOutside[i]) {
        splitOf[from[i]] = i;
      }
    }
    for (int r = 0; r < p.rowCols.size() && from.length > 0; r++) {
      int[] cols = p.rowCols.get(r);
      long[] vals = p.rowVals.get(r);
      int[] hits = new int[cols.length];
      int nHits = 0;
      int removed = 0;
      for (int j = 0; j < cols.length; j++) {
        int k = splitOf[cols[j]];
        if (k >= 0) {
          hits[nHits++] = j;
          removed += fromOutside[k] ? 0 : 1; // renamed: the old column now lies inside
        }
      }
      if (nHits == 0) {
        continue;
      }
      int[] nc = new int[cols.length - removed + nHits];
      long[] nv = new long[nc.length];
      int n = 0;
      for (int j = 0; j < cols.length; j++) {
        int k = splitOf[cols[j]];
        if (k < 0 || fromOutside[k]) {
          nc[n] = cols[j];
          nv[n++] = vals[j];
        }
      }
      // The new columns are above every old one, ascending in split order.
      int[] order = new int[nHits];
      for (int h = 0; h < nHits; h++) {
        order[h] = splitOf[cols[hits[h]]];
      }
      Arrays.sort(order);
      for (int k : order) {
        nc[n] = fresh[k];
        nv[n++] = vals[Arrays.binarySearch(cols, from[k])];
        if (!fromOutside[k] && p.pivots.get(r) == from[k]) {
          p.pivots.set(r, fresh[k]);
          p.rowOf[from[k]] = -1;
          p.rowOf[fresh[k]] = r;
        }
      }
      p.rowCols.set(r, nc);
      p.rowVals.set(r, nv);
    }
    p.usable = usable;
    p.y1 = Arrays.copyOf(y1, columns);
    p.y2 = Arrays.copyOf(y2, columns);
    SplittableRandom random = new SplittableRandom(columns * 1_000_003L + rowCols.size());
    for (int i = 0; i < from.length; i++) {
      // Keep y in the kernel: a copy shares its column's entry, a renamed column takes it over.
      for (long[] y : new long[][] {p.y1, p.y2}) {
        if (freshOutside[i] && fromOutside[i]) {
          long part = random.nextLong(1, Mod.P);
          y[fresh[i]] = part;
          y[from[i]] = Mod.sub(y[from[i]], part);
        } else if (freshOutside[i]) {
          y[fresh[i]] = y[from[i]];
          y[from[i]] = 0;
        } else {
          y[fresh[i]] = 0;
        }
      }
    }
    p.insertKeepingKernel(outCols, outVals, new long[columns]);
    p.indexDirections();
    return p;
  }

  /**
   * Inserts a vector and moves the kernel vectors into the smaller kernel along the new pivot
   * {@code q}'s kernel vector {@code u} (1 at {@code q}, {@code -row[q] / den} at the pivots of the
   * rows that have {@code q}): {@code y - (c . y / c . u) u} is in the kernel of the old rows and
   * of {@code c}, and stays uniformly random there.
   */
  private void insertKeepingKernel(int[] cols, long[] vals, long[] scratch) {
    long[] reduced = reduce(cols, vals, scratch);
    if (reduced.length == 0) {
      return; // already in the span: the kernel is unchanged
    }
    if (usable) {
      int q = (int) reduced[0];
      int[] uCols = new int[rowCols.size() + 1];
      long[] uVals = new long[uCols.length];
      int nu = 0;
      uCols[nu] = q;
      uVals[nu++] = 1;
      for (int r = 0; r < rowCols.size() && usable; r++) {
        int[] oc = rowCols.get(r);
        int at = Arrays.binarySearch(oc, q);
        if (at < 0) {
          continue;
        }
        int pivot = pivots.get(r);
        long den = Mod.of(rowVals.get(r)[Arrays.binarySearch(oc, pivot)]);
        if (den == 0) {
          usable = false;
        } else {
          uCols[nu] = pivot;
          uVals[nu++] = Mod.sub(0, Mod.mul(Mod.of(rowVals.get(r)[at]), Mod.inverse(den)));
        }
      }
      long c1 = dot(cols, vals, y1);
      long c2 = dot(cols, vals, y2);
      long cu = 0;
      for (int j = 0; j < nu; j++) {
        int at = Arrays.binarySearch(cols, uCols[j]);
        if (at >= 0) {
          cu = Mod.add(cu, Mod.mul(Mod.of(vals[at]), uVals[j]));
        }
      }
      if (cu == 0) {
        usable = false;
      }
      if (usable) {
        long inverse = Mod.inverse(cu);
        long f1 = Mod.mul(c1, inverse);
        long f2 = Mod.mul(c2, inverse);
        for (int j = 0; j < nu; j++) {
          y1[uCols[j]] = Mod.sub(y1[uCols[j]], Mod.mul(f1, uVals[j]));
          y2[uCols[j]] = Mod.sub(y2[uCols[j]], Mod.mul(f2, uVals[j]));
        }
      }
    }
    insertReduced(reduced, scratch);
  }

  /** Inserts a vector into the RREF (nothing if it is in the span already). */
  private void insert(int[] cols, long[] vals, long[] scratch) {
    long[] reduced = reduce(cols, vals, scratch);
    if (reduced.length == 0) {
      return;
    }
    insertReduced(reduced, scratch);
  }

  /** Inserts a nonzero reduced vector (packed, as {@link #reduce} returns it). */
  private void insertReduced(long[] reduced, long[] scratch) {
    int[] rc = columnsOf(reduced);
    long[] rv = valuesOf(reduced);
    if (rv[0] < 0) {
      for (int i = 0; i < rv.length; i++) {
        rv[i] = -rv[i];
      }
    }
    int pivot = rc[0];
    long rp = rv[0];
    // Keep the echelon form reduced: clear the new pivot from the rows that have it.
    for (int r = 0; r < rowCols.size(); r++) {
      int[] oc = rowCols.get(r);
      int at = Arrays.binarySearch(oc, pivot);
      if (at < 0) {
        continue;
      }
      long[] ov = rowVals.get(r);
      Sparse combined = combine(oc, ov, rp, rc, rv, ov[at], scratch);
      rowCols.set(r, combined.cols());
      rowVals.set(r, combined.vals());
    }
    rowOf[pivot] = rowCols.size();
    rowCols.add(rc);
    rowVals.add(rv);
    pivots.add(pivot);
  }

  /**
   * {@code a * x - b * y} divided by its gcd, over the union of the columns, its zero entries
   * dropped; the scratch array is left all zero.
   */
  private static Sparse combine(int[] xCols, long[] xVals, long a, int[] yCols, long[] yVals,
      long b, long[] scratch) {
    for (int i = 0; i < xCols.length; i++) {
      scratch[xCols[i]] = Math.multiplyExact(a, xVals[i]);
    }
    for (int i = 0; i < yCols.length; i++) {
      scratch[yCols[i]] = Math.subtractExact(scratch[yCols[i]], Math.multiplyExact(b, yVals[i]));
    }
    int[] union = union(xCols, yCols);
    int n = 0;
    for (int c : union) {
      if (scratch[c] != 0) {
        n++;
      }
    }
    int[] cols = new int[n];
    long[] vals = new long[n];
    n = 0;
    for (int c : union) {
      if (scratch[c] != 0) {
        cols[n] = c;
        vals[n++] = scratch[c];
      }
      scratch[c] = 0;
    }
    ExactRowSpace.normalize(vals);
    return new Sparse(cols, vals);
  }

  /** The product of an exact sparse vector with a kernel vector, modulo the prime. */
  private static long dot(int[] cols, long[] vals, long[] y) {
    long sum = 0;
    for (int i = 0; i < cols.length; i++) {
      sum = Mod.add(sum, Mod.mul(Mod.of(vals[i]), y[cols[i]]));
    }
    return sum;
  }

  /** A sparse exact vector: ascending columns and their nonzero entries. */
  private record Sparse(int[] cols, long[] vals) {}

  private static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      int x = i < a.length ? a[i] : Integer.MAX_VALUE;
      int y = j < b.length ? b[j] : Integer.MAX_VALUE;
      if (x < y) {
        out[n++] = x;
        i++;
      } else if (y < x) {
        out[n++] = y;
        j++;
      } else {
        out[n++] = x;
        i++;
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Reduces a sparse vector by the RREF rows (a multiple of the vector minus a combination of
   * rows, zero at every pivot, divided by its gcd). Returns its entries as {@code (column, value)}
   * pairs packed in one array ({@code 2n} longs, ascending columns, nonzero values); the scratch
   * array is left all zero.
   */
  private long[] reduce(int[] cols, long[] vals, long[] scratch) {
    int[] vc = cols;
    long[] vv = vals;
    // Each step clears one pivot: v = den * v - v[p] * row_p (rows vanish at the other pivots).
    for (int i = 0; i < cols.length; i++) {
      int r = rowOf[cols[i]];
      if (r < 0) {
        continue;
      }
      int at = Arrays.binarySearch(vc, cols[i]);
      if (at < 0 || vv[at] == 0) {
        continue;
      }
      int[] rc = rowCols.get(r);
      long[] rv = rowVals.get(r);
      long den = rv[Arrays.binarySearch(rc, cols[i])];
      Sparse combined = combine(vc, vv, den, rc, rv, vv[at], scratch);
      vc = combined.cols();
      vv = combined.vals();
    }
    long[] packed = new long[2 * vc.length];
    int n = 0;
    for (int j = 0; j < vc.length; j++) {
      if (vv[j] != 0) {
        packed[2 * n] = vc[j];
        packed[2 * n + 1] = vv[j];
        n++;
      }
    }
    return Arrays.copyOf(packed, 2 * n);
  }

  private static int[] columnsOf(long[] packed) {
    int[] cols = new int[packed.length / 2];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = (int) packed[2 * i];
    }
    return cols;
  }

  private static long[] valuesOf(long[] packed) {
    long[] vals = new long[packed.length / 2];
    for (int i = 0; i < vals.length; i++) {
      vals[i] = packed[2 * i + 1];
    }
    return vals;
  }

  /** Solves the two kernel vectors (free columns random) and indexes the directions. */
  private void solve() {
    SplittableRandom random = new SplittableRandom(rowOf.length * 1_000_003L + rowCols.size());
    int n = rowOf.length;
    y1 = new long[n];
    y2 = new long[n];
    for (int c = 0; c < n; c++) {
      if (rowOf[c] < 0) {
        y1[c] = random.nextLong(1, Mod.P);
        y2[c] = random.nextLong(1, Mod.P);
      }
    }
    // A row is zero at the other pivots, so each pivot is solved from free columns alone.
    for (int r = 0; r < rowCols.size(); r++) {
      int c = pivots.get(r);
      int[] rc = rowCols.get(r);
      long[] rv = rowVals.get(r);
      long den = 0;
      long s1 = 0;
      long s2 = 0;
      for (int j = 0; j < rc.length; j++) {
        long v = Mod.of(rv[j]);
        if (rc[j] == c) {
          den = v;
        } else {
          s1 = Mod.add(s1, Mod.mul(v, y1[rc[j]]));
          s2 = Mod.add(s2, Mod.mul(v, y2[rc[j]]));
        }
      }
      if (den == 0) {
        usable = false;
        return;
      }
      long inverse = Mod.inverse(den);
      y1[c] = Mod.sub(0, Mod.mul(s1, inverse));
      y2[c] = Mod.sub(0, Mod.mul(s2, inverse));
    }
    indexDirections();
  }

  /** Sorts the columns by direction, with one modular inverse for all (Montgomery's trick). */
  private void indexDirections() {
    int n = y1.length;
    long[] prefix = new long[n + 1];
    prefix[0] = 1;
    for (int c = 0; c < n; c++) {
      prefix[c + 1] = y1[c] == 0 ? prefix[c] : Mod.mul(prefix[c], y1[c]);
    }
    long inverse = Mod.inverse(prefix[n]);
    long[] keys = new long[n];
    for (int c = n - 1; c >= 0; c--) {
      if (y1[c] == 0) {
        keys[c] = y2[c] == 0 ? -1 : INFINITE;
        continue;
      }
      long inv = Mod.mul(inverse, prefix[c]); // 1 / y1[c]
      inverse = Mod.mul(inverse, y1[c]);
      keys[c] = Mod.mul(y2[c], inv);
    }
    int m = 0;
    for (int c = 0; c < n; c++) {
      m += keys[c] >= 0 ? 1 : 0; // -1: e_c lies in the span, as a member it adds nothing
    }
    Integer[] order = new Integer[m];
    m = 0;
    for (int c = 0; c < n; c++) {
      if (keys[c] >= 0) {
        order[m++] = c;
      }
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    directionKeys = new long[m];
    directionColumns = new int[m];
    for (int i = 0; i < m; i++) {
      directionKeys[i] = keys[order[i]];
      directionColumns[i] = order[i];
    }
  }

  /**
   * The test for one candidate.
   *
   * @param cols ascending columns of the candidate's outside part, in this projection's columns
   * @param vals its entries (exact)
   * @param member which columns may be a coalition member's own (null: no coalition)
   * @return whether the part may lie in the span, or in the span plus {@code e_m} for a column
   *     {@code m} that {@code member} admits; false is a proof that it does not
   */
  boolean completesTheSpan(int[] cols, long[] vals, @Nullable IntPredicate member) {
    if (!usable) {
      return true;
    }
    long s1 = dot(cols, vals, y1);
    long s2 = dot(cols, vals, y2);
    if (s1 == 0 && s2 == 0) {
      return true;
    }
    if (member == null) {
      return false;
    }
    long key = s1 == 0 ? INFINITE : Mod.mul(s2, Mod.inverse(s1));
    int at = Arrays.binarySearch(directionKeys, key);
    if (at < 0) {
      return false;
    }
    while (at > 0 && directionKeys[at - 1] == key) {
      at--;
    }
    for (; at < directionKeys.length && directionKeys[at] == key; at++) {
      if (member.test(directionColumns[at])) {
        return true;
      }
    }
    return false;
  }
}
