package dev.belonging.bench;

import java.util.stream.IntStream;

/**
 * The practical floor: a hand-tuned loop over primitive arrays that fills, for every breakdown
 * cell, a histogram of points per item. The result is one flat {@code long[]} laid out
 * breakdown by breakdown, cell by cell, item by item, point by point; both cores work on halves
 * of the respondents and the halves are summed.
 */
final class PrimitiveLoopBaseline {
  private final int[][] breakdowns = AggregationData.breakdowns();
  private final int[] base = new int[breakdowns.length];
  private final int size;

  PrimitiveLoopBaseline() {
    int offset = 0;
    int cellWidth = AggregationData.ITEMS * AggregationData.POINTS;
    for (int b = 0; b < breakdowns.length; b++) {
      base[b] = offset;
      offset += AggregationData.cells(breakdowns[b]) * cellWidth;
    }
    size = offset;
  }

  /** Length of the flat histogram array. */
  int size() {
    return size;
  }

  long[] aggregate(AggregationData data, int threads) {
    int chunk = (data.respondents + threads - 1) / threads;
    return IntStream.range(0, threads).parallel()
        .mapToObj(t -> aggregateRange(data, t * chunk, Math.min(data.respondents, (t + 1) * chunk)))
        .reduce((a, b) -> {
          for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
          }
          return a;
        })
        .orElseThrow();
  }

  private long[] aggregateRange(AggregationData data, int from, int to) {
    final int items = AggregationData.ITEMS;
    final int points = AggregationData.POINTS;
    final int dims = AggregationData.DIMENSIONS;
    final int cellWidth = items * points;
    final int[] card = AggregationData.CARDINALITY;
    final int nb = breakdowns.length;
    final int[] first = new int[nb];
    final int[] second = new int[nb];
    for (int b = 0; b < nb; b++) {
      first[b] = breakdowns[b][0];
      second[b] = breakdowns[b][1];
    }
    int[] hist = new int[size];
    int[] offsets = new int[nb];
    byte[] answers = data.answers;
    int[] codes = data.codes;
    for (int r = from; r < to; r++) {
      int c = r * dims;
      for (int b = 0; b < nb; b++) {
        int cell = second[b] < 0 ? codes[c + first[b]]
            : codes[c + first[b]] * card[second[b]] + codes[c + second[b]];
        offsets[b] = base[b] + cell * cellWidth - 1;
      }
      int a = r * items;
      for (int i = 0; i < items; i++) {
        int p = answers[a + i];
        if (p != 0) {
          int shift = i * points + p;
          for (int b = 0; b < nb; b++) {
            hist[offsets[b] + shift]++;
          }
        }
      }
    }
    long[] result = new long[size];
    for (int i = 0; i < size; i++) {
      result[i] = hist[i];
    }
    return result;
  }
}
