package dev.belonging.internal.linalg;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The row space of a growing set of 0/1 rows over weighted columns, kept in exact reduced row
 * echelon form (RREF), with a check that refuses a new row when it would put a <em>small</em> 0/1
 * vector into the row space.
 *
 * <p>Rows are stored fraction-free: integer vectors whose entries are divided by the (positive)
 * entry at the row's pivot column; every pivot column is zero in all other rows. Arithmetic is
 * exact {@code long} arithmetic with overflow detection; an overflow never produces a wrong
 * answer, it makes {@link #tryAdd} refuse the row (the safe direction for disclosure control).
 *
 * <p>A vector {@code x} is <em>small</em> when it is a 0/1 vector, nonzero, whose support has
 * total column weight below the threshold ({@link Limits#threshold()}, or {@link
 * Limits#flaggedThreshold()} when every column of the support is flagged). With a coalition
 * budget {@code c = 1}, {@code x} may in addition take any value on one column of weight 1 (the
 * coalition member's own column), whose weight then counts towards the support; see
 * {@link #tryAdd}.
 *
 * <p><b>Why the search is exhaustive.</b> In RREF a vector {@code x} of the row space equals
 * {@code sum over pivots p of x[p] * row_p}. A small 0/1 {@code x} therefore is the sum of the
 * rows whose pivots lie in its support, a set {@code P} whose pivot weights add up to less than
 * the threshold. The search grows {@code P} from every row that the new row created or changed
 * (a vector that uses none of them was in the old row space, already checked); whenever the
 * partial sum has an entry outside {0, 1}, some row still to add must touch that column, so the
 * search branches over the rows touching it; when the partial sum is 0/1 but too heavy, a row
 * still to add must touch one of the columns of a set whose weight exceeds what may survive, so
 * the search branches over the rows touching that set. It runs in two passes: vectors below
 * {@link Limits#threshold()} on any columns, then (if higher) vectors below {@link
 * Limits#flaggedThreshold()} on flagged columns only, where an unflagged entry must cancel and a
 * row with an unflagged pivot cannot take part; the first pass so stays {@code threshold - 1}
 * rows deep. The search is bounded by a node budget; exhausting it counts as "a small vector may
 * exist" (again the safe direction).
 *
 * <p>Not thread-safe; confined to one owner.
 */
public final class ExactRowSpace {

  /**
   * Thresholds of one search.
   *
   * @param threshold a support weight below this is small
   * @param flaggedThreshold a support weight below this is small when all its columns are flagged;
   *     at least {@code threshold}
   * @param coalition 0 or 1: how many respondents may combine their own knowledge
   * @param nodeBudget the most search work per added row (row entries visited, summed over search
   *     nodes) before refusing conservatively
   */
  public record Limits(long threshold, long flaggedThreshold, int coalition, int nodeBudget) {
    /** Checks the ranges. */
    public Limits {
      if (!(threshold >= 1 && flaggedThreshold >= threshold && coalition >= 0 && coalition <= 1
          && nodeBudget >= 1)) {
        throw new IllegalArgumentException("limits out of range: threshold " + threshold
            + ", flaggedThreshold " + flaggedThreshold + ", coalition " + coalition);
      }
    }
  }

  /** What {@link #tryAdd} did. */
  public enum Outcome {
    /** The row was already in the row space; nothing changed. */
    DEPENDENT,
    /** The row was added. */
    ADDED,
    /** The row would make a small vector derivable (or the check ran out of budget); refused. */
    REFUSED
  }

  private static final class Row {
    final int pivot;
    final int[] cols;
    final long[] vals;

    Row(int pivot, int[] cols, long[] vals) {
      this.pivot = pivot;
      this.cols = cols;
      this.vals = vals;
    }

    long at(int col) {
      int i = Arrays.binarySearch(cols, col);
      return i >= 0 ? vals[i] : 0;
    }

    long den() {
      return at(pivot);
    }
  }

  /** Diagnostics: searches that ran out of budget, and search nodes, since creation. */
  private long exhaustedSearches;
  private long searchNodes;
  private boolean exhausted;

  private long[] weight = new long[16];
  private boolean[] flagged = new boolean[16];
  private int[] pivotRow = new int[16];
  private int[][] touching = new int[16][];
  private int[] touchingSize = new int[16];
  private int columns;
  private final List<Row> rows = new ArrayList<>();

  /** An empty row space over no columns. */
  public ExactRowSpace() {}

  /** The number of searches that ran out of budget (and refused conservatively). */
  public long exhaustedSearches() {
    return exhaustedSearches;
  }

  /** The number of search nodes visited so far. */
  public long searchNodes() {
    return searchNodes;
  }

  /** The number of columns. */
  public int columns() {
    return columns;
  }

  /** The rank (number of independent rows added). */
  public int rank() {
    return rows.size();
  }

  /** The weight of a column. */
  public long weight(int col) {
    return weight[col];
  }

  /**
   * Adds a column that no row touches yet.
   *
   * @param columnWeight its weight, positive
   * @param flag whether it is flagged (stricter threshold)
   * @return the new column's index
   */
  public int addColumn(long columnWeight, boolean flag) {
    ensureCapacity(columns + 1);
    int col = columns++;
    weight[col] = columnWeight;
    flagged[col] = flag;
    pivotRow[col] = -1;
    touching[col] = new int[2];
    touchingSize[col] = 0;
    return col;
  }

  /** Whether a column is flagged (stricter threshold). */
  public boolean isFlagged(int col) {
    return flagged[col];
  }

  /** Flags or unflags a column (stricter threshold). */
  public void setFlagged(int col, boolean flag) {
    flagged[col] = flag;
  }

  /**
   * Splits a column: a new column receives {@code movedWeight} of its weight and, in every row,
   * the same entry. The RREF stays valid (a copy of a pivot column is a non-pivot column touched
   * by the pivot's row only).
   *
   * @param col the column to split
   * @param movedWeight the new column's weight, in (0, weight(col))
   * @return the new column's index
   */
  public int splitColumn(int col, long movedWeight) {
    return splitColumns(new int[] {col}, new long[] {movedWeight})[0];
  }

  /**
   * Splits several distinct columns at once, as {@link #splitColumn} one after the other but
   * copying each row only once.
   *
   * @param cols the distinct columns to split
   * @param movedWeights per column, the new column's weight, in (0, weight(col))
   * @return the new columns' indices, consecutive and in the order of {@code cols}
   */
  public int[] splitColumns(int[] cols, long[] movedWeights) {
    for (int i = 0; i < cols.length; i++) {
      if (!(movedWeights[i] > 0 && movedWeights[i] < weight[cols[i]])) {
        throw new IllegalArgumentException("movedWeight must be in (0, " + weight[cols[i]]
            + "), but was " + movedWeights[i]);
      }
    }
    int[] fresh = new int[cols.length];
    Map<Integer, List<Integer>> byRow = new HashMap<>();
    for (int i = 0; i < cols.length; i++) {
      fresh[i] = addColumn(movedWeights[i], flagged[cols[i]]);
      weight[cols[i]] -= movedWeights[i];
      for (int r : touchingRows(cols[i], null, null)) {
        byRow.computeIfAbsent(r, x -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<Integer, List<Integer>> e : byRow.entrySet()) {
      int r = e.getKey();
      Row row = rows.get(r);
      int n = row.cols.length;
      // The fresh columns are the largest indices, ascending in i, so appending keeps the order.
      int[] newCols = Arrays.copyOf(row.cols, n + e.getValue().size());
      long[] newVals = Arrays.copyOf(row.vals, newCols.length);
      for (int i : e.getValue()) {
        newCols[n] = fresh[i];
        newVals[n++] = row.at(cols[i]);
        addTouching(fresh[i], r);
      }
      rows.set(r, new Row(row.pivot, newCols, newVals));
    }
    return fresh;
  }

  /**
   * Undoes the most recent {@link #splitColumns}: the newest columns are merged back into the
   * columns they were split from, which get their weight back. Valid only while each pair of
   * columns still has equal entries in every row (no row was added since the split, as after a
   * refused {@link #tryAdd}), so the row space over the merged columns is the one before the
   * split. The flags of {@code into} are left as they are.
   *
   * @param fresh the newest columns, consecutive up to {@code columns() - 1}
   * @param into per fresh column, the column it was split from (an older one)
   * @throws IllegalStateException if {@code fresh} are not the newest non-pivot columns, or some
   *     row has different entries in a fresh column and its origin
   */
  public void mergeNewestColumns(int[] fresh, int[] into) {
    int first = columns - fresh.length;
    for (int i = 0; i < fresh.length; i++) {
      if (fresh[i] != first + i || into[i] < 0 || into[i] >= first || pivotRow[fresh[i]] >= 0) {
        throw new IllegalStateException("column " + fresh[i]
            + " is not one of the newest non-pivot columns split from " + into[i]);
      }
    }
    Map<Integer, Row> truncated = new HashMap<>();
    for (int i = 0; i < fresh.length; i++) {
      for (int r : touchingRows(fresh[i], null, null)) {
        Row row = rows.get(r);
        if (row.at(into[i]) != row.at(fresh[i])) {
          throw new IllegalStateException("columns " + fresh[i] + " and " + into[i]
              + " differ in row " + r);
        }
        if (!truncated.containsKey(r)) {
          int keep = 0;
          while (keep < row.cols.length && row.cols[keep] < first) {
            keep++;
          }
          truncated.put(r, new Row(row.pivot, Arrays.copyOf(row.cols, keep),
              Arrays.copyOf(row.vals, keep)));
        }
      }
    }
    truncated.forEach(rows::set);
    for (int i = fresh.length - 1; i >= 0; i--) {
      weight[into[i]] += weight[fresh[i]];
      weight[fresh[i]] = 0;
      flagged[fresh[i]] = false;
      touching[fresh[i]] = new int[2];
      touchingSize[fresh[i]] = 0;
    }
    columns = first;
  }

  /**
   * Whether the 0/1 vector with the given support is in the row space.
   *
   * @param support sorted distinct column indices
   * @return true if derivable
   * @throws ArithmeticException if exact {@code long} arithmetic overflows
   */
  public boolean contains(int[] support) {
    return reduce(support).length == 0;
  }

  /**
   * A kernel witness proving that the 0/1 vector with the given support is not in the row space:
   * an integer vector {@code z} with {@code row . z = 0} for every row added and {@code v . z !=
   * 0}.
   *
   * @param support sorted distinct column indices of {@code v}
   * @return the witness as a map from column to entry, or null if {@code v} is in the row space
   * @throws ArithmeticException if exact {@code long} arithmetic overflows
   */
  public @Nullable Map<Integer, BigInteger> kernelWitness(int[] support) {
    long[][] residual = reduce(support);
    if (residual.length == 0) {
      return null;
    }
    int free = (int) residual[0][0];
    // z[free] = L, z[p] = -L * row_p[free] / den_p for the rows touching the free column.
    int[] touchingFree = touchingRows(free, null, null);
    BigInteger lcm = BigInteger.ONE;
    for (int r : touchingFree) {
      BigInteger den = BigInteger.valueOf(rows.get(r).den());
      lcm = lcm.divide(lcm.gcd(den)).multiply(den);
    }
    Map<Integer, BigInteger> z = new HashMap<>();
    z.put(free, lcm);
    for (int r : touchingFree) {
      Row row = rows.get(r);
      BigInteger entry = lcm.multiply(BigInteger.valueOf(row.at(free)))
          .divide(BigInteger.valueOf(row.den())).negate();
      z.put(row.pivot, entry);
    }
    return z;
  }

  /**
   * Adds the 0/1 row with the given support unless that would make a small vector derivable.
   *
   * @param support sorted distinct column indices
   * @param limits the thresholds
   * @return what happened; on {@link Outcome#REFUSED} the row space is unchanged
   */
  public Outcome tryAdd(int[] support, Limits limits) {
    try {
      return tryAddExact(support, limits);
    } catch (ArithmeticException overflow) {
      // Exact long arithmetic overflowed: we cannot prove safety, so we refuse (safe direction).
      return Outcome.REFUSED;
    }
  }

  private Outcome tryAddExact(int[] support, Limits limits) {
    long[][] reduced = reduce(support);
    if (reduced.length == 0) {
      return Outcome.DEPENDENT;
    }
    int n = reduced.length;
    int[] cols = new int[n];
    long[] vals = new long[n];
    for (int i = 0; i < n; i++) {
      cols[i] = (int) reduced[i][0];
      vals[i] = reduced[i][1];
    }
    // Pivot: the heaviest column (heavy pivots can never be part of a small vector), then the
    // column touched by the fewest rows (less fill-in).
    int best = 0;
    for (int i = 1; i < n; i++) {
      long w = weight[cols[i]];
      long bw = weight[cols[best]];
      if (w > bw || (w == bw && touchingSize[cols[i]] < touchingSize[cols[best]])) {
        best = i;
      }
    }
    int pivot = cols[best];
    if (vals[best] < 0) {
      for (int i = 0; i < n; i++) {
        vals[i] = -vals[i];
      }
    }
    normalize(vals);
    Row fresh = new Row(pivot, cols, vals);
    int freshId = rows.size();
    Map<Integer, Row> changed = new HashMap<>();
    changed.put(freshId, fresh);
    long rp = fresh.at(pivot);
    for (int r : touchingRows(pivot, null, null)) {
      Row old = rows.get(r);
      long f = old.at(pivot);
      changed.put(r, combine(old, rp, fresh, f));
    }
    Search search = new Search(changed, freshId, limits);
    exhausted = false;
    boolean found = search.findsSmallVector();
    searchNodes += search.nodes;
    if (exhausted) {
      exhaustedSearches++;
    }
    if (found) {
      return Outcome.REFUSED;
    }
    rows.add(fresh);
    pivotRow[pivot] = freshId;
    for (Map.Entry<Integer, Row> e : changed.entrySet()) {
      int id = e.getKey();
      Row row = e.getValue();
      if (id != freshId) {
        rows.set(id, row);
      }
      for (int c : row.cols) {
        addTouching(c, id);
      }
    }
    return Outcome.ADDED;
  }

  /** {@code a * old - f * fresh}, whose entry at fresh's pivot is zero, divided by its gcd. */
  private static Row combine(Row old, long a, Row fresh, long f) {
    int[] cols = new int[old.cols.length + fresh.cols.length];
    long[] vals = new long[cols.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < old.cols.length || j < fresh.cols.length) {
      int ci = i < old.cols.length ? old.cols[i] : Integer.MAX_VALUE;
      int cj = j < fresh.cols.length ? fresh.cols[j] : Integer.MAX_VALUE;
      long v;
      int c;
      if (ci == cj) {
        c = ci;
        v = Math.subtractExact(Math.multiplyExact(a, old.vals[i++]),
            Math.multiplyExact(f, fresh.vals[j++]));
      } else if (ci < cj) {
        c = ci;
        v = Math.multiplyExact(a, old.vals[i++]);
      } else {
        c = cj;
        v = Math.negateExact(Math.multiplyExact(f, fresh.vals[j++]));
      }
      if (v != 0) {
        cols[n] = c;
        vals[n++] = v;
      }
    }
    long[] trimmed = Arrays.copyOf(vals, n);
    normalize(trimmed);
    return new Row(old.pivot, Arrays.copyOf(cols, n), trimmed);
  }

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

  /**
   * Reduces the 0/1 vector by the rows, giving {@code D * v - sum (D / den_p) row_p} over the
   * pivots {@code p} in its support (the pivot entries of {@code v} stay 1 during reduction since
   * RREF rows vanish at other pivots). Returns sorted (column, value) pairs, empty if derivable.
   */
  private long[][] reduce(int[] support) {
    long lcm = 1;
    List<Row> used = new ArrayList<>();
    for (int c : support) {
      int r = pivotRow[c];
      if (r >= 0) {
        Row row = rows.get(r);
        used.add(row);
        long den = row.den();
        lcm = Math.multiplyExact(lcm / gcd(lcm, den), den);
      }
    }
    Map<Integer, Long> acc = new HashMap<>();
    for (int c : support) {
      acc.merge(c, lcm, Math::addExact);
    }
    for (Row row : used) {
      long factor = lcm / row.den();
      for (int i = 0; i < row.cols.length; i++) {
        acc.merge(row.cols[i], Math.negateExact(Math.multiplyExact(factor, row.vals[i])),
            Math::addExact);
      }
    }
    return acc.entrySet().stream()
        .filter(e -> e.getValue() != 0)
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new long[] {e.getKey(), e.getValue()})
        .toArray(long[][]::new);
  }

  private void addTouching(int col, int row) {
    int[] list = touching[col];
    int size = touchingSize[col];
    if (size == list.length) {
      list = Arrays.copyOf(list, Math.max(4, size * 2));
      touching[col] = list;
    }
    list[size] = row;
    touchingSize[col] = size + 1;
  }

  /**
   * The rows with a nonzero entry in a column, under an optional overlay of changed rows (the
   * stored lists may hold stale or repeated entries, filtered here).
   */
  private int[] touchingRows(int col, @Nullable Map<Integer, Row> overlay,
      @Nullable Map<Integer, List<Integer>> overlayTouching) {
    int[] list = touching[col];
    int size = touchingSize[col];
    int[] out = new int[size + (overlayTouching == null ? 0
        : overlayTouching.getOrDefault(col, List.of()).size())];
    int n = 0;
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int i = 0; i < size; i++) {
      int r = list[i];
      Row row = overlay != null && overlay.containsKey(r) ? overlay.get(r) : rows.get(r);
      if (row.at(col) != 0 && seen.add(r)) {
        out[n++] = r;
      }
    }
    if (overlayTouching != null) {
      for (int r : overlayTouching.getOrDefault(col, List.of())) {
        if (seen.add(r)) {
          out[n++] = r;
        }
      }
    }
    if (n < size / 2 && overlay == null) {
      // Compact the stored list so stale entries do not accumulate.
      touching[col] = Arrays.copyOf(out, Math.max(4, n));
      touchingSize[col] = n;
    }
    return Arrays.copyOf(out, n);
  }

  private void ensureCapacity(int needed) {
    if (needed > weight.length) {
      int cap = Math.max(needed, weight.length * 2);
      weight = Arrays.copyOf(weight, cap);
      flagged = Arrays.copyOf(flagged, cap);
      pivotRow = Arrays.copyOf(pivotRow, cap);
      touching = Arrays.copyOf(touching, cap);
      touchingSize = Arrays.copyOf(touchingSize, cap);
    }
  }

  /**
   * A sparse rational vector {@code num / den} with sorted columns and a common positive
   * denominator; exact, overflow throws {@link ArithmeticException}.
   */
  private static final class Vec {
    static final Vec ZERO = new Vec(new int[0], new long[0], 1);
    final int[] cols;
    final long[] num;
    final long den;

    Vec(int[] cols, long[] num, long den) {
      this.cols = cols;
      this.num = num;
      this.den = den;
    }

    boolean isZeroOrOne(int i) {
      return num[i] == 0 || num[i] == den;
    }

    int indexOf(int col) {
      return Arrays.binarySearch(cols, col);
    }

    /** This vector plus a row divided by its pivot entry. */
    Vec plus(Row row) {
      long rowDen = row.den();
      long g = gcd(den, rowDen);
      long newDen = Math.multiplyExact(den / g, rowDen);
      long fa = newDen / den;
      long fr = newDen / rowDen;
      int[] c = new int[cols.length + row.cols.length];
      long[] v = new long[c.length];
      int i = 0;
      int j = 0;
      int n = 0;
      long all = 0;
      while (i < cols.length || j < row.cols.length) {
        int ci = i < cols.length ? cols[i] : Integer.MAX_VALUE;
        int cj = j < row.cols.length ? row.cols[j] : Integer.MAX_VALUE;
        long value;
        int col;
        if (ci == cj) {
          col = ci;
          value = Math.addExact(Math.multiplyExact(num[i++], fa),
              Math.multiplyExact(row.vals[j++], fr));
        } else if (ci < cj) {
          col = ci;
          value = Math.multiplyExact(num[i++], fa);
        } else {
          col = cj;
          value = Math.multiplyExact(row.vals[j++], fr);
        }
        if (value != 0) {
          c[n] = col;
          v[n++] = value;
          if (all != 1) {
            all = gcd(all, Math.abs(value));
          }
        }
      }
      long g2 = gcd(all, newDen);
      if (g2 > 1) {
        for (int k = 0; k < n; k++) {
          v[k] /= g2;
        }
        newDen /= g2;
      }
      return new Vec(Arrays.copyOf(c, n), Arrays.copyOf(v, n), newDen);
    }
  }

  /** An exact rational with overflow detection. */
  private record Q(long num, long den) {
    static final Q ZERO = new Q(0, 1);
    static final Q ONE = new Q(1, 1);

    static Q of(long num, long den) {
      if (den < 0) {
        num = Math.negateExact(num);
        den = Math.negateExact(den);
      }
      long g = gcd(Math.abs(num), den);
      return g > 1 ? new Q(num / g, den / g) : new Q(num, den);
    }

    Q plus(Q o) {
      return of(Math.addExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
          Math.multiplyExact(den, o.den));
    }

    Q times(Q o) {
      return of(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
    }

    Q minus(Q o) {
      return plus(new Q(Math.negateExact(o.num), o.den));
    }

    Q dividedBy(Q o) {
      return of(Math.multiplyExact(num, o.den), Math.multiplyExact(den, o.num));
    }

    boolean isZero() {
      return num == 0;
    }

    boolean isZeroOrOne() {
      return num == 0 || num == den;
    }
  }

  /** The exhaustive search for a small vector that uses a new or changed row. */
  private final class Search {
    private final Map<Integer, Row> overlay;
    private final Map<Integer, List<Integer>> overlayTouching = new HashMap<>();
    private final Map<Integer, int[]> touchingCache = new HashMap<>();
    private final Limits limits;
    /** The weight bound of the current pass. */
    private long maxThreshold;
    /** Whether the current pass looks only for vectors on flagged columns. */
    private boolean flaggedOnly;
    private final java.util.Set<String> visited = new java.util.HashSet<>();
    private int nodes;
    private long work;
    private @Nullable List<long[]> byLength;

    Search(Map<Integer, Row> overlay, int freshId, Limits limits) {
      this.overlay = overlay;
      this.limits = limits;
      this.maxThreshold = limits.threshold();
      for (Map.Entry<Integer, Row> e : overlay.entrySet()) {
        for (int c : e.getValue().cols) {
          overlayTouching.computeIfAbsent(c, k -> new ArrayList<>()).add(e.getKey());
        }
      }
    }

    Row row(int id) {
      Row r = overlay.get(id);
      return r != null ? r : rows.get(id);
    }

    int[] touching(int col) {
      return touchingCache.computeIfAbsent(col,
          c -> touchingRows(c, overlay, overlayTouching));
    }

    boolean isPivot(int col, int freshPivotCheck) {
      return pivotRow[col] >= 0 || col == freshPivotCheck;
    }

    /**
     * Two passes: vectors below the threshold (on any columns), then, if the flagged threshold
     * is higher, vectors below it on flagged columns only. Splitting keeps the first pass
     * shallow (its sums have at most {@code threshold - 1} rows) and lets the second skip every
     * row whose pivot is not flagged.
     */
    boolean findsSmallVector() {
      maxThreshold = limits.threshold();
      flaggedOnly = false;
      if (findsSmallVectorInPass()) {
        return true;
      }
      if (limits.flaggedThreshold() > limits.threshold()) {
        maxThreshold = limits.flaggedThreshold();
        flaggedOnly = true;
        visited.clear();
        return findsSmallVectorInPass();
      }
      return false;
    }

    /**
     * Whether a row may take part in a vector of this pass: in the flagged pass its pivot, where
     * the vector's entry is its coefficient, must be flagged.
     */
    private boolean eligible(int rowId) {
      return !flaggedOnly || flagged[row(rowId).pivot];
    }

    private boolean findsSmallVectorInPass() {
      List<Integer> roots = new ArrayList<>(overlay.keySet());
      roots.sort(null);
      for (int root : roots) {
        Row r = row(root);
        if (!eligible(root)) {
          continue;
        }
        if (weight[r.pivot] < maxThreshold
            && dfs(new ArrayList<>(List.of(root)), -1, -1)) {
          return true;
        }
        if (limits.coalition() >= 1 && weight[r.pivot] <= limits.coalition()
            && weight[r.pivot] < maxThreshold && dfs(new ArrayList<>(), -1, root)) {
          return true;
        }
      }
      return false;
    }

    private boolean pivotColumn(int col) {
      if (pivotRow[col] >= 0) {
        return true;
      }
      for (Row r : overlay.values()) {
        if (r.pivot == col) {
          return true;
        }
      }
      return false;
    }

    /**
     * One search node: rows {@code p} with coefficient 1, an optional wildcard column (any value,
     * a coalition member's own) and an optional wildcard row (any coefficient, its pivot being a
     * coalition member's own column).
     */
    private boolean dfs(List<Integer> p, int wildCol, int wildRow) {
      Vec sum = Vec.ZERO;
      for (int id : p) {
        sum = sum.plus(row(id));
      }
      return dfs(p, sum, wildCol, wildRow);
    }

    private boolean dfs(List<Integer> p, Vec a, int wildCol, int wildRow) {
      List<Integer> sorted = new ArrayList<>(p);
      sorted.sort(null);
      if (!visited.add(sorted + "|" + wildCol + "|" + wildRow)) {
        return false; // this combination was already explored from another order
      }
      nodes++;
      work += 1 + a.cols.length + (wildRow >= 0 ? row(wildRow).cols.length : 0);
      if (work > limits.nodeBudget()) {
        exhausted = true;
        return true; // out of budget: refuse conservatively
      }
      long fixed = 0;
      java.util.Set<Integer> fixedCols = new java.util.HashSet<>();
      // The same few columns as a sorted array, for the per-entry checks below.
      int[] fixedArr = new int[p.size() + 1];
      int fixedCount = 0;
      for (int id : p) {
        int pc = row(id).pivot;
        fixed += weight[pc];
        fixedCols.add(pc);
        fixedArr[fixedCount++] = pc;
      }
      int wild = wildCol >= 0 ? wildCol : wildRow >= 0 ? row(wildRow).pivot : -1;
      if (wild >= 0) {
        fixed += weight[wild];
        fixedCols.add(wild);
        fixedArr[fixedCount++] = wild;
      }
      fixedArr = Arrays.copyOf(fixedArr, fixedCount);
      Arrays.sort(fixedArr);
      boolean noWildRow = wildRow < 0;
      if (fixed >= maxThreshold) {
        return false;
      }
      java.util.TreeMap<Integer, Q> b = new java.util.TreeMap<>();
      if (wildRow >= 0) {
        Row r = row(wildRow);
        Q den = new Q(r.den(), 1);
        for (int i = 0; i < r.cols.length; i++) {
          b.put(r.cols[i], Q.of(r.vals[i], 1).dividedBy(den));
        }
      }
      // Pruning bound: columns of a (outside the wildcard row) that are outside {0, 1} must be
      // changed by rows still to add, and so must all but a few of its 1 entries; each row still
      // to add (at most one per unit of remaining weight) changes at most its length.
      long mustFix = 0;
      long onesCount = 0;
      for (int i = 0; i < a.cols.length; i++) {
        int c = a.cols[i];
        if (c == wild || Arrays.binarySearch(fixedArr, c) >= 0
            || (!noWildRow && b.containsKey(c))) {
          continue;
        }
        if (a.isZeroOrOne(i) && (!flaggedOnly || flagged[c])) {
          onesCount++;
        } else {
          mustFix++;
        }
      }
      // With a wildcard row (multiplier mu != 0; mu = 0 is the search without it), its columns
      // where a is 0 stay nonzero unless changed.
      java.util.Set<Integer> certain = new java.util.HashSet<>();
      for (int c : b.keySet()) {
        if (c != wild && !fixedCols.contains(c) && a.indexOf(c) < 0) {
          certain.add(c);
        }
      }
      onesCount += certain.size();
      long remaining = maxThreshold - 1 - fixed;
      long needed = mustFix + Math.max(0, onesCount - remaining)
          - (limits.coalition() >= 1 && wild < 0 ? 1 : 0);
      if (needed > 0 && longestRows((int) remaining, p, wildRow) < needed) {
        return false;
      }
      // Columns that must change: an entry outside {0, 1} not rescued by the wildcard row.
      int bad = -1;
      for (int i = 0; i < a.cols.length; i++) {
        int c = a.cols[i];
        // In the flagged pass an unflagged column must become 0, like an entry outside {0, 1}.
        if (c != wild && (!a.isZeroOrOne(i) || (flaggedOnly && !flagged[c]))
            && (noWildRow || !b.containsKey(c))) {
          if (bad < 0 || touchingSize[c] < touchingSize[bad]) {
            bad = c;
          }
        }
      }
      boolean canWild = limits.coalition() >= 1 && wild < 0;
      if (bad >= 0) {
        for (int q : touching(bad)) {
          if (extend(p, a, wildCol, wildRow, q, fixed)) {
            return true;
          }
        }
        if (canWild) {
          if (!pivotColumn(bad) && weight[bad] <= limits.coalition()
              && (!flaggedOnly || flagged[bad])
              && fixed + weight[bad] < maxThreshold && dfs(p, a, bad, -1)) {
            return true;
          }
          for (int q : touching(bad)) {
            if (!p.contains(q) && eligible(q) && weight[row(q).pivot] <= limits.coalition()
                && fixed + weight[row(q).pivot] < maxThreshold && dfs(p, a, -1, q)) {
              return true;
            }
          }
        }
        return false;
      }
      // No forced column: test the candidate vector(s) of this node.
      java.util.TreeMap<Integer, Q> am = new java.util.TreeMap<>();
      if (wildRow < 0) {
        if (isSmall(a, wild)) {
          return true;
        }
      } else {
        for (int i = 0; i < a.cols.length; i++) {
          am.put(a.cols[i], Q.of(a.num[i], a.den));
        }
        List<Q> mus = candidateMultipliers(am, b, wild);
        if (mus == null) {
          if (isSmall(a, wild)) {
            return true;
          }
        } else {
          for (Q mu : mus) {
            java.util.TreeMap<Integer, Q> x = new java.util.TreeMap<>(am);
            for (Map.Entry<Integer, Q> e : b.entrySet()) {
              Q sum = x.getOrDefault(e.getKey(), Q.ZERO).plus(mu.times(e.getValue()));
              if (sum.isZero()) {
                x.remove(e.getKey());
              } else {
                x.put(e.getKey(), sum);
              }
            }
            if (isSmall(x, wild)) {
              return true;
            }
          }
        }
      }
      // Something must change: branch over the rows touching a set of columns of which at least
      // one must change for the result to become light enough.
      java.util.Set<Integer> support = new java.util.TreeSet<>();
      for (int c : a.cols) {
        support.add(c);
      }
      support.addAll(b.keySet());
      support.removeAll(fixedCols);
      java.util.Set<Integer> ones = new java.util.HashSet<>(certain);
      for (int c : a.cols) {
        if (!b.containsKey(c)) {
          ones.add(c);
        }
      }
      List<Integer> mustTouch = mustChange(support, ones, fixed);
      java.util.Set<Integer> branch = new java.util.TreeSet<>();
      for (int c : mustTouch) {
        for (int q : touching(c)) {
          branch.add(q);
        }
      }
      for (int q : branch) {
        if (extend(p, a, wildCol, wildRow, q, fixed)) {
          return true;
        }
      }
      if (canWild) {
        for (int q : branch) {
          if (!p.contains(q) && eligible(q) && weight[row(q).pivot] <= limits.coalition()
              && fixed + weight[row(q).pivot] < maxThreshold && dfs(p, a, -1, q)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The total length of the {@code r} longest rows outside {@code p} and the wildcard row. */
    private long longestRows(int r, List<Integer> p, int wildRow) {
      if (byLength == null) {
        List<long[]> all = new ArrayList<>();
        for (int id = 0; id < rows.size(); id++) {
          all.add(new long[] {row(id).cols.length, id});
        }
        for (Map.Entry<Integer, Row> e : overlay.entrySet()) {
          if (e.getKey() >= rows.size()) {
            all.add(new long[] {e.getValue().cols.length, e.getKey()});
          }
        }
        all.sort((x, y) -> Long.compare(y[0], x[0]));
        byLength = all;
      }
      long total = 0;
      int taken = 0;
      for (long[] entry : byLength) {
        if (taken == r) {
          break;
        }
        int id = (int) entry[1];
        if (id == wildRow || p.contains(id)) {
          continue;
        }
        total += entry[0];
        taken++;
      }
      return total;
    }

    private boolean extend(List<Integer> p, Vec a, int wildCol, int wildRow, int q, long fixed) {
      if (p.contains(q) || q == wildRow || !eligible(q)) {
        return false;
      }
      Row rq = row(q);
      long childFixed = fixed + weight[rq.pivot];
      if (childFixed >= maxThreshold) {
        return false;
      }
      List<Integer> next = new ArrayList<>(p);
      next.add(q);
      // Cheap bound before summing: at least |q| - |a| columns of q stay nonzero in the child
      // (outside its pivot), and all but the remaining weight of them must still change.
      long remaining = maxThreshold - 1 - childFixed;
      long wildLength = wildRow >= 0 ? row(wildRow).cols.length : 0;
      long lower = rq.cols.length - 1 - a.cols.length - wildLength - remaining
          - (limits.coalition() >= 1 ? 1 : 0);
      if (lower > 0 && longestRows((int) remaining, next, wildRow) < lower) {
        return false;
      }
      return dfs(next, a.plus(rq), wildCol, wildRow);
    }

    /**
     * Columns of which at least one must change. Entries with no wildcard-row part and value 1
     * survive unless changed; if their weight exceeds what a small vector may hold, a subset of
     * the least-touched of them already has that property. Otherwise, every column.
     */
    private List<Integer> mustChange(java.util.Set<Integer> support,
        java.util.Set<Integer> candidates, long fixed) {
      long allowed = maxThreshold - 1 - fixed;
      List<Integer> ones = new ArrayList<>();
      long onesWeight = 0;
      for (int c : support) {
        if (candidates.contains(c)) {
          ones.add(c);
          onesWeight += weight[c];
        }
      }
      if (onesWeight <= allowed) {
        return new ArrayList<>(support);
      }
      ones.sort((x, y) -> Integer.compare(touchingSize[x], touchingSize[y]));
      List<Integer> chosen = new ArrayList<>();
      long w = 0;
      for (int c : ones) {
        chosen.add(c);
        w += weight[c];
        if (w > allowed) {
          break;
        }
      }
      return chosen;
    }

    /** The multipliers mu making {@code a + mu b} a 0/1 vector off the wildcard, or null if any. */
    private @Nullable List<Q> candidateMultipliers(Map<Integer, Q> a, Map<Integer, Q> b,
        int wild) {
      List<Q> candidates = null;
      for (Map.Entry<Integer, Q> e : b.entrySet()) {
        int c = e.getKey();
        if (c == wild) {
          continue;
        }
        Q ac = a.getOrDefault(c, Q.ZERO);
        Q bc = e.getValue();
        List<Q> here = List.of(Q.ZERO.minus(ac).dividedBy(bc), Q.ONE.minus(ac).dividedBy(bc));
        if (candidates == null) {
          candidates = new ArrayList<>(here);
        } else {
          candidates.retainAll(here);
        }
        if (candidates.isEmpty()) {
          return candidates;
        }
      }
      return candidates;
    }

    private boolean isSmall(Vec x, int wild) {
      long w = wild >= 0 ? weight[wild] : 0;
      boolean allFlagged = wild < 0 || flagged[wild];
      boolean others = false;
      for (int i = 0; i < x.cols.length; i++) {
        int c = x.cols[i];
        if (c == wild) {
          continue;
        }
        if (!x.isZeroOrOne(i)) {
          return false;
        }
        others = true;
        w += weight[c];
        allFlagged &= flagged[c];
      }
      if (flaggedOnly && !allFlagged) {
        return false;
      }
      long limit = allFlagged ? limits.flaggedThreshold() : limits.threshold();
      return others && w < limit;
    }

    private boolean isSmall(Map<Integer, Q> x, int wild) {
      long w = wild >= 0 ? weight[wild] : 0;
      boolean allFlagged = wild < 0 || flagged[wild];
      boolean others = false;
      for (Map.Entry<Integer, Q> e : x.entrySet()) {
        int c = e.getKey();
        if (c == wild) {
          continue;
        }
        if (!e.getValue().isZeroOrOne()) {
          return false;
        }
        others = true;
        w += weight[c];
        allFlagged &= flagged[c];
      }
      if (flaggedOnly && !allFlagged) {
        return false;
      }
      long limit = allFlagged ? limits.flaggedThreshold() : limits.threshold();
      return others && w < limit;
    }
  }
}
