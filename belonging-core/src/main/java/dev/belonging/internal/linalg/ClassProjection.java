package dev.belonging.internal.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

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
 * <p>This class keeps {@code out(R)} in exact fraction-free reduced row echelon form (integer
 * rows divided by their gcd; a pivot's column is zero in the other rows), updated row by row. A
 * vector lies in {@code out(R) + span(e_m)} exactly when its residual is a multiple of {@code
 * e_m}'s residual: {@code e_m} itself if {@code m} is no pivot, otherwise the rest of {@code m}'s
 * row. The arithmetic is exact {@code long} arithmetic; an overflow throws {@link
 * ArithmeticException}, and the space then never skips the class (the safe direction).
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

  /** A sparse residue vector, normalised to a leading 1, as a key to compare directions. */
  private record Direction(int[] cols, long[] vals) {
    static Direction of(int[] cols, long[] vals) {
      long[] scaled = vals.clone();
      normalize(scaled);
      if (scaled[0] < 0) {
        for (int i = 0; i < scaled.length; i++) {
          scaled[i] = -scaled[i];
        }
      }
      return new Direction(cols, scaled);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Direction d && Arrays.equals(cols, d.cols) && Arrays.equals(vals, d.vals);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(cols) + Arrays.hashCode(vals);
    }

    @Override
    public String toString() {
      return "Direction(" + cols.length + " entries)";
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
    for (int i = 0; i < from.length; i++) {
      if (!freshOutside[i]) {
        continue; // the new part lies inside: the projection keeps the old column as it was
      }
      boolean rename = !fromOutside[i];
      for (int r = 0; r < p.rowCols.size(); r++) {
        int[] cols = p.rowCols.get(r);
        int at = Arrays.binarySearch(cols, from[i]);
        if (at < 0) {
          continue;
        }
        long[] vals = p.rowVals.get(r);
        long v = vals[at];
        int[] nc;
        long[] nv;
        if (rename) {
          // The column's outside part is the new column now; the old one lies inside.
          nc = new int[cols.length];
          nv = new long[cols.length];
          System.arraycopy(cols, 0, nc, 0, at);
          System.arraycopy(vals, 0, nv, 0, at);
          System.arraycopy(cols, at + 1, nc, at, cols.length - at - 1);
          System.arraycopy(vals, at + 1, nv, at, cols.length - at - 1);
        } else {
          nc = Arrays.copyOf(cols, cols.length + 1);
          nv = Arrays.copyOf(vals, cols.length + 1);
        }
        nc[nc.length - 1] = fresh[i];
        nv[nv.length - 1] = v;
        p.rowCols.set(r, nc);
        p.rowVals.set(r, nv);
        if (rename && p.pivots.get(r) == from[i]) {
          p.pivots.set(r, fresh[i]);
          p.rowOf[from[i]] = -1;
          p.rowOf[fresh[i]] = r;
        }
      }
    }
    p.insert(outCols, outVals, new long[columns]);
    return p;
  }

  /** Inserts a vector into the RREF (nothing if it is in the span already). */
  private void insert(int[] cols, long[] vals, long[] scratch) {
    long[] reduced = reduce(cols, vals, scratch);
    if (reduced.length == 0) {
      return;
    }
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
      long f = ov[at];
      for (int i = 0; i < oc.length; i++) {
        scratch[oc[i]] = Math.multiplyExact(rp, ov[i]);
      }
      for (int i = 0; i < rc.length; i++) {
        scratch[rc[i]] = Math.subtractExact(scratch[rc[i]], Math.multiplyExact(f, rv[i]));
      }
      int[] union = union(oc, rc);
      int n = 0;
      for (int c : union) {
        if (scratch[c] != 0) {
          n++;
        }
      }
      int[] nc = new int[n];
      long[] nv = new long[n];
      n = 0;
      for (int c : union) {
        if (scratch[c] != 0) {
          nc[n] = c;
          nv[n++] = scratch[c];
        }
        scratch[c] = 0;
      }
      normalize(nv);
      rowCols.set(r, nc);
      rowVals.set(r, nv);
    }
    rowOf[pivot] = rowCols.size();
    rowCols.add(rc);
    rowVals.add(rv);
    pivots.add(pivot);
  }

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
      long f = vv[at];
      for (int j = 0; j < vc.length; j++) {
        scratch[vc[j]] = Math.multiplyExact(den, vv[j]);
      }
      for (int j = 0; j < rc.length; j++) {
        scratch[rc[j]] = Math.subtractExact(scratch[rc[j]], Math.multiplyExact(f, rv[j]));
      }
      int[] union = union(vc, rc);
      int n = 0;
      for (int c : union) {
        if (scratch[c] != 0) {
          n++;
        }
      }
      int[] nc = new int[n];
      long[] nv = new long[n];
      n = 0;
      for (int c : union) {
        if (scratch[c] != 0) {
          nc[n] = c;
          nv[n++] = scratch[c];
        }
        scratch[c] = 0;
      }
      normalize(nv);
      vc = nc;
      vv = nv;
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

  /** Divides by the gcd of the entries (exact vectors are kept primitive). */
  private static void normalize(long[] vals) {
    long g = 0;
    for (long v : vals) {
      g = gcd(g, Math.abs(v));
      if (g == 1) {
        return;
      }
    }
    if (g > 1) {
      for (int i = 0; i < vals.length; i++) {
        vals[i] /= g;
      }
    }
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
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

  /**
   * The test for one candidate.
   *
   * @param cols ascending columns of the candidate's outside part, in this projection's columns
   * @param vals its entries (exact)
   * @param member which columns may be a coalition member's own (null: no coalition)
   * @return whether the part lies in the span, or in the span plus {@code e_m} for a column
   *     {@code m} that {@code member} admits
   * @throws ArithmeticException if exact arithmetic overflows
   */
  boolean completesTheSpan(int[] cols, long[] vals, @org.jspecify.annotations.Nullable
      IntPredicate member) {
    long[] residual = reduce(cols, vals, new long[rowOf.length]);
    if (residual.length == 0) {
      return true;
    }
    if (member == null) {
      return false;
    }
    int[] rc = columnsOf(residual);
    long[] rv = valuesOf(residual);
    if (rc.length == 1 && rowOf[rc[0]] < 0 && member.test(rc[0])) {
      return true; // a column that is no pivot reduces to itself
    }
    Direction wanted = Direction.of(rc, rv);
    // A pivot's column reduces to minus the rest of its row.
    for (int r = 0; r < rowCols.size(); r++) {
      int[] c = rowCols.get(r);
      int pivot = pivots.get(r);
      if (c.length != rc.length + 1 || !member.test(pivot)) {
        continue;
      }
      int at = Arrays.binarySearch(c, pivot);
      long[] v = rowVals.get(r);
      int[] restCols = new int[rc.length];
      long[] restVals = new long[rc.length];
      System.arraycopy(c, 0, restCols, 0, at);
      System.arraycopy(v, 0, restVals, 0, at);
      System.arraycopy(c, at + 1, restCols, at, c.length - at - 1);
      System.arraycopy(v, at + 1, restVals, at, c.length - at - 1);
      if (wanted.equals(Direction.of(restCols, restVals))) {
        return true;
      }
    }
    return false;
  }
}
