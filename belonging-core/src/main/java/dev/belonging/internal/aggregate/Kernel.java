package dev.belonging.internal.aggregate;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The aggregation loop over encoded rows: {@code points} row-major respondents x items (0 = not
 * answered, else the point's offset from the scale minimum plus one) and {@code codes} row-major
 * respondents x dimensions (-1 = no value).
 *
 * <p>Rows are counted into the cubes of a {@link Plan} (a few cells per row instead of one per
 * breakdown), per thread in flat {@code int} arrays (a respondent adds at most one to any slot,
 * so fewer than 2^31 rows cannot overflow); the threads' counts are added, then summed out into
 * the layout's cells of a {@link CellTally} of {@code long}s. Every step adds integers, so the
 * tally is exactly the one of counting each cell directly, in whatever order the rows are
 * counted.
 *
 * <p>Each thread takes its rows a block at a time. It computes the rows' construct scores once,
 * then, cube by cube, sorts the block's row numbers by their cell of the cube (a counting sort)
 * and counts the rows in that order: the rows of one cell follow each other while the cell's
 * counts are in the processor's cache, and the cube's memory is swept forwards instead of being
 * hit at a random place per row. The extra memory is a few arrays of the block's size per thread,
 * whatever the number of rows.
 */
public final class Kernel {
  /**
   * Rows per block: each cube counts a block's rows in the order of its cells. Large enough that
   * a cube's cell is usually hit by several rows of a block, small enough that the block's rows
   * stay in the processor's cache while they are read in that order.
   */
  private static final int BLOCK_ROWS = 1 << 14;
  /** Ordered rows per call of the hot method, so that it is compiled whole rather than by OSR. */
  private static final int SLICE = 512;
  /** Fewest rows per thread worth a thread of its own. */
  private static final int MIN_ROWS_PER_THREAD = 4096;
  /** Atom keys buffered per thread before they are sorted and counted. */
  private static final int ATOM_BUFFER = 1 << 18;
  /** Bits of an atom key sorted per radix pass. */
  private static final int RADIX_BITS = 11;
  private static final int RADIX_MASK = (1 << RADIX_BITS) - 1;

  private Kernel() {}

  /**
   * Aggregates rows {@code [0, rows)} on up to {@code threads} threads.
   *
   * @param layout the layout
   * @param points encoded answers
   * @param codes encoded dimension values
   * @param rows number of rows
   * @param threads parallelism, at least 1
   * @return the tally
   */
  public static CellTally aggregate(Layout layout, byte[] points, int[] codes, int rows,
      int threads) {
    return aggregate(layout, points, codes, rows, threads, Plan.budget(rows),
        MIN_ROWS_PER_THREAD, ATOM_BUFFER, BLOCK_ROWS);
  }

  /**
   * {@link #aggregate(Layout, byte[], int[], int, int)} with a given cube budget, fewest rows
   * per thread, atom buffer and block size (tests use small ones to reach every path on small
   * inputs).
   */
  static CellTally aggregate(Layout layout, byte[] points, int[] codes, int rows, int threads,
      long cubeBudget, int minRowsPerThread, int atomBuffer, int blockRows) {
    Plan plan = Plan.of(layout, rows, cubeBudget);
    int chunks = Math.max(1, Math.min(threads, rows / minRowsPerThread + 1));
    int chunk = (rows + chunks - 1) / chunks;
    if (chunks == 1) {
      return count(plan, points, codes, 0, rows, rows, atomBuffer, blockRows).fold(1);
    }
    List<Work> works = IntStream.range(0, chunks).parallel()
        .mapToObj(t -> count(plan, points, codes, t * chunk, Math.min(rows, (t + 1) * chunk),
            rows, atomBuffer, blockRows))
        .collect(Collectors.toList());
    Work total = works.get(0);
    for (int t = 1; t < works.size(); t++) {
      total.addAll(works.get(t));
    }
    return total.fold(chunks);
  }

  private static Work count(Plan plan, byte[] points, int[] codes, int from, int to,
      int rows, int atomBuffer, int blockRows) {
    int block = Math.max(1, Math.min(blockRows, to - from));
    Work work = new Work(plan, points, codes, rows, atomBuffer, block);
    for (int first = from; first < to; first += block) {
      work.block(first, Math.min(to, first + block));
    }
    work.flushAtoms();
    return work;
  }

  /**
   * Integer counts of a set of cells, laid out so that counting a row in a cell touches two
   * short runs of memory: per cell an {@code int} block of the histogram, one spare slot that
   * absorbs unanswered items, the respondent count and per construct the number of respondents
   * without a score (rarely written: scored = respondents - unscored); and per cell and
   * construct the sum and the low 64 bits of the sum of squares. The high 64 bits, needed only
   * when squares may add up beyond 63 bits, are kept apart.
   */
  private static final class Counts {
    final int width;
    final int stride;
    final int constructs;
    /** Per cell: width histogram slots, the spare slot, the respondent count, unscored counts. */
    final int[] block;
    /** Per cell and construct: sum, low 64 bits of the sum of squares. */
    final long[] moments;
    /** Per cell and construct: the high 64 bits of the sum of squares; empty unless wide. */
    final long[] high;

    Counts(int cells, int width, int constructs, boolean wide) {
      this.width = width;
      this.stride = width + 2 + constructs;
      this.constructs = constructs;
      block = new int[cells * stride];
      moments = new long[cells * constructs * 2];
      high = new long[wide ? cells * constructs : 0];
    }

    int respondents(int cell) {
      return block[cell * stride + width + 1];
    }

    void addAll(Counts other) {
      for (int i = 0; i < block.length; i++) {
        block[i] += other.block[i];
      }
      for (int s = 0, h = 0; s < moments.length; s += 2, h++) {
        moments[s] += other.moments[s];
        long before = moments[s + 1];
        long after = before + other.moments[s + 1];
        moments[s + 1] = after;
        long carry = Long.compareUnsigned(after, before) < 0 ? 1 : 0;
        if (high.length > 0) {
          high[h] += other.high[h] + carry;
        }
      }
    }
  }

  /** Per-thread counting state. */
  private static final class Work {
    private final Plan plan;
    private final Layout layout;
    private final byte[] points;
    private final int[] codes;
    private final int items;
    private final int dims;
    private final int width;
    private final int constructs;
    private final int[] histOffset;
    /**
     * slot[i * slotsPerItem + p] = the block slot of point code {@code p} of item {@code i}: the
     * spare slot for 0 (not answered), else the item's histogram offset plus p - 1.
     */
    private final int[] slot;
    private final int slotsPerItem;
    private final int[][] constructItems;
    /** factor[c][a] = the scale of construct c divided by a answered items. */
    private final long[][] factor;
    private final int[][][] rollup;
    private final int[][] breakdowns;
    private final int[] cellBase;
    private final int[] card;
    private final long[] atomMultiplier;
    private final int[][] cubeDims;
    private final int[] cubeBase;
    private final boolean wide;
    /** Rows of the current block in the order they are counted into the current cube. */
    private final int[] order;
    /** The cube cell of each row of {@link #order}. */
    private final int[] cellOf;
    /** Per row of the current block, its cell of the current cube, or -1 if it has none. */
    private final int[] key;
    /**
     * Bucket starts of the counting sort of a block's rows by cube cell; cubes with at least as
     * many cells as this has entries are not sorted (their buckets would cost more than the
     * rows).
     */
    private final int[] cellStart;
    /**
     * Per row of the current block and construct, the scaled score, -1 if not scored; empty
     * unless the plan's scores fit in an {@code int}.
     */
    private final int[] rowScore;
    /** Layout cells of the current row counted directly (a value missing in a cube). */
    private final int[] direct;
    private final int[] shifts;
    private final long[] values;
    private final boolean[] scoredNow;
    /** Dense respondents per atom key while counting, or null when atoms are hashed. */
    private final int @Nullable [] atomCounts;
    /**
     * Atom keys of recent rows, counted into {@link #atomCounts} a buffer at a time after
     * partitioning them by their high bits, so that the counting touches one small stretch of the
     * large dense array at a time instead of a random place per row.
     */
    private final int[] atomKeys;
    private final int[] atomPartitioned;
    private final int[] bucketStart = new int[RADIX_MASK + 2];
    /** Significant bits of an atom key. */
    private final int atomBits;
    private int atomFill;
    private final int[] position = new int[8];
    private final Counts cube;
    private @Nullable Counts cells;
    private final LongCounts atoms;

    Work(Plan plan, byte[] points, int[] codes, int rows, int atomBuffer, int blockRows) {
      this.plan = plan;
      this.layout = plan.layout;
      this.points = points;
      this.codes = codes;
      this.items = layout.items;
      this.dims = layout.dimensions;
      this.width = layout.histWidth;
      this.constructs = layout.constructs();
      this.histOffset = layout.histOffset;
      int most = 0;
      for (int i = 0; i < items; i++) {
        most = Math.max(most, layout.itemPoints[i]);
      }
      this.slotsPerItem = most + 1;
      this.slot = new int[items * slotsPerItem];
      for (int i = 0; i < items; i++) {
        slot[i * slotsPerItem] = width;
        for (int p = 1; p < slotsPerItem; p++) {
          slot[i * slotsPerItem + p] = p <= layout.itemPoints[i] ? histOffset[i] + p - 1 : width;
        }
      }
      this.constructItems = layout.constructItems;
      this.factor = new long[constructs][];
      for (int c = 0; c < constructs; c++) {
        factor[c] = new long[constructItems[c].length + 1];
        for (int a = 1; a < factor[c].length; a++) {
          factor[c][a] = layout.constructScale[c] / a;
        }
      }
      this.rollup = layout.rollup;
      this.breakdowns = layout.breakdowns;
      this.cellBase = layout.cellBase;
      this.card = layout.cardinality;
      this.atomMultiplier = layout.atomMultiplier;
      this.cubeDims = plan.cubeDims;
      this.cubeBase = plan.cubeBase;
      this.wide = plan.wide;
      int maxDirect = 1;
      for (int[] dimsOfB : breakdowns) {
        int product = 1;
        for (int d : dimsOfB) {
          int longest = 1;
          for (int[] list : rollup[d]) {
            longest = Math.max(longest, list.length);
          }
          product *= longest;
        }
        maxDirect += product;
      }
      order = new int[blockRows];
      rowScore = new int[plan.narrow ? blockRows * layout.constructs() : 0];
      cellOf = new int[blockRows];
      key = new int[blockRows];
      int largest = 0;
      for (int size : plan.cubeSize) {
        largest = Math.max(largest, size);
      }
      cellStart = new int[Math.min(largest, 2 * blockRows) + 1];
      direct = new int[maxDirect];
      shifts = new int[items];
      values = new long[constructs];
      scoredNow = new boolean[constructs];
      cube = new Counts(plan.cubeCells, width, constructs, wide);
      long space = layout.atomSpace();
      boolean dense = LongCounts.isDense(space, rows);
      atomCounts = dense ? new int[(int) space] : null;
      int buffer = dense ? Math.min(atomBuffer, Math.max(1, rows)) : 0;
      atomKeys = new int[buffer];
      atomPartitioned = new int[buffer];
      atomBits = 64 - Long.numberOfLeadingZeros(Math.max(1, space - 1));
      atoms = dense ? new LongCounts() : LongCounts.forKeySpace(space, rows);
    }

    private Counts cells() {
      Counts c = cells;
      if (c == null) {
        c = new Counts(layout.cells, width, constructs, wide);
        cells = c;
      }
      return c;
    }

    /**
     * Counts rows {@code [from, to)}: for each cube, orders the rows by their cell of the cube and
     * counts them in that order, so that the rows of one cell are counted one after the other
     * while its counts are in the processor's cache, and the cube's memory is swept forwards
     * instead of being hit at a random place per row; then buffers the rows' atom keys.
     */
    void block(int from, int to) {
      boolean narrow = plan.narrow;
      if (narrow) {
        for (int r = from; r < to; r += SLICE) {
          scores(r, Math.min(to, r + SLICE), from);
        }
      }
      for (int k = 0; k < cubeDims.length; k++) {
        int m = order(k, from, to);
        for (int j = 0; j < m; j += SLICE) {
          if (narrow) {
            countOrdered(j, Math.min(m, j + SLICE), from);
          } else {
            countEach(j, Math.min(m, j + SLICE));
          }
        }
      }
      atomKeys(from, to);
    }

    /** Counts the ordered rows {@code order[j0 .. j1)} one at a time (scores beyond ints). */
    private void countEach(int j0, int j1) {
      for (int j = j0; j < j1; j++) {
        prepare(order[j]);
        add(cube, cellOf, j, j + 1);
      }
    }

    /**
     * Sets {@link #rowScore} of rows {@code [r0, r1)} of the block starting at {@code from}: per
     * construct the scaled score, or -1 if the row answered none of its items.
     */
    private void scores(int r0, int r1, int from) {
      for (int r = r0; r < r1; r++) {
        int a0 = r * items;
        int s0 = (r - from) * constructs;
        for (int c = 0; c < constructs; c++) {
          rowScore[s0 + c] = (int) scaledScore(a0, c);
        }
      }
    }

    /**
     * Fills {@link #order} and {@link #cellOf} with the rows of {@code [from, to)} that have every
     * dimension of cube {@code k} and their cube cells, ordered by cell when the cube is small
     * enough to sort by counting, else in row order; counts the other rows directly in the
     * layout's cells of the cube's breakdowns. Returns the number of rows ordered.
     */
    private int order(int k, int from, int to) {
      int[] cd = cubeDims[k];
      int size = plan.cubeSize[k];
      int base = cubeBase[k];
      boolean sorted = size < cellStart.length;
      int[] start = cellStart;
      if (sorted) {
        java.util.Arrays.fill(start, 0, size + 1, 0);
      }
      int m = 0;
      for (int r = from; r < to; r++) {
        int c0 = r * dims;
        int index = 0;
        boolean complete = true;
        for (int d : cd) {
          int code = codes[c0 + d];
          if (code < 0) {
            complete = false;
            break;
          }
          index = index * card[d] + code;
        }
        if (complete) {
          if (sorted) {
            key[r - from] = index;
            start[index + 1]++;
          } else {
            order[m] = r;
            cellOf[m] = base + index;
          }
          m++;
        } else {
          key[r - from] = -1;
          prepare(r);
          add(cells(), direct, directTargets(k, c0, 0));
        }
      }
      if (sorted) {
        for (int b = 0; b < size; b++) {
          start[b + 1] += start[b];
        }
        for (int r = from; r < to; r++) {
          int index = key[r - from];
          if (index >= 0) {
            int at = start[index]++;
            order[at] = r;
            cellOf[at] = base + index;
          }
        }
      }
      return m;
    }

    /**
     * Counts the ordered rows {@code order[j0 .. j1)} of the block starting at {@code from} in
     * their cube cells: the respondent, the histogram slot of each item's point (the spare slot
     * if unanswered) and the moments of each construct's score from {@link #rowScore}.
     */
    private void countOrdered(int j0, int j1, int from) {
      Counts counts = cube;
      int stride = counts.stride;
      int[] block = counts.block;
      long[] moments = counts.moments;
      long[] high = counts.high;
      int momentStride = constructs * 2;
      for (int j = j0; j < j1; j++) {
        int r = order[j];
        int cell = cellOf[j];
        int base = cell * stride;
        int a0 = r * items;
        block[base + width + 1]++;
        for (int i = 0, t = 0; i < items; i++, t += slotsPerItem) {
          block[base + slot[t + points[a0 + i]]]++;
        }
        int s = cell * momentStride;
        int v = (r - from) * constructs;
        for (int c = 0; c < constructs; c++, s += 2) {
          long value = rowScore[v + c];
          if (value >= 0) {
            addScore(moments, high, cell, c, s, value);
          } else {
            block[base + width + 2 + c]++;
          }
        }
      }
    }

    /** Sets {@link #shifts}, {@link #values} and {@link #scoredNow} from row {@code r}. */
    private void prepare(int r) {
      int a0 = r * items;
      for (int i = 0; i < items; i++) {
        int p = points[a0 + i];
        shifts[i] = p == 0 ? width : histOffset[i] + p - 1;
      }
      for (int c = 0; c < constructs; c++) {
        long score = scaledScore(a0, c);
        scoredNow[c] = score >= 0;
        values[c] = Math.max(score, 0);
      }
    }

    /**
     * The scaled score of construct {@code c} for the row whose answers start at {@code a0}: the
     * sum of its answered items' points (from 0) times the construct's factor for that many
     * answers, or -1 if none was answered.
     */
    private long scaledScore(int a0, int c) {
      int answered = 0;
      long total = 0;
      for (int i : constructItems[c]) {
        int p = points[a0 + i];
        if (p != 0) {
          answered++;
          total += p - 1;
        }
      }
      return answered > 0 ? total * factor[c][answered] : -1;
    }

    /** Buffers (or, when atoms are hashed, counts) the atom keys of rows {@code [from, to)}. */
    private void atomKeys(int from, int to) {
      for (int r = from; r < to; r++) {
        int c0 = r * dims;
        long atom = 0;
        for (int d = 0; d < dims; d++) {
          int code = codes[c0 + d];
          atom += (code < 0 ? card[d] : code) * atomMultiplier[d];
        }
        if (atomCounts != null) {
          atomKeys[atomFill++] = (int) atom;
          if (atomFill == atomKeys.length) {
            flushAtoms();
          }
        } else {
          atoms.increment(atom);
        }
      }
    }

    /**
     * Counts the buffered atom keys: sorts them (a least-significant-digit radix sort), then
     * counts in ascending key order, so that the large dense array is swept forwards instead of
     * being hit at a random place per row.
     */
    void flushAtoms() {
      int[] dense = atomCounts;
      if (dense == null || atomFill == 0) {
        return;
      }
      int[] from = atomKeys;
      int[] to = atomPartitioned;
      int[] start = bucketStart;
      for (int shift = 0; shift < atomBits; shift += RADIX_BITS) {
        java.util.Arrays.fill(start, 0);
        for (int i = 0; i < atomFill; i++) {
          start[((from[i] >>> shift) & RADIX_MASK) + 1]++;
        }
        for (int b = 0; b < RADIX_MASK + 1; b++) {
          start[b + 1] += start[b];
        }
        for (int i = 0; i < atomFill; i++) {
          int key = from[i];
          to[start[(key >>> shift) & RADIX_MASK]++] = key;
        }
        int[] swap = from;
        from = to;
        to = swap;
      }
      for (int i = 0; i < atomFill; i++) {
        dense[from[i]]++;
      }
      atomFill = 0;
    }

    /**
     * Adds one scaled score to construct {@code c}'s moments of a cell (at {@code s}): the sum,
     * and the sum of squares, with its high word when sums of squares may pass 64 bits (a score
     * of 2^32 or more has a square beyond 64 bits).
     */
    private void addScore(long[] moments, long[] high, int cell, int c, int s, long value) {
      long square = value * value;
      moments[s] += value;
      if (wide) {
        long before = moments[s + 1];
        long after = before + square;
        moments[s + 1] = after;
        high[cell * constructs + c] += Math.multiplyHigh(value, value)
            + (Long.compareUnsigned(after, before) < 0 ? 1 : 0);
      } else {
        moments[s + 1] += square;
      }
    }

    /** Counts the current row (shifts, values) in cells {@code cellsOfRow[0 .. t)}. */
    private void add(Counts counts, int[] cellsOfRow, int t) {
      add(counts, cellsOfRow, 0, t);
    }

    /** Counts the current row (shifts, values) in cells {@code cellsOfRow[s0 .. t)}. */
    private void add(Counts counts, int[] cellsOfRow, int s0, int t) {
      int stride = counts.stride;
      int[] block = counts.block;
      long[] moments = counts.moments;
      long[] high = counts.high;
      int momentStride = constructs * 2;
      for (int k = s0; k < t; k++) {
        int cell = cellsOfRow[k];
        int base = cell * stride;
        block[base + width + 1]++;
        for (int i = 0; i < items; i++) {
          block[base + shifts[i]]++;
        }
        int s = cell * momentStride;
        for (int c = 0; c < constructs; c++, s += 2) {
          if (scoredNow[c]) {
            addScore(moments, high, cell, c, s, values[c]);
          } else {
            block[base + width + 2 + c]++;
          }
        }
      }
    }

    /**
     * Appends to {@code direct} the layout cells of cube {@code k}'s breakdowns that the row
     * (codes from c0), which lacks a value of the cube, belongs to; the whole organisation too
     * if {@code k} is cube 0.
     */
    private int directTargets(int k, int c0, int u) {
      int out = u;
      if (k == 0) {
        direct[out++] = 0;
      }
      for (int b : plan.cubeBreakdowns[k]) {
        out = crossProduct(breakdowns[b], c0, cellBase[b], out);
      }
      return out;
    }

    /** Appends the cells of one breakdown a row with codes from c0 counts in. */
    private int crossProduct(int[] bd, int c0, int base, int t) {
      for (int k = 0; k < bd.length; k++) {
        if (codes[c0 + bd[k]] < 0) {
          return t;
        }
      }
      int[] cursor = position.length >= bd.length ? position : new int[bd.length];
      java.util.Arrays.fill(cursor, 0, bd.length, 0);
      int out = t;
      while (true) {
        int index = 0;
        for (int k = 0; k < bd.length; k++) {
          index = index * card[bd[k]] + rollup[bd[k]][codes[c0 + bd[k]]][cursor[k]];
        }
        direct[out++] = base + index;
        int k = bd.length - 1;
        while (k >= 0 && ++cursor[k] == rollup[bd[k]][codes[c0 + bd[k]]].length) {
          cursor[k] = 0;
          k--;
        }
        if (k < 0) {
          return out;
        }
      }
    }

    /** Adds another thread's counts (of the same plan) to this one's. */
    void addAll(Work other) {
      cube.addAll(other.cube);
      Counts theirs = other.cells;
      if (theirs != null) {
        cells().addAll(theirs);
      }
      int[] mine = atomCounts;
      int[] others = other.atomCounts;
      if (mine != null && others != null) {
        for (int i = 0; i < mine.length; i++) {
          mine[i] += others[i];
        }
      } else {
        atoms.addAll(other.atoms);
      }
    }

    /**
     * The tally: direct counts plus every cube summed out into its breakdowns' cells, on up to
     * {@code threads} threads.
     */
    CellTally fold(int threads) {
      int[] dense = atomCounts;
      LongCounts all = atoms;
      if (dense != null) {
        all = LongCounts.ofDense(dense); // this work's array, no longer written here
      }
      CellTally tally = new CellTally(layout, all);
      Counts direct = cells;
      if (direct != null) {
        for (int cell = 0; cell < layout.cells; cell++) {
          if (direct.respondents(cell) != 0) {
            addCell(tally, direct, cell, cell);
          }
        }
      }
      int[] cubeOf = new int[breakdowns.length];
      for (int k = 0; k < cubeDims.length; k++) {
        for (int b : plan.cubeBreakdowns[k]) {
          cubeOf[b] = k;
        }
      }
      // One task per breakdown and one for the whole organisation: each writes only its own
      // cells of the tally and reads the cube counts, so the tasks may run on several threads.
      IntStream tasks = IntStream.rangeClosed(0, breakdowns.length);
      (threads > 1 ? tasks.parallel() : tasks).forEach(task -> foldTask(tally, task, cubeOf));
      return tally;
    }

    /**
     * Sums the cube cells into the cells of breakdown {@code task}, or into the whole
     * organisation's cell if {@code task} is the number of breakdowns (from cube 0).
     */
    private void foldTask(CellTally tally, int task, int[] cubeOf) {
      boolean whole = task == breakdowns.length;
      int k = whole ? 0 : cubeOf[task];
      int[] cd = cubeDims[k];
      int[] cubeCodes = new int[dims];
      for (int local = 0; local < plan.cubeSize[k]; local++) {
        int from = cubeBase[k] + local;
        if (cube.respondents(from) == 0) {
          continue;
        }
        if (whole) {
          addCell(tally, cube, from, 0);
          continue;
        }
        int rest = local;
        for (int j = cd.length - 1; j >= 0; j--) {
          int radix = Math.max(1, card[cd[j]]);
          cubeCodes[cd[j]] = rest % radix;
          rest /= radix;
        }
        foldInto(tally, from, breakdowns[task], cubeCodes, cellBase[task]);
      }
    }

    /** Adds cube cell {@code from} to every cell of one breakdown its codes roll up to. */
    private void foldInto(CellTally tally, int from, int[] bd, int[] cubeCodes, int base) {
      int[] cursor = new int[bd.length];
      while (true) {
        int index = 0;
        for (int k = 0; k < bd.length; k++) {
          index = index * card[bd[k]] + rollup[bd[k]][cubeCodes[bd[k]]][cursor[k]];
        }
        addCell(tally, cube, from, base + index);
        int k = bd.length - 1;
        while (k >= 0 && ++cursor[k] == rollup[bd[k]][cubeCodes[bd[k]]].length) {
          cursor[k] = 0;
          k--;
        }
        if (k < 0) {
          return;
        }
      }
    }

    private void addCell(CellTally tally, Counts counts, int from, int to) {
      int source = from * counts.stride;
      int[] counted = counts.block;
      int respondents = counted[source + width + 1];
      tally.n[to] += respondents;
      int target = to * width;
      long[] hist = tally.hist;
      for (int s = 0; s < width; s++) {
        hist[target + s] += counted[source + s];
      }
      long[] moments = counts.moments;
      for (int c = 0, m = from * constructs * 2, i = to * constructs; c < constructs;
          c++, m += 2, i++) {
        tally.scored[i] += respondents - counted[source + width + 2 + c];
        tally.sum[i] += moments[m];
        tally.addSquare(i, counts.high.length > 0 ? counts.high[from * constructs + c] : 0,
            moments[m + 1]);
      }
    }
  }
}
