package dev.belonging.internal.aggregate;

import java.util.stream.IntStream;

/**
 * The aggregation loop over encoded rows: {@code points} row-major respondents x items (0 = not
 * answered, else the point's offset from the scale minimum plus one) and {@code codes} row-major
 * respondents x dimensions (-1 = no value). Per thread it counts into flat {@code int} arrays (a
 * respondent adds at most one to any slot, so a range of fewer than 2^31 rows cannot overflow),
 * then folds them into a {@link CellTally} of {@code long}s.
 */
public final class Kernel {
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
    final int items = layout.items;
    final int dims = layout.dimensions;
    final int width = layout.histWidth;
    final int constructs = layout.constructs();
    final int[] histOffset = layout.histOffset;
    final int[][] constructItems = layout.constructItems;
    final long[] scale = layout.constructScale;
    final int[][][] rollup = layout.rollup;
    final int[][] breakdowns = layout.breakdowns;
    final int[] cellBase = layout.cellBase;
    final int[] card = layout.cardinality;
    final long[] atomMultiplier = layout.atomMultiplier;
    final int nb = breakdowns.length;
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
    final int[] targets = new int[maxTargets];
    final int[] targetSlots = new int[maxTargets];
    final int[] n = new int[layout.cells];
    final int[] hist = new int[layout.cells * width];
    final int[] scored = new int[layout.cells * constructs];
    final long[] sum = new long[layout.cells * constructs];
    final long[] sqHigh = new long[layout.cells * constructs];
    final long[] sqLow = new long[layout.cells * constructs];
    final LongCounts atoms = new LongCounts();
    final int[] cursor = new int[8];
    for (int r = from; r < to; r++) {
      final int c0 = r * dims;
      int t = 0;
      targets[t++] = 0;
      for (int b = 0; b < nb; b++) {
        int[] bd = breakdowns[b];
        if (bd.length == 1) {
          int code = codes[c0 + bd[0]];
          if (code >= 0) {
            int[] list = rollup[bd[0]][code];
            for (int cell : list) {
              targets[t++] = cellBase[b] + cell;
            }
          }
        } else if (bd.length == 2) {
          int x = codes[c0 + bd[0]];
          int y = codes[c0 + bd[1]];
          if (x >= 0 && y >= 0) {
            int[] xs = rollup[bd[0]][x];
            int[] ys = rollup[bd[1]][y];
            int cy = card[bd[1]];
            for (int xi : xs) {
              for (int yi : ys) {
                targets[t++] = cellBase[b] + xi * cy + yi;
              }
            }
          }
        } else {
          t = crossProduct(bd, codes, c0, rollup, card, cellBase[b], targets, t, cursor);
        }
      }
      long atom = 0;
      for (int d = 0; d < dims; d++) {
        int code = codes[c0 + d];
        atom += (code < 0 ? card[d] : code) * atomMultiplier[d];
      }
      atoms.add(atom, 1);
      for (int k = 0; k < t; k++) {
        n[targets[k]]++;
        targetSlots[k] = targets[k] * width;
      }
      final int a0 = r * items;
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
          long value = total * (scale[c] / answered);
          long square = value * value;
          for (int k = 0; k < t; k++) {
            int s = targets[k] * constructs + c;
            scored[s]++;
            sum[s] += value;
            long before = sqLow[s];
            long after = before + square;
            sqLow[s] = after;
            if (Long.compareUnsigned(after, before) < 0) {
              sqHigh[s]++;
            }
          }
        }
      }
    }
    CellTally tally = new CellTally(layout);
    for (int i = 0; i < n.length; i++) {
      tally.n[i] = n[i];
    }
    for (int i = 0; i < hist.length; i++) {
      tally.hist[i] = hist[i];
    }
    for (int i = 0; i < scored.length; i++) {
      tally.scored[i] = scored[i];
    }
    System.arraycopy(sum, 0, tally.sum, 0, sum.length);
    System.arraycopy(sqHigh, 0, tally.sumSqHigh, 0, sqHigh.length);
    System.arraycopy(sqLow, 0, tally.sumSqLow, 0, sqLow.length);
    tally.atoms.addAll(atoms);
    return tally;
  }

  private static int crossProduct(int[] bd, int[] codes, int c0, int[][][] rollup, int[] card,
      int base, int[] targets, int t, int[] cursorBuffer) {
    int[][] lists = new int[bd.length][];
    for (int k = 0; k < bd.length; k++) {
      int code = codes[c0 + bd[k]];
      if (code < 0) {
        return t;
      }
      lists[k] = rollup[bd[k]][code];
    }
    int[] cursor = cursorBuffer.length >= bd.length ? cursorBuffer : new int[bd.length];
    java.util.Arrays.fill(cursor, 0, bd.length, 0);
    int out = t;
    while (true) {
      int index = 0;
      for (int k = 0; k < bd.length; k++) {
        index = index * card[bd[k]] + lists[k][cursor[k]];
      }
      targets[out++] = base + index;
      int k = bd.length - 1;
      while (k >= 0 && ++cursor[k] == lists[k].length) {
        cursor[k] = 0;
        k--;
      }
      if (k < 0) {
        return out;
      }
    }
  }
}
