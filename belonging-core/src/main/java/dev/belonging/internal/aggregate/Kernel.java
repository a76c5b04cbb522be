package dev.belonging.internal.aggregate;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The aggregation loop over encoded rows: {@code points} row-major respondents x items (0 = not
 * answered, else the point's offset from the scale minimum plus one) and {@code codes} row-major
 * respondents x dimensions (-1 = no value). Per thread it counts into flat arrays ({@code int}
 * histograms: a respondent adds at most one to any slot, so fewer than 2^31 rows cannot
 * overflow), then folds them into a {@link CellTally} of {@code long}s.
 */
public final class Kernel {
  /** Rows per call of the hot method, so that it is compiled whole rather than entered by OSR. */
  private static final int BLOCK = 512;

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
    int chunks = Math.max(1, Math.min(threads, rows / 4096 + 1));
    int chunk = (rows + chunks - 1) / chunks;
    if (chunks == 1) {
      return range(layout, points, codes, 0, rows);
    }
    return IntStream.range(0, chunks).parallel()
        .mapToObj(t -> range(layout, points, codes, t * chunk, Math.min(rows, (t + 1) * chunk)))
        .reduce(CellTally::addAll)
        .orElseGet(() -> new CellTally(layout));
  }

  /**
   * Aggregates rows {@code [from, to)} on the calling thread.
   *
   * @param layout the layout
   * @param points encoded answers
   * @param codes encoded dimension values
   * @param from first row
   * @param to end row, exclusive
   * @return the tally
   */
  public static CellTally range(Layout layout, byte[] points, int[] codes, int from, int to) {
    Work work = new Work(layout, points, codes, to - from);
    for (int block = from; block < to; block += BLOCK) {
      work.rows(block, Math.min(to, block + BLOCK));
    }
    return work.fold();
  }

  /** Per-thread counting state. */
  private static final class Work {
    private final Layout layout;
    private final byte[] points;
    private final int[] codes;
    private final int items;
    private final int dims;
    private final int width;
    private final int constructs;
    private final int[] histOffset;
    private final int[][] constructItems;
    private final long[] scale;
    private final int[][][] rollup;
    private final int[][] breakdowns;
    private final int[] cellBase;
    private final int[] card;
    private final long[] atomMultiplier;
    private final int[] targets;
    private final int[] targetSlots;
    private final int[] n;
    private final int[] hist;
    /** Per cell and construct: scored, sum, low and high 64 bits of the sum of squares. */
    private final long[] moments;
    /** Whether a sum of squares may exceed 63 bits, so that the carry must be tracked. */
    private final boolean wide;
    private final LongCounts atoms;
    private final int[] cursor = new int[8];

    Work(Layout layout, byte[] points, int[] codes, int rows) {
      this.layout = layout;
      this.points = points;
      this.codes = codes;
      this.items = layout.items;
      this.dims = layout.dimensions;
      this.width = layout.histWidth;
      this.constructs = layout.constructs();
      this.histOffset = layout.histOffset;
      this.constructItems = layout.constructItems;
      this.scale = layout.constructScale;
      this.rollup = layout.rollup;
      this.breakdowns = layout.breakdowns;
      this.cellBase = layout.cellBase;
      this.card = layout.cardinality;
      this.atomMultiplier = layout.atomMultiplier;
      int maxTargets = 1;
      for (int[] dimsOfB : breakdowns) {
        int product = 1;
        for (int d : dimsOfB) {
          int longest = 1;
          for (int[] list : rollup[d]) {
            longest = Math.max(longest, list.length);
          }
          product *= longest;
        }
        maxTargets += product;
      }
      targets = new int[maxTargets];
      targetSlots = new int[maxTargets];
      n = new int[layout.cells];
      hist = new int[layout.cells * width];
      moments = new long[layout.cells * constructs * 4];
      boolean w = false;
      for (int c = 0; c < constructs; c++) {
        int maxOffset = 0;
        for (int i : constructItems[c]) {
          maxOffset = Math.max(maxOffset, layout.itemPoints[i] - 1);
        }
        double largest = (double) maxOffset * scale[c];
        w |= largest * largest * Math.max(1, rows) >= 0x1p62;
      }
      wide = w;
      atoms = LongCounts.forKeySpace(layout.atomSpace(), rows);
    }

    void rows(int from, int to) {
      for (int r = from; r < to; r++) {
        int t = targets(r * dims);
        for (int k = 0; k < t; k++) {
          n[targets[k]]++;
          targetSlots[k] = targets[k] * width;
        }
        int a0 = r * items;
        for (int i = 0; i < items; i++) {
          int p = points[a0 + i];
          if (p != 0) {
            int shift = histOffset[i] + p - 1;
            for (int k = 0; k < t; k++) {
              hist[targetSlots[k] + shift]++;
            }
          }
        }
        for (int c = 0; c < constructs; c++) {
          int answered = 0;
          long total = 0;
          for (int i : constructItems[c]) {
            int p = points[a0 + i];
            if (p != 0) {
              answered++;
              total += p - 1;
            }
          }
          if (answered > 0) {
            addScore(c, total * (scale[c] / answered), t);
          }
        }
      }
    }

    private void addScore(int c, long value, int t) {
      long square = value * value;
      int stride = constructs * 4;
      int base = c * 4;
      if (wide) {
        for (int k = 0; k < t; k++) {
          int s = targets[k] * stride + base;
          moments[s]++;
          moments[s + 1] += value;
          long before = moments[s + 2];
          long after = before + square;
          moments[s + 2] = after;
          if (Long.compareUnsigned(after, before) < 0) {
            moments[s + 3]++;
          }
        }
      } else {
        for (int k = 0; k < t; k++) {
          int s = targets[k] * stride + base;
          moments[s]++;
          moments[s + 1] += value;
          moments[s + 2] += square;
        }
      }
    }

    /** Fills {@code targets} with the cells of the row whose codes start at c0; returns count. */
    private int targets(int c0) {
      int t = 0;
      targets[t++] = 0;
      for (int b = 0; b < breakdowns.length; b++) {
        int[] bd = breakdowns[b];
        if (bd.length == 1) {
          int code = codes[c0 + bd[0]];
          if (code >= 0) {
            for (int cell : rollup[bd[0]][code]) {
              targets[t++] = cellBase[b] + cell;
            }
          }
        } else if (bd.length == 2) {
          int x = codes[c0 + bd[0]];
          int y = codes[c0 + bd[1]];
          if (x >= 0 && y >= 0) {
            int cy = card[bd[1]];
            for (int xi : rollup[bd[0]][x]) {
              for (int yi : rollup[bd[1]][y]) {
                targets[t++] = cellBase[b] + xi * cy + yi;
              }
            }
          }
        } else {
          t = crossProduct(bd, c0, cellBase[b], t);
        }
      }
      long atom = 0;
      for (int d = 0; d < dims; d++) {
        int code = codes[c0 + d];
        atom += (code < 0 ? card[d] : code) * atomMultiplier[d];
      }
      atoms.increment(atom);
      return t;
    }

    private int crossProduct(int[] bd, int c0, int base, int t) {
      int[][] lists = new int[bd.length][];
      for (int k = 0; k < bd.length; k++) {
        int code = codes[c0 + bd[k]];
        if (code < 0) {
          return t;
        }
        lists[k] = rollup[bd[k]][code];
      }
      int[] position = cursor.length >= bd.length ? cursor : new int[bd.length];
      Arrays.fill(position, 0, bd.length, 0);
      int out = t;
      while (true) {
        int index = 0;
        for (int k = 0; k < bd.length; k++) {
          index = index * card[bd[k]] + lists[k][position[k]];
        }
        targets[out++] = base + index;
        int k = bd.length - 1;
        while (k >= 0 && ++position[k] == lists[k].length) {
          position[k] = 0;
          k--;
        }
        if (k < 0) {
          return out;
        }
      }
    }

    CellTally fold() {
      CellTally tally = new CellTally(layout, n[0]);
      for (int i = 0; i < n.length; i++) {
        tally.n[i] = n[i];
      }
      for (int i = 0; i < hist.length; i++) {
        tally.hist[i] = hist[i];
      }
      for (int i = 0; i < tally.scored.length; i++) {
        tally.scored[i] = moments[4 * i];
        tally.sum[i] = moments[4 * i + 1];
        tally.sumSqLow[i] = moments[4 * i + 2];
        tally.sumSqHigh[i] = moments[4 * i + 3];
      }
      tally.atoms.addAll(atoms);
      return tally;
    }
  }
}
