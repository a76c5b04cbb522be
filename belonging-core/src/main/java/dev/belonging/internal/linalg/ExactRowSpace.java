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
 * Limits#classThreshold()} when every column of the support lies in one common <em>class</em>:
 * columns carry a bit mask of the classes, sets of respondents with a stricter minimum, that
 * they lie in). With a coalition
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
 * the search branches over the rows touching that set. Before branching, a node is pruned when
 * the rows that may still be added cannot touch enough of the columns that must change (each
 * such column needs at least one of them, so the largest overlaps of that many rows must cover
 * them). It runs in passes: vectors below {@link Limits#threshold()} on any columns, then (if
 * higher) for each class in {@link Limits#classes()} the vectors below {@link
 * Limits#classThreshold()} on that class's columns only, where an entry outside the class must
 * cancel and a row whose pivot is outside the class cannot take part (a coalition member's own
 * column or row may lie anywhere). A class pass is skipped when the new row cannot enlarge the
 * vectors of the row space that vanish outside the class (and one coalition member's column):
 * see {@link ClassProjection}. The first pass so stays {@code threshold - 1} rows deep. The
 * search is bounded by a work budget; exhausting it counts as "a small vector may exist" (again
 * the safe direction).
 *
 * <p><b>Arithmetic.</b> The echelon rows are exact. The search sums them modulo the prime
 * {@code 2^61 - 1}: a sum that is exactly 0/1 is 0/1 modulo the prime too, and every pruning
 * step holds for residues as well as for rationals, so a small vector is always found; a sum that
 * only looks 0/1 modulo the prime can only make the search report a small vector that does not
 * exist, that is, refuse a row that was safe (the direction the disclosure-control issue allows
 * for modular arithmetic). A pivot entry divisible by the prime makes the row refused.
 *
 * <p>Not thread-safe; confined to one owner.
 */
public final class ExactRowSpace {

  /**
   * Thresholds of one search.
   *
   * @param threshold a support weight below this is small
   * @param classThreshold a support weight below this is small when all its columns share a class
   *     of {@code classes}; at least {@code threshold}
   * @param classes the classes (bits) to search with the class threshold
   * @param coalition 0 or 1: how many respondents may combine their own knowledge
   * @param nodeBudget the most search work per added row (row entries visited, summed over search
   *     nodes) before refusing conservatively
   */
  public record Limits(long threshold, long classThreshold, long classes, int coalition,
      int nodeBudget) {
    /** Checks the ranges. */
    public Limits {
      if (!(threshold >= 1 && classThreshold >= threshold && coalition >= 0 && coalition <= 1
          && nodeBudget >= 1)) {
        throw new IllegalArgumentException("limits out of range: threshold " + threshold
            + ", classThreshold " + classThreshold + ", coalition " + coalition);
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

    /**
     * The entries divided by the pivot entry, modulo {@link Mod#P}; computed once (volatile: rows
     * are shared between a ledger's state and its speculative copy, read by two threads).
     */
    private volatile long @Nullable [] residues;
    /** The inverses of {@link #residues()}; computed once. */
    private volatile long @Nullable [] inverses;

    long[] residues() {
      long[] r = residues;
      if (r == null) {
        long inverse = Mod.inverse(Mod.of(den()));
        r = new long[vals.length];
        for (int i = 0; i < vals.length; i++) {
          r[i] = Mod.mul(Mod.of(vals[i]), inverse);
        }
        residues = r;
      }
      return r;
    }

    /** The support as bits over the columns (up to the last one); computed once. */
    private volatile long @Nullable [] bits;

    long[] bits() {
      long[] b = bits;
      if (b == null) {
        b = new long[cols.length == 0 ? 0 : (cols[cols.length - 1] >>> 6) + 1];
        for (int c : cols) {
          b[c >>> 6] |= 1L << c;
        }
        bits = b;
      }
      return b;
    }

    long[] inverses() {
      long[] inv = inverses;
      if (inv == null) {
        long[] r = residues();
        inv = new long[r.length];
        for (int i = 0; i < r.length; i++) {
          inv[i] = Mod.inverse(r[i]);
        }
        inverses = inv;
      }
      return inv;
    }
  }

  /** Diagnostics: searches that ran out of budget, and search nodes, since creation. */
  private long exhaustedSearches;
  private long searchNodes;
  private boolean exhausted;
  /** The diagnostics when this space was copied (0 if not a copy). */
  private long copiedExhaustedSearches;
  private long copiedSearchNodes;

  private long[] weight = new long[16];
  private long[] classes = new long[16];
  private long[] nearClasses = new long[16];
  private int[] pivotRow = new int[16];
  private int[][] touching = new int[16][];
  private int[] touchingSize = new int[16];
  private int columns;
  private final List<Row> rows = new ArrayList<>();
  /** The number of entries of all rows. */
  private long entries;
  /**
   * The columns split since the last row was added, oldest first: the new columns (always the
   * newest columns, consecutive) and the columns they were split from. Undone by {@link
   * #mergeNewestColumns}; made permanent by adding a row.
   */
  private int[] liveFresh = NO_COLUMNS;
  private int[] liveFrom = NO_COLUMNS;
  private int liveCount;
  /**
   * Per class bit, the projection of the rows outside the class ({@link ClassProjection}) over
   * the columns that existed before the live splits, built when first needed; cleared when a row
   * is added or a column's classes change other than by a live split.
   */
  private @Nullable ClassProjection[] projections = new ClassProjection[64];
  /** The classes of the columns the projections are over, as before the live splits. */
  private long @Nullable [] projectionMasks;
  /** Whether {@link #projectionMasks} belongs to this space alone (copies share it). */
  private boolean projectionMasksOwned;
  /** Whether a missing class projection may be built (else its class is searched as before). */
  private boolean projectionBuilds = true;
  /**
   * Rows added since some built projection was brought up to date, oldest first (applied when a
   * projection is next needed: a copy that decides one cell and is dropped never pays for it).
   */
  private List<PendingRow> pendingRows = new ArrayList<>();
  /** Per class bit, how many of {@link #pendingRows} its projection includes. */
  private int[] applied = new int[64];

  /** A row added while projections existed, with the classes of its columns and splits then. */
  private record PendingRow(int columns, int[] from, int[] fresh, long[] fromMasks,
      long[] freshMasks, int[] cols, long[] vals, long[] colMasks) {}

  /** Class passes skipped because the candidate cannot change the class (diagnostics). */
  private long skippedClassPasses;

  /** An empty row space over no columns. */
  public ExactRowSpace() {}

  private ExactRowSpace(ExactRowSpace other) {
    this.exhaustedSearches = other.exhaustedSearches;
    this.searchNodes = other.searchNodes;
    this.copiedExhaustedSearches = other.exhaustedSearches;
    this.copiedSearchNodes = other.searchNodes;
    this.weight = other.weight.clone();
    this.classes = other.classes.clone();
    this.nearClasses = other.nearClasses.clone();
    this.pivotRow = other.pivotRow.clone();
    // Shared lists: between additions every list is exactly full, so an append replaces it
    // instead of writing into it, and neither space ever changes a list the other can see.
    this.touching = other.touching.clone();
    this.touchingSize = other.touchingSize.clone();
    this.columns = other.columns;
    this.rows.addAll(other.rows);
    this.entries = other.entries;
    this.liveFresh = Arrays.copyOf(other.liveFresh, other.liveCount);
    this.liveFrom = Arrays.copyOf(other.liveFrom, other.liveCount);
    this.liveCount = other.liveCount;
    this.projections = other.projections.clone(); // immutable once built
    this.pendingRows = new ArrayList<>(other.pendingRows);
    this.applied = other.applied.clone();
    this.projectionMasks = other.projectionMasks;
    this.projectionBuilds = other.projectionBuilds;
    other.projectionMasksOwned = false; // shared now: whoever changes it first copies it
    this.skippedClassPasses = other.skippedClassPasses;
    this.copiedSkippedClassPasses = other.skippedClassPasses;
  }

  private long copiedSkippedClassPasses;

  /** The number of class passes skipped since creation because they could find nothing new. */
  public long skippedClassPasses() {
    return skippedClassPasses;
  }

  /**
   * Whether the class-pass skip test may build a class's projection when it has none (about as
   * dear as a few searches; worth it over many decisions, not for one). Projections already built
   * are used and kept up to date either way.
   */
  public void setProjectionBuilds(boolean allowed) {
    projectionBuilds = allowed;
  }

  /** Forgets the class projections (the rows or the columns' classes changed). */
  private void invalidateProjections() {
    if (projectionMasks != null) {
      Arrays.fill(projections, null);
      projectionMasks = null;
      pendingRows.clear();
      Arrays.fill(applied, 0);
    }
  }

  /**
   * An independent copy: changing either leaves the other as it was. Rows are immutable and
   * shared; the copy may be used by another thread while this one is used (each by one thread).
   */
  public ExactRowSpace copy() {
    return new ExactRowSpace(this);
  }

  /**
   * Adds a row exactly as {@link #tryAdd} would when it does not refuse, without the search: for
   * a row already checked on an identical copy of this space ({@link #copy()}).
   *
   * @param support sorted distinct column indices
   * @return {@link Outcome#DEPENDENT} or {@link Outcome#ADDED}
   * @throws ArithmeticException if exact {@code long} arithmetic overflows (the copy would have
   *     refused the row)
   */
  public Outcome addChecked(int[] support) {
    return add(support, null);
  }

  /** The number of searches that ran out of budget (and refused conservatively). */
  public long exhaustedSearches() {
    return exhaustedSearches;
  }

  /**
   * Adds a copy's search diagnostics made since it was copied from this space (see {@link
   * #copy()}).
   */
  public void addDiagnostics(ExactRowSpace copy) {
    exhaustedSearches += copy.exhaustedSearches - copy.copiedExhaustedSearches;
    searchNodes += copy.searchNodes - copy.copiedSearchNodes;
    skippedClassPasses += copy.skippedClassPasses - copy.copiedSkippedClassPasses;
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
   * @param mask the classes (bits) all of the column's respondents lie in
   * @return the new column's index
   */
  public int addColumn(long columnWeight, long mask) {
    invalidateProjections();
    return newColumn(columnWeight, mask);
  }

  private int newColumn(long columnWeight, long mask) {
    ensureCapacity(columns + 1);
    int col = columns++;
    weight[col] = columnWeight;
    classes[col] = mask;
    nearClasses[col] = mask;
    pivotRow[col] = -1;
    touching[col] = NO_COLUMNS;
    touchingSize[col] = 0;
    return col;
  }

  /** The classes (bits) all of a column's respondents lie in. */
  public long classes(int col) {
    return classes[col];
  }

  /** The classes (bits) all but at most one of a column's respondents lie in. */
  public long nearClasses(int col) {
    return nearClasses[col];
  }

  /**
   * Sets a column's classes.
   *
   * @param col the column
   * @param mask the classes (bits) all of its respondents lie in
   * @param nearMask the classes all but at most one of its respondents lie in (a superset of
   *     {@code mask}): with a coalition, the member's own column may be one of them
   */
  public void setClasses(int col, long mask, long nearMask) {
    long[] before = projectionMasks;
    if (before != null) {
      if (col >= before.length) {
        if (!isLiveFresh(col)) {
          invalidateProjections();
        }
      } else if (before[col] != mask && !isLiveFrom(col)) {
        // Only the classes whose membership of this column changed need new projections.
        if (!projectionMasksOwned) {
          projectionMasks = before.clone();
          projectionMasksOwned = true;
        }
        long changed = before[col] ^ mask;
        projectionMasks[col] = mask;
        while (changed != 0) {
          int cls = Long.numberOfTrailingZeros(changed);
          changed &= changed - 1;
          projections[cls] = null;
        }
      }
    }
    classes[col] = mask;
    nearClasses[col] = nearMask | mask;
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
      fresh[i] = newColumn(movedWeights[i], classes[cols[i]]);
      pushLiveSplit(fresh[i], cols[i]);
      nearClasses[fresh[i]] = nearClasses[cols[i]];
      weight[cols[i]] -= movedWeights[i];
      for (int r : exactTouching(cols[i])) {
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
      entries += e.getValue().size();
      rows.set(r, new Row(row.pivot, newCols, newVals));
    }
    for (int f : fresh) {
      touching[f] = Arrays.copyOf(touching[f], touchingSize[f]);
      Arrays.sort(touching[f]);
    }
    return fresh;
  }

  /**
   * Undoes the most recent {@link #splitColumns}: the newest columns are merged back into the
   * columns they were split from, which get their weight back. Valid only while each pair of
   * columns still has equal entries in every row (no row was added since the split, as after a
   * refused {@link #tryAdd}), so the row space over the merged columns is the one before the
   * split. The classes of {@code into} are left as they are.
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
      for (int r : exactTouching(fresh[i])) {
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
          entries -= row.cols.length - keep;
          truncated.put(r, new Row(row.pivot, Arrays.copyOf(row.cols, keep),
              Arrays.copyOf(row.vals, keep)));
        }
      }
    }
    truncated.forEach(rows::set);
    for (int i = fresh.length - 1; i >= 0; i--) {
      popLiveSplit(fresh[i], into[i]);
      weight[into[i]] += weight[fresh[i]];
      weight[fresh[i]] = 0;
      classes[fresh[i]] = 0;
      nearClasses[fresh[i]] = 0;
      touching[fresh[i]] = NO_COLUMNS;
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
    return reduce(support).isZero();
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
    Reduced residual = reduce(support);
    if (residual.isZero()) {
      return null;
    }
    int free = residual.cols()[0];
    // z[free] = L, z[p] = -L * row_p[free] / den_p for the rows touching the free column.
    int[] touchingFree = exactTouching(free);
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
    return add(support, limits);
  }

  /** Adds the row; with limits, unless the search finds a small vector. */
  private Outcome add(int[] support, @Nullable Limits limits) {
    Reduced reduced = reduce(support);
    if (reduced.isZero()) {
      return Outcome.DEPENDENT;
    }
    int n = reduced.cols().length;
    int[] cols = reduced.cols();
    long[] vals = reduced.vals();
    // A lower bound on the weight of any vector the row makes newly derivable, from the old
    // echelon form (before the row changes it).
    long newWeight = limits == null
        ? Long.MAX_VALUE : hittingWeight(cols, limits.classThreshold());
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
    for (int r : exactTouching(pivot)) {
      Row old = rows.get(r);
      long f = old.at(pivot);
      changed.put(r, combine(old, rp, fresh, f));
    }
    if (limits != null && newWeight < limits.classThreshold()
        && limits.classThreshold() > limits.threshold() && limits.classes() != 0) {
      long skip = classesUnchanged(cols, vals, limits);
      if (skip != 0) {
        skippedClassPasses += Long.bitCount(skip);
        limits = new Limits(limits.threshold(), limits.classThreshold(),
            limits.classes() & ~skip, limits.coalition(), limits.nodeBudget());
      }
    }
    if (limits != null) {
      Search search = new Search(changed, freshId, limits);
      exhausted = false;
      boolean found = newWeight < limits.classThreshold()
          && search.findsSmallVector(newWeight < limits.threshold());
      searchNodes += search.nodes;
      if (exhausted) {
        exhaustedSearches++;
      }
      if (found) {
        return Outcome.REFUSED;
      }
    }
    java.util.BitSet affected = new java.util.BitSet(columns);
    rows.add(fresh);
    advanceProjections(fresh);
    liveCount = 0; // the splits so far are permanent now
    pivotRow[pivot] = freshId;
    for (Map.Entry<Integer, Row> e : changed.entrySet()) {
      int id = e.getKey();
      Row row = e.getValue();
      if (id != freshId) {
        Row before = rows.get(id);
        entries -= before.cols.length;
        for (int c : before.cols) {
          affected.set(c);
        }
        rows.set(id, row);
      }
      entries += row.cols.length;
      for (int c : row.cols) {
        addTouching(c, id);
        affected.set(c);
      }
    }
    // Keep every list exact and ascending (stale and repeated entries dropped). Only here, when a
    // row is added: searches leave the space exactly as it was, so a refused row changes nothing.
    for (int c = affected.nextSetBit(0); c >= 0; c = affected.nextSetBit(c + 1)) {
      int[] current = compactedTouching(c);
      Arrays.sort(current);
      touching[c] = current;
      touchingSize[c] = current.length;
    }
    return Outcome.ADDED;
  }

  private void pushLiveSplit(int fresh, int from) {
    if (liveCount == liveFresh.length) {
      liveFresh = Arrays.copyOf(liveFresh, Math.max(8, 2 * liveCount));
      liveFrom = Arrays.copyOf(liveFrom, liveFresh.length);
    }
    liveFresh[liveCount] = fresh;
    liveFrom[liveCount++] = from;
  }

  private void popLiveSplit(int fresh, int from) {
    if (liveCount == 0 || liveFresh[liveCount - 1] != fresh || liveFrom[liveCount - 1] != from) {
      throw new IllegalStateException("column " + fresh + " is not the newest split of " + from);
    }
    liveCount--;
  }

  private boolean isLiveFresh(int col) {
    return liveCount > 0 && col >= liveFresh[0] && col < columns;
  }

  private boolean isLiveFrom(int col) {
    for (int i = 0; i < liveCount; i++) {
      if (liveFrom[i] == col) {
        return true;
      }
    }
    return false;
  }

  /**
   * The classes whose pass can find nothing new when the reduced row {@code (cols, vals)} is
   * added (see {@link ClassProjection}): the row's part outside the class is neither in the span
   * of the rows' outside parts nor, with a coalition, in that span plus one admissible member
   * column (outside the class, of weight 1 or with all respondents but one in the class).
   * Exact for the refined columns of a live split: a split column's two parts have equal entries
   * in every row, so the candidate's entries on two parts outside the class must be equal (or
   * differ at one member column).
   */
  private long classesUnchanged(int[] cols, long[] vals, Limits limits) {
    int settled = liveCount > 0 ? liveFresh[0] : columns;
    for (int i = 0; i < liveCount; i++) {
      if (liveFresh[i] != settled + i || liveFrom[i] >= settled) {
        return 0; // nested splits: not the shape this test reasons about
      }
    }
    long skip = 0;
    long left = limits.classes();
    while (left != 0) {
      long bit = Long.lowestOneBit(left);
      left &= ~bit;
      try {
        if (classUnchanged(cols, vals, limits, bit, settled)) {
          skip |= bit;
        }
      } catch (ArithmeticException overflow) {
        // Exact arithmetic overflowed: run the class's search (the safe direction).
        projections[Long.numberOfTrailingZeros(bit)] = ClassProjection.OVERFLOWED;
      }
    }
    return skip;
  }

  private boolean classUnchanged(int[] cols, long[] vals, Limits limits, long bit, int settled) {
    int cls = Long.numberOfTrailingZeros(bit);
    // The candidate's outside part over the settled columns; two outside parts of one split
    // column must agree.
    int[] outCols = new int[cols.length];
    long[] outVals = new long[cols.length];
    int n = 0;
    int inconsistent = -1;
    int inconsistencies = 0;
    for (int i = 0; i < cols.length; i++) {
      int c = cols[i];
      if ((classes[c] & bit) != 0) {
        continue;
      }
      if (c >= settled) {
        int from = liveFrom[c - settled];
        if ((classes[from] & bit) != 0) {
          outCols[n] = from; // the only outside part of its column
          outVals[n++] = vals[i];
        } else if (vals[i] != valueAt(cols, vals, from)) {
          inconsistencies++;
          inconsistent = c;
        }
        continue;
      }
      outCols[n] = c;
      outVals[n++] = vals[i];
    }
    // A split column's original part may carry a value while its outside fresh part is 0.
    for (int i = 0; i < liveCount; i++) {
      int from = liveFrom[i];
      int fresh = liveFresh[i];
      if ((classes[from] & bit) == 0 && (classes[fresh] & bit) == 0
          && valueAt(cols, vals, fresh) == 0 && valueAt(cols, vals, from) != 0) {
        inconsistencies++;
        inconsistent = fresh;
      }
    }
    int[] order = sortedOrder(outCols, n);
    int[] wCols = new int[n];
    long[] wVals = new long[n];
    for (int i = 0; i < n; i++) {
      wCols[i] = outCols[order[i]];
      wVals[i] = outVals[order[i]];
    }
    boolean members = limits.coalition() >= 1;
    if (inconsistencies > 1 || (inconsistencies == 1 && !members)) {
      return true;
    }
    if (n == 0 && inconsistencies == 0) {
      return false; // nothing outside the class: the class's space grows
    }
    if (projections[cls] == ClassProjection.OVERFLOWED
        || (projections[cls] == null && !projectionBuilds)) {
      return false;
    }
    ClassProjection projection = upToDateProjection(cls, settled, settledMasks(settled));
    if (inconsistencies == 1) {
      // One member column (either part) takes the difference; the rest must lie in the span.
      int fresh = inconsistent;
      int from = liveFrom[fresh - settled];
      for (int member : new int[] {from, fresh}) {
        if (!admissibleMember(member, bit)) {
          continue;
        }
        long other = member == from ? valueAt(cols, vals, fresh) : valueAt(cols, vals, from);
        Reduced m = withValue(wCols, wVals, from, other);
        int[] mc = m.cols();
        long[] mv = m.vals();
        if (projection.completesTheSpan(mc, mv, null)) {
          return false;
        }
      }
      return true;
    }
    return !projection.completesTheSpan(wCols, wVals, !members ? null
        : settledMember -> admissibleMember(settledMember, bit)
            || admissibleFreshPart(settledMember, bit));
  }

  /** Whether a live split's new part of a settled column is an admissible member. */
  private boolean admissibleFreshPart(int settledCol, long bit) {
    for (int i = 0; i < liveCount; i++) {
      if (liveFrom[i] == settledCol && admissibleMember(liveFresh[i], bit)) {
        return true;
      }
    }
    return false;
  }

  /** The classes of the settled columns as before the live splits (computed once, kept). */
  private long[] settledMasks(int settled) {
    if (projectionMasks == null) {
      long[] masks = Arrays.copyOf(classes, settled);
      for (int i = 0; i < liveCount; i++) {
        // A column lay in a class exactly when both its parts do.
        masks[liveFrom[i]] &= classes[liveFresh[i]];
      }
      projectionMasks = masks;
      projectionMasksOwned = true;
    }
    return projectionMasks;
  }

  /** A coalition member's own column for a class pass: outside the class, weight 1 or near it. */
  private boolean admissibleMember(int col, long bit) {
    return (classes[col] & bit) == 0 && (weight[col] == 1 || (nearClasses[col] & bit) != 0);
  }

  private static long valueAt(int[] cols, long[] vals, int col) {
    int at = Arrays.binarySearch(cols, col);
    return at >= 0 ? vals[at] : 0;
  }

  /** The positions of the first {@code n} keys (non-negative) in ascending key order. */
  private static int[] sortedOrder(int[] keys, int n) {
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = (long) keys[i] << 32 | i;
    }
    Arrays.sort(packed);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = (int) packed[i];
    }
    return out;
  }

  /** The sparse vector {@code (cols, vals)} with column {@code col} set to {@code value}. */
  private static Reduced withValue(int[] cols, long[] vals, int col, long value) {
    int at = Arrays.binarySearch(cols, col);
    int keep = at >= 0 ? (value != 0 ? cols.length : cols.length - 1)
        : (value != 0 ? cols.length + 1 : cols.length);
    int[] outCols = new int[keep];
    long[] outVals = new long[keep];
    int n = 0;
    boolean placed = false;
    for (int i = 0; i <= cols.length; i++) {
      int c = i < cols.length ? cols[i] : Integer.MAX_VALUE;
      if (!placed && c >= col) {
        placed = true;
        if (value != 0) {
          outCols[n] = col;
          outVals[n++] = value;
        }
        if (c == col) {
          continue;
        }
      }
      if (i < cols.length) {
        outCols[n] = c;
        outVals[n++] = vals[i];
      }
    }
    return new Reduced(outCols, outVals);
  }

  /** The projection of the rows outside a class, over the settled columns. */
  private ClassProjection buildProjection(long bit, int settled, long[] masks) {
    List<int[]> outCols = new ArrayList<>();
    List<long[]> outVals = new ArrayList<>();
    for (Row row : rows) {
      long[] res = row.vals;
      int[] oc = new int[row.cols.length];
      long[] ov = new long[row.cols.length];
      int n = 0;
      for (int i = 0; i < row.cols.length; i++) {
        int c = row.cols[i];
        if (c < settled && (masks[c] & bit) == 0) {
          oc[n] = c;
          ov[n++] = res[i];
        }
      }
      outCols.add(Arrays.copyOf(oc, n));
      outVals.add(Arrays.copyOf(ov, n));
    }
    return ClassProjection.build(settled, outCols, outVals);
  }

  /** A class's projection including every row added so far (built when first needed). */
  private ClassProjection upToDateProjection(int cls, int settled, long[] masks) {
    ClassProjection p = projections[cls];
    if (p == null) {
      p = buildProjection(1L << cls, settled, masks);
      projections[cls] = p;
      applied[cls] = pendingRows.size();
      return p;
    }
    long bit = 1L << cls;
    for (int k = applied[cls]; k < pendingRows.size(); k++) {
      PendingRow row = pendingRows.get(k);
      int splits = row.from().length;
      boolean[] fromOutside = new boolean[splits];
      boolean[] freshOutside = new boolean[splits];
      for (int i = 0; i < splits; i++) {
        fromOutside[i] = (row.fromMasks()[i] & bit) == 0;
        freshOutside[i] = (row.freshMasks()[i] & bit) == 0;
      }
      int[] oc = new int[row.cols().length];
      long[] ov = new long[row.cols().length];
      int n = 0;
      for (int i = 0; i < row.cols().length; i++) {
        if ((row.colMasks()[i] & bit) == 0) {
          oc[n] = row.cols()[i];
          ov[n++] = row.vals()[i];
        }
      }
      try {
        p = p.afterRow(row.columns(), row.from(), row.fresh(), fromOutside, freshOutside,
            Arrays.copyOf(oc, n), Arrays.copyOf(ov, n));
      } catch (ArithmeticException overflow) {
        p = ClassProjection.OVERFLOWED; // until the classes change
        break;
      }
    }
    projections[cls] = p;
    applied[cls] = pendingRows.size();
    return p;
  }

  /**
   * Records a row added while projections exist (before the live splits are made permanent):
   * the splits' new columns join the settled ones, and the row's outside part joins each class's
   * span when its projection is next needed.
   */
  private void advanceProjections(Row added) {
    if (projectionMasks == null) {
      return;
    }
    int[] from = Arrays.copyOf(liveFrom, liveCount);
    int[] fresh = Arrays.copyOf(liveFresh, liveCount);
    long[] fromMasks = new long[liveCount];
    long[] freshMasks = new long[liveCount];
    for (int i = 0; i < liveCount; i++) {
      fromMasks[i] = classes[from[i]];
      freshMasks[i] = classes[fresh[i]];
    }
    long[] colMasks = new long[added.cols.length];
    for (int i = 0; i < colMasks.length; i++) {
      colMasks[i] = classes[added.cols[i]];
    }
    pendingRows.add(new PendingRow(columns, from, fresh, fromMasks, freshMasks, added.cols,
        added.vals, colMasks));
    projectionMasks = Arrays.copyOf(classes, columns);
    projectionMasksOwned = true;
  }

  /**
   * A lower bound on the support weight of every vector that adding the reduced row {@code cols}
   * makes newly derivable; {@link Long#MAX_VALUE} if no such vector can be light.
   *
   * <p>For a column {@code j} of the reduced row (a non-pivot column), the vector {@code u_j} with
   * 1 at {@code j} and {@code -row_p[j] / den_p} at the pivot {@code p} of each row touching
   * {@code j} is orthogonal to every row, and its product with the reduced row is the row's
   * nonzero entry at {@code j}. A vector {@code x = y + a * row} with {@code y} in the old row
   * space and {@code a != 0} therefore has {@code x . u_j != 0}: its support meets {@code {j}}
   * or the pivots of the rows touching {@code j}. Only columns lighter than {@code cap} can be in
   * the support of a vector lighter than {@code cap}; disjoint such sets each need their own
   * column, so the sum of their lightest weights bounds the support weight.
   */
  private long hittingWeight(int[] cols, long cap) {
    // Columns by the number of rows touching them, then by index.
    long[] order = new long[cols.length];
    for (int i = 0; i < cols.length; i++) {
      order[i] = (long) touchingSize[cols[i]] << 32 | cols[i];
    }
    Arrays.sort(order);
    if (usedMark.length < columns) {
      usedMark = new int[Math.max(columns, usedMark.length * 2)];
      usedStamp = 0;
    }
    if (++usedStamp == 0) {
      Arrays.fill(usedMark, 0);
      usedStamp = 1;
    }
    int[] light = new int[16];
    long total = 0;
    for (long packed : order) {
      int j = (int) packed;
      int[] touchingJ = touching[j]; // exact between additions
      int size = touchingSize[j];
      if (light.length < size + 1) {
        light = new int[Math.max(size + 1, light.length * 2)];
      }
      int n = 0;
      long lightest = Long.MAX_VALUE;
      boolean disjoint = true;
      for (int i = -1; i < size; i++) {
        int col = i < 0 ? j : rows.get(touchingJ[i]).pivot;
        if (weight[col] < cap) {
          light[n++] = col;
          lightest = Math.min(lightest, weight[col]);
          disjoint &= usedMark[col] != usedStamp;
        }
      }
      if (n == 0) {
        return Long.MAX_VALUE;
      }
      if (disjoint) {
        for (int i = 0; i < n; i++) {
          usedMark[light[i]] = usedStamp;
        }
        total += lightest;
        if (total >= cap) {
          return total;
        }
      }
    }
    return total;
  }

  /** Scratch marks of {@link #hittingWeight}'s used columns. */
  private int[] usedMark = new int[0];
  private int usedStamp;

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

  /** Divides by the gcd of the entries (exact vectors are kept primitive). */
  static void normalize(long[] vals) {
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
  private Reduced reduce(int[] support) {
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
    if (sum.length < columns) {
      sum = new long[Math.max(columns, sum.length * 2)];
      summed = new int[sum.length];
      sumStamp = 0;
    }
    if (++sumStamp == 0) {
      Arrays.fill(summed, 0);
      sumStamp = 1;
    }
    int[] touched = new int[support.length];
    int n = 0;
    for (int c : support) {
      if (summed[c] != sumStamp) {
        summed[c] = sumStamp;
        sum[c] = 0;
        touched[n++] = c;
      }
      sum[c] = Math.addExact(sum[c], lcm);
    }
    for (Row row : used) {
      long factor = lcm / row.den();
      for (int i = 0; i < row.cols.length; i++) {
        int c = row.cols[i];
        if (summed[c] != sumStamp) {
          summed[c] = sumStamp;
          sum[c] = 0;
          if (n == touched.length) {
            touched = Arrays.copyOf(touched, Math.max(16, n * 2));
          }
          touched[n++] = c;
        }
        sum[c] = Math.addExact(sum[c], Math.negateExact(Math.multiplyExact(factor, row.vals[i])));
      }
    }
    Arrays.sort(touched, 0, n);
    int nonzero = 0;
    for (int i = 0; i < n; i++) {
      if (sum[touched[i]] != 0) {
        touched[nonzero++] = touched[i];
      }
    }
    int[] cols = Arrays.copyOf(touched, nonzero);
    long[] vals = new long[nonzero];
    for (int i = 0; i < nonzero; i++) {
      vals[i] = sum[cols[i]];
    }
    return new Reduced(cols, vals);
  }

  /** A reduced vector: ascending columns and their nonzero values. */
  private record Reduced(int[] cols, long[] vals) {
    boolean isZero() {
      return cols.length == 0;
    }
  }

  /** Scratch of {@link #reduce}: sums per column, valid where {@code summed} is the stamp. */
  private long[] sum = new long[0];
  private int[] summed = new int[0];
  private int sumStamp;

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
   * Per-column caches of the current search (valid where the stamp is the search's): its
   * touching rows and their number. Scratch, never copied.
   */
  private int[] listStamp = new int[0];
  private int[][] cachedLists = new int[0][];
  private int[] cachedCounts = new int[0];
  /** Columns that rows changed by the current search's overlay touch (now or before). */
  private int[] dirtyStamp = new int[0];
  private int searchStamp;

  /**
   * The rows touching a column, ascending: the stored list, exact except while {@link #add}
   * appends to it.
   */
  private int[] exactTouching(int col) {
    return Arrays.copyOf(touching[col], touchingSize[col]);
  }

  /** Scratch marks de-duplicating row ids within one {@link #compactedTouching} call. */
  private int[] rowMark = new int[16];
  private int markStamp;

  /**
   * The rows with a nonzero entry in a column while {@link #add} appends to its list (which may
   * then hold stale or repeated entries, filtered here), in the list's order.
   */
  private int[] compactedTouching(int col) {
    int[] list = touching[col];
    int size = touchingSize[col];
    int ids = rows.size();
    if (rowMark.length < ids) {
      rowMark = Arrays.copyOf(rowMark, Math.max(ids, rowMark.length * 2));
    }
    if (++markStamp == 0) {
      Arrays.fill(rowMark, 0);
      markStamp = 1;
    }
    int stamp = markStamp;
    int[] out = new int[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      int r = list[i];
      if (rowMark[r] != stamp) {
        rowMark[r] = stamp;
        if (rows.get(r).at(col) != 0) {
          out[n++] = r;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  private void ensureCapacity(int needed) {
    if (needed > weight.length) {
      int cap = Math.max(needed, weight.length * 2);
      weight = Arrays.copyOf(weight, cap);
      classes = Arrays.copyOf(classes, cap);
      nearClasses = Arrays.copyOf(nearClasses, cap);
      pivotRow = Arrays.copyOf(pivotRow, cap);
      touching = Arrays.copyOf(touching, cap);
      touchingSize = Arrays.copyOf(touchingSize, cap);
    }
  }

  /**
   * Touching-list entries scanned by the covering bound per unit of work: a scanned entry is one
   * counter increment, about an eighth of the cost of a summed row entry.
   */
  private static final int SCANS_PER_WORK = 8;

  private static final int[] NO_COLUMNS = new int[0];
  private static final long[] NO_VALUES = new long[0];

  /** A sparse vector of residues modulo {@link Mod#P}: sorted columns, no zero entries. */
  private static final class ModVec {
    static final ModVec ZERO = new ModVec(NO_COLUMNS, NO_VALUES);
    final int[] cols;
    final long[] vals;

    ModVec(int[] cols, long[] vals) {
      this.cols = cols;
      this.vals = vals;
    }

    long get(int col) {
      int i = Arrays.binarySearch(cols, col);
      return i >= 0 ? vals[i] : 0;
    }

    /** This vector plus {@code mu} times a row divided by its pivot entry. */
    ModVec plus(Row row, long mu) {
      long[] rv = row.residues();
      int[] c = new int[cols.length + row.cols.length];
      long[] v = new long[c.length];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < cols.length || j < row.cols.length) {
        int ci = i < cols.length ? cols[i] : Integer.MAX_VALUE;
        int cj = j < row.cols.length ? row.cols[j] : Integer.MAX_VALUE;
        long value;
        int col;
        if (ci == cj) {
          col = ci;
          value = Mod.add(vals[i++], mu == 1 ? rv[j++] : Mod.mul(mu, rv[j++]));
        } else if (ci < cj) {
          col = ci;
          value = vals[i++];
        } else {
          col = cj;
          value = mu == 1 ? rv[j++] : Mod.mul(mu, rv[j++]);
        }
        if (value != 0) {
          c[n] = col;
          v[n++] = value;
        }
      }
      return new ModVec(Arrays.copyOf(c, n), Arrays.copyOf(v, n));
    }
  }

  /** A search state already explored: sorted rows, wildcard column and wildcard row. */
  private static final class Key {
    private final int[] rows;
    private final int wildCol;
    private final int wildRow;

    Key(int[] rows, int wildCol, int wildRow) {
      this.rows = rows;
      this.wildCol = wildCol;
      this.wildRow = wildRow;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key k && k.wildCol == wildCol && k.wildRow == wildRow
          && Arrays.equals(k.rows, rows);
    }

    @Override
    public int hashCode() {
      return (Arrays.hashCode(rows) * 31 + wildCol) * 31 + wildRow;
    }
  }

  private static boolean contains(int[] sorted, int value) {
    return Arrays.binarySearch(sorted, value) >= 0;
  }

  private static int[] with(int[] sorted, int value) {
    int[] out = new int[sorted.length + 1];
    int at = -Arrays.binarySearch(sorted, value) - 1;
    System.arraycopy(sorted, 0, out, 0, at);
    out[at] = value;
    System.arraycopy(sorted, at, out, at + 1, sorted.length - at);
    return out;
  }

  /** The exhaustive search for a small vector that uses a new or changed row. */
  private final class Search {
    /** Per row id, its changed row, or null. */
    private final @Nullable Row[] overlayRows;
    private final int[] overlayIds;
    /** Per row id, whether the overlay changed it (or it is the fresh row). */
    private final boolean[] inOverlay;
    /**
     * The overlay rows' entries as {@code column << 32 | row id}, ascending (the columns they or
     * their old versions touch are marked in the space's dirty stamps, with their counts).
     */
    private long[] overlayEntries = new long[0];
    private boolean indexed;
    /** Or, when the overlay changes much of the space, a column index of all rows. */
    private int @Nullable [] columnStart;
    private int[] columnRows = NO_COLUMNS;
    private final Limits limits;
    private final int freshPivot;
    /** The weight bound of the current pass. */
    private long maxThreshold;
    /** 0 in the first pass; in a class pass, the class's bit. */
    private long passClass;
    private final java.util.Set<Key> visited = new java.util.HashSet<>();
    private int nodes;
    private long work;
    /** Per row id, scratch counts of the columns to change that the row touches. */
    private int[] overlap = new int[0];

    /** This search's stamp in the space's per-column caches. */
    private final int stamp;

    Search(Map<Integer, Row> overlay, int freshId, Limits limits) {
      if (listStamp.length < columns) {
        int cap = Math.max(columns, listStamp.length * 2);
        listStamp = new int[cap];
        cachedLists = new int[cap][];
        cachedCounts = new int[cap];
        dirtyStamp = new int[cap];
        searchStamp = 0;
      }
      if (++searchStamp == 0) {
        Arrays.fill(listStamp, 0);
        Arrays.fill(dirtyStamp, 0);
        searchStamp = 1;
      }
      this.stamp = searchStamp;
      this.limits = limits;
      this.freshPivot = overlay.get(freshId).pivot;
      this.overlayRows = new Row[freshId + 1];
      this.inOverlay = new boolean[freshId + 1];
      this.overlayIds = new int[overlay.size()];
      int n = 0;
      for (Map.Entry<Integer, Row> e : overlay.entrySet()) {
        overlayRows[e.getKey()] = e.getValue();
        inOverlay[e.getKey()] = true;
        overlayIds[n++] = e.getKey();
      }
      Arrays.sort(overlayIds);
    }

    /**
     * Indexes the overlay's entries (on first use). Charged as the full column index of all rows
     * it replaces, so that the work budget buys the same search as before.
     */
    private void index() {
      if (indexed) {
        return;
      }
      indexed = true;
      long total = entries;
      int nNew = 0;
      int nOld = 0;
      for (int id : overlayIds) {
        nNew += overlayRows[id].cols.length;
        if (id < rows.size()) {
          nOld += rows.get(id).cols.length;
        }
      }
      long[] fresh = new long[nNew];
      long[] replaced = new long[nOld];
      nNew = 0;
      nOld = 0;
      for (int id : overlayIds) {
        for (int c : overlayRows[id].cols) {
          fresh[nNew++] = (long) c << 32 | id;
        }
        if (id < rows.size()) {
          for (int c : rows.get(id).cols) {
            replaced[nOld++] = (long) c << 32 | id;
          }
          total -= rows.get(id).cols.length;
        }
      }
      total += fresh.length;
      work += total / SCANS_PER_WORK;
      if ((long) (fresh.length + replaced.length) * 2 > total) {
        // The overlay changes much of the space: one column index of all rows is cheaper.
        buildColumnIndex();
        return;
      }
      Arrays.sort(fresh);
      Arrays.sort(replaced);
      overlayEntries = fresh;
      for (long e : replaced) {
        int c = (int) (e >>> 32);
        if (dirtyStamp[c] != stamp) {
          dirtyStamp[c] = stamp;
          cachedCounts[c] = touchingSize[c];
        }
        cachedCounts[c]--;
      }
      for (long e : fresh) {
        int c = (int) (e >>> 32);
        if (dirtyStamp[c] != stamp) {
          dirtyStamp[c] = stamp;
          cachedCounts[c] = touchingSize[c];
        }
        cachedCounts[c]++;
      }
    }

    /** Builds the column index of every row under the overlay, in one pass over the rows. */
    private void buildColumnIndex() {
      int[] start = new int[columns + 1];
      int ids = overlayRows.length;
      for (int id = 0; id < ids; id++) {
        for (int c : row(id).cols) {
          start[c + 1]++;
        }
      }
      for (int c = 0; c < columns; c++) {
        start[c + 1] += start[c];
      }
      int[] fill = Arrays.copyOf(start, columns);
      int[] all = new int[start[columns]];
      for (int id = 0; id < ids; id++) {
        for (int c : row(id).cols) {
          all[fill[c]++] = id;
        }
      }
      columnRows = all;
      columnStart = start;
    }

    /** The first index in a sorted entry array whose column is at least {@code col}. */
    private int firstOf(long[] sorted, int col) {
      int at = Arrays.binarySearch(sorted, (long) col << 32);
      return at >= 0 ? at : -at - 1;
    }

    Row row(int id) {
      Row r = overlayRows[id];
      return r != null ? r : rows.get(id);
    }

    /** The rows (ascending ids) with a nonzero entry in a column (cached per search). */
    int[] touching(int col) {
      index();
      int[] start = columnStart;
      if (start != null) {
        return Arrays.copyOfRange(columnRows, start[col], start[col + 1]);
      }
      if (dirtyStamp[col] != stamp) {
        return ExactRowSpace.this.touching[col]; // exact, ascending, not changed by the overlay
      }
      if (listStamp[col] == stamp) {
        return cachedLists[col];
      }
      int[] list = computeTouching(col);
      listStamp[col] = stamp;
      cachedLists[col] = list;
      return list;
    }

    private int[] computeTouching(int col) {
      int[] list = ExactRowSpace.this.touching[col];
      int size = col < columns ? touchingSize[col] : 0;
      int from = firstOf(overlayEntries, col);
      int to = firstOf(overlayEntries, col + 1);
      int[] out = new int[size + to - from];
      int n = 0;
      int i = 0;
      int j = from;
      while (i < size || j < to) {
        int stored = i < size ? list[i] : Integer.MAX_VALUE;
        if (i < size && inOverlay[stored]) {
          i++;
          continue;
        }
        int changed = j < to ? (int) overlayEntries[j] : Integer.MAX_VALUE;
        if (stored < changed) {
          out[n++] = stored;
          i++;
        } else {
          out[n++] = changed;
          j++;
        }
      }
      return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The number of rows touching a column (cached per search). */
    int touchCount(int col) {
      index();
      int[] start = columnStart;
      if (start != null) {
        return start[col + 1] - start[col];
      }
      return dirtyStamp[col] != stamp ? touchingSize[col] : cachedCounts[col];
    }

    /**
     * The first pass (vectors below the threshold on any columns), then one pass per class
     * (vectors below the class threshold on that class's columns). Splitting keeps the first pass
     * shallow and lets each class pass skip every row whose pivot lies outside the class.
     */
    boolean findsSmallVector(boolean firstPass) {
      maxThreshold = limits.threshold();
      passClass = 0;
      if (firstPass && findsSmallVectorInPass()) {
        return true;
      }
      if (limits.classThreshold() > limits.threshold()) {
        long left = limits.classes();
        while (left != 0) {
          long bit = Long.lowestOneBit(left);
          left &= ~bit;
          maxThreshold = limits.classThreshold();
          passClass = bit;
          visited.clear();
          if (findsSmallVectorInPass()) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether a column may be in the support of a vector of this pass: in a class pass, a column
     * of the class, or with a coalition a column whose respondents but one lie in the class (the
     * coalition member's own atom: the member knows their answer, so the others are the set).
     */
    private boolean inPass(int col) {
      return passClass == 0 || (classes[col] & passClass) != 0
          || (limits.coalition() >= 1 && (nearClasses[col] & passClass) != 0);
    }

    /** Whether a row may take part with coefficient 1 (its pivot is in the vector's support). */
    private boolean eligible(int rowId) {
      return inPass(row(rowId).pivot);
    }

    private boolean findsSmallVectorInPass() {
      for (int root : overlayIds) {
        Row r = row(root);
        long w = weight[r.pivot];
        if (eligible(root) && w < maxThreshold
            && tryNode(new int[] {root}, ModVec.ZERO.plus(r, 1), -1, -1)) {
          return true;
        }
        if (limits.coalition() >= 1 && w <= limits.coalition() && w < maxThreshold
            && tryNode(NO_COLUMNS, ModVec.ZERO, -1, root)) {
          return true;
        }
      }
      return false;
    }

    private boolean isPivotColumn(int col) {
      return pivotRow[col] >= 0 || col == freshPivot;
    }

    private boolean tryNode(int[] p, ModVec a, int wildCol, int wildRow) {
      if (!visited.add(new Key(p, wildCol, wildRow))) {
        return false; // this combination was already explored from another order
      }
      return dfs(p, a, wildCol, wildRow);
    }

    /**
     * One search node: rows {@code p} (sorted) with coefficient 1 summed in {@code a}, an optional
     * wildcard column (any value, a coalition member's own) and an optional wildcard row (any
     * coefficient, its pivot being a coalition member's own column).
     */
    private boolean dfs(int[] p, ModVec a, int wildCol, int wildRow) {
      nodes++;
      Row wr = wildRow >= 0 ? row(wildRow) : null;
      work += 1 + a.cols.length + (wr != null ? wr.cols.length : 0);
      if (work > limits.nodeBudget()) {
        exhausted = true;
        return true; // out of budget: refuse conservatively
      }
      long fixed = 0;
      int[] fixedCols = new int[p.length + 1];
      int nf = 0;
      for (int id : p) {
        int pc = row(id).pivot;
        fixed += weight[pc];
        fixedCols[nf++] = pc;
      }
      int wild = wildCol >= 0 ? wildCol : wr != null ? wr.pivot : -1;
      if (wild >= 0) {
        fixed += weight[wild];
        fixedCols[nf++] = wild;
      }
      if (fixed >= maxThreshold) {
        return false;
      }
      fixedCols = Arrays.copyOf(fixedCols, nf);
      Arrays.sort(fixedCols);
      nf = fixedCols.length;
      int[] bCols = wr != null ? wr.cols : NO_COLUMNS;
      long remaining = maxThreshold - 1 - fixed;
      boolean canWild = limits.coalition() >= 1 && wild < 0;
      // Entries outside the fixed columns and the wildcard row's columns: 1 in the pass (may
      // stay), or anything else (must change).
      int[] bad = new int[a.cols.length];
      int nBad = 0;
      int[] ones = new int[a.cols.length + bCols.length];
      int nOnes = 0;
      int bAt = 0;
      int fAt = 0;
      for (int i = 0; i < a.cols.length; i++) {
        int c = a.cols[i];
        while (bAt < bCols.length && bCols[bAt] < c) {
          bAt++;
        }
        while (fAt < nf && fixedCols[fAt] < c) {
          fAt++;
        }
        if ((fAt < nf && fixedCols[fAt] == c) || (bAt < bCols.length && bCols[bAt] == c)) {
          continue;
        }
        if (a.vals[i] == 1 && inPass(c)) {
          ones[nOnes++] = c;
        } else {
          bad[nBad++] = c;
        }
      }
      // With a wildcard row (multiplier mu != 0; mu = 0 is the search without it), its columns
      // where a is 0 stay nonzero unless changed.
      int aAt = 0;
      for (int c : bCols) {
        while (aAt < a.cols.length && a.cols[aAt] < c) {
          aAt++;
        }
        if (c != wild && !contains(fixedCols, c)
            && !(aAt < a.cols.length && a.cols[aAt] == c)) {
          ones[nOnes++] = c;
        }
      }
      long needed = nBad + Math.max(0, nOnes - remaining) - (canWild ? 1 : 0);
      if (needed > 0 && !canCover(bad, nBad, ones, nOnes, p, wildRow, remaining, canWild,
          needed)) {
        return false;
      }
      int badCol = -1;
      for (int i = 0; i < nBad; i++) {
        int c = bad[i];
        if (badCol < 0 || touchCount(c) < touchCount(badCol)) {
          badCol = c;
        }
      }
      if (badCol >= 0) {
        for (int q : touching(badCol)) {
          if (extend(p, a, wildCol, wildRow, q, fixed)) {
            return true;
          }
        }
        if (canWild) {
          if (!isPivotColumn(badCol) && weight[badCol] <= limits.coalition()
              && fixed + weight[badCol] < maxThreshold && tryNode(p, a, badCol, -1)) {
            return true;
          }
          for (int q : touching(badCol)) {
            if (wildRowFits(p, q, fixed) && tryNode(p, a, -1, q)) {
              return true;
            }
          }
        }
        return false;
      }
      // No forced column: test the candidate vector(s) of this node.
      if (wr == null) {
        if (isSmall(a, wild)) {
          return true;
        }
      } else {
        long[] mus = candidateMultipliers(a, bCols, wr.inverses(), wild);
        if (mus == null) {
          if (isSmall(a, wild)) {
            return true;
          }
        } else {
          for (long mu : mus) {
            if (isSmall(a.plus(wr, mu), wild)) {
              return true;
            }
          }
        }
      }
      // Something must change: branch over the rows touching a set of columns of which at least
      // one must change for the result to become light enough.
      int[] branch = branchRows(a, bCols, fixedCols, ones, nOnes, remaining);
      for (int q : branch) {
        if (extend(p, a, wildCol, wildRow, q, fixed)) {
          return true;
        }
      }
      if (canWild) {
        for (int q : branch) {
          if (wildRowFits(p, q, fixed) && tryNode(p, a, -1, q)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean wildRowFits(int[] p, int q, long fixed) {
      long w = weight[row(q).pivot];
      return !contains(p, q) && w <= limits.coalition() && fixed + w < maxThreshold;
    }

    /**
     * Whether the rows that may still be added can touch all {@code needed} changes: every bad
     * column, and all but {@code remaining} of the ones, need a row touching them, and at most
     * {@code remaining} more rows fit (each pivot weighs at least 1).
     */
    private boolean canCover(int[] bad, int nBad, int[] ones, int nOnes, int[] p, int wildRow,
        long remaining, boolean canWild, long needed) {
      long scanned = 0;
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      for (int i = 0; i < nBad + nOnes; i++) {
        int c = i < nBad ? bad[i] : ones[i - nBad];
        lo = Math.min(lo, c >>> 6);
        hi = Math.max(hi, c >>> 6);
        scanned += touchCount(c);
      }
      // Counted as the column scans of the counting way (the budget stays comparable).
      work += scanned / SCANS_PER_WORK;
      int m = (int) Math.min(remaining, 64);
      if (m == 0) {
        return 0 >= needed;
      }
      int ids = overlayRows.length;
      if (overlap.length < ids) {
        overlap = new int[ids];
      }
      int[] counts = overlap;
      if (scanned <= (long) ids * (hi - lo + 1)) {
        // Few entries: count each row's overlap from the columns' lists.
        for (int i = 0; i < nBad + nOnes; i++) {
          for (int q : touching(i < nBad ? bad[i] : ones[i - nBad])) {
            counts[q]++;
          }
        }
      } else {
        // Many: intersect bit sets.
        long[] mark = new long[hi + 1];
        for (int i = 0; i < nBad + nOnes; i++) {
          int c = i < nBad ? bad[i] : ones[i - nBad];
          mark[c >>> 6] |= 1L << c;
        }
        for (int q = 0; q < ids; q++) {
          long[] rb = row(q).bits();
          int o = 0;
          for (int k = lo, end = Math.min(hi, rb.length - 1); k <= end; k++) {
            o += Long.bitCount(rb[k] & mark[k]);
          }
          counts[q] = o;
        }
      }
      long[] top = new long[m];
      for (int q = 0; q < ids; q++) {
        int o = counts[q];
        counts[q] = 0;
        if (o == 0 || q == wildRow || contains(p, q)) {
          continue;
        }
        long w = weight[row(q).pivot];
        boolean fits = w <= remaining
            && (eligible(q) || (canWild && w <= limits.coalition()));
        if (fits && o > top[m - 1]) {
          int at = m - 1;
          while (at > 0 && top[at - 1] < o) {
            top[at] = top[at - 1];
            at--;
          }
          top[at] = o;
        }
      }
      long cover = 0;
      for (long o : top) {
        cover += o;
      }
      return cover >= needed;
    }

    private boolean extend(int[] p, ModVec a, int wildCol, int wildRow, int q, long fixed) {
      if (contains(p, q) || q == wildRow || !eligible(q)) {
        return false;
      }
      Row rq = row(q);
      if (fixed + weight[rq.pivot] >= maxThreshold) {
        return false;
      }
      int[] next = with(p, q);
      if (!visited.add(new Key(next, wildCol, wildRow))) {
        return false;
      }
      return dfs(next, a.plus(rq, 1), wildCol, wildRow);
    }

    /**
     * The rows touching a set of columns of which at least one must change: the ones (entries
     * with no wildcard-row part, which survive unless changed) if their weight exceeds what a
     * small vector may hold, then only the least-touched of them that already exceed it;
     * otherwise every column of the support.
     */
    private int[] branchRows(ModVec a, int[] bCols, int[] fixedCols, int[] ones, int nOnes,
        long allowed) {
      long onesWeight = 0;
      for (int i = 0; i < nOnes; i++) {
        onesWeight += weight[ones[i]];
      }
      int[] chosen;
      if (onesWeight <= allowed) {
        // Every column of a and of the wildcard row but the fixed ones (ascending, distinct).
        int[] merged = new int[a.cols.length + bCols.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.cols.length || j < bCols.length) {
          int x = i < a.cols.length ? a.cols[i] : Integer.MAX_VALUE;
          int y = j < bCols.length ? bCols[j] : Integer.MAX_VALUE;
          int c = Math.min(x, y);
          if (x == c) {
            i++;
          }
          if (y == c) {
            j++;
          }
          if (Arrays.binarySearch(fixedCols, c) < 0) {
            merged[n++] = c;
          }
        }
        chosen = Arrays.copyOf(merged, n);
      } else {
        Integer[] byTouch = new Integer[nOnes];
        for (int i = 0; i < nOnes; i++) {
          byTouch[i] = ones[i];
        }
        Arrays.sort(byTouch, (x, y) -> Integer.compare(touchCount(x), touchCount(y)));
        int[] pick = new int[nOnes];
        int n = 0;
        long w = 0;
        for (int c : byTouch) {
          pick[n++] = c;
          w += weight[c];
          if (w > allowed) {
            break;
          }
        }
        chosen = Arrays.copyOf(pick, n);
      }
      // The rows touching them, ascending and distinct.
      int total = 0;
      int[][] lists = new int[chosen.length][];
      for (int k = 0; k < chosen.length; k++) {
        lists[k] = touching(chosen[k]);
        total += lists[k].length;
      }
      int[] all = new int[total];
      int n = 0;
      for (int[] list : lists) {
        System.arraycopy(list, 0, all, n, list.length);
        n += list.length;
      }
      Arrays.sort(all);
      int distinct = 0;
      for (int k = 0; k < n; k++) {
        if (k == 0 || all[k] != all[k - 1]) {
          all[distinct++] = all[k];
        }
      }
      return Arrays.copyOf(all, distinct);
    }

    /**
     * The multipliers mu making {@code a + mu b} a 0/1 vector off the wildcard, or null if any
     * multiplier does.
     */
    private long @Nullable [] candidateMultipliers(ModVec a, int[] bCols, long[] bInverses,
        int wild) {
      long[] candidates = null;
      int aAt = 0;
      for (int j = 0; j < bCols.length; j++) {
        int c = bCols[j];
        while (aAt < a.cols.length && a.cols[aAt] < c) {
          aAt++;
        }
        if (c == wild) {
          continue;
        }
        long ac = aAt < a.cols.length && a.cols[aAt] == c ? a.vals[aAt] : 0;
        long inverse = bInverses[j];
        long m0 = Mod.mul(Mod.sub(0, ac), inverse);
        long m1 = Mod.mul(Mod.sub(1, ac), inverse);
        if (candidates == null) {
          candidates = m0 == m1 ? new long[] {m0} : new long[] {m0, m1};
        } else {
          long[] keep = new long[candidates.length];
          int n = 0;
          for (long mu : candidates) {
            if (mu == m0 || mu == m1) {
              keep[n++] = mu;
            }
          }
          candidates = Arrays.copyOf(keep, n);
        }
        if (candidates.length == 0) {
          return candidates;
        }
      }
      return candidates;
    }

    /**
     * Whether a vector is small in this pass. In a class pass at most one column may lie only
     * nearly in the class (one respondent outside, the coalition member), and none if a wildcard
     * already stands for the member.
     */
    private boolean isSmall(ModVec x, int wild) {
      long w = wild >= 0 ? weight[wild] : 0;
      boolean others = false;
      int near = wild >= 0 ? 1 : 0;
      for (int i = 0; i < x.cols.length; i++) {
        int c = x.cols[i];
        if (c == wild) {
          continue;
        }
        if (x.vals[i] != 1 || !inPass(c)) {
          return false;
        }
        if (passClass != 0 && (classes[c] & passClass) == 0 && ++near > 1) {
          return false;
        }
        others = true;
        w += weight[c];
      }
      return others && w < maxThreshold;
    }
  }
}
