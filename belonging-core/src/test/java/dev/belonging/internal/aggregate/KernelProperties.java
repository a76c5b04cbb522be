package dev.belonging.internal.aggregate;

import static com.google.common.truth.Truth.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The kernel's cube counting equals counting every cell directly, integer for integer: on random
 * layouts (roll-up hierarchies, missing values, unanswered items, one- to three-way breakdowns),
 * whatever the cube budget, number of threads, size of the atom buffer and rows per block. The
 * reference adds each row to every cell of {@link Layout#cellsOf} in plain {@code long} and
 * {@link BigInteger} arithmetic.
 */
class KernelProperties {

  @Property(tries = 60)
  void aggregate_anyBudgetAndThreads_equalsDirectCounting(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int rows,
      @ForAll @IntRange(min = 1, max = 5000) int budget,
      @ForAll @IntRange(min = 1, max = 3) int threads,
      @ForAll @IntRange(min = 1, max = 40) int atomBuffer,
      @ForAll @IntRange(min = 1, max = 64) int blockRows) {
    SplittableRandom random = new SplittableRandom(seed);
    Layout layout = randomLayout(random);
    byte[] points = new byte[rows * layout.items];
    int[] codes = new int[rows * layout.dimensions];
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < layout.items; i++) {
        points[r * layout.items + i] =
            (byte) (random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(layout.itemPoints[i]));
      }
      for (int d = 0; d < layout.dimensions; d++) {
        int card = layout.cardinality[d];
        codes[r * layout.dimensions + d] =
            card == 0 || random.nextInt(6) == 0 ? -1 : random.nextInt(card);
      }
    }

    CellTally actual =
        Kernel.aggregate(layout, points, codes, rows, threads, budget, 7, atomBuffer, blockRows);

    Expected expected = new Expected(layout);
    for (int r = 0; r < rows; r++) {
      expected.add(points, codes, r);
    }
    expected.assertEqualTo(actual);
  }

  @Property(tries = 5)
  void aggregate_defaultPlan_equalsDirectCounting(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Layout layout = randomLayout(random);
    int rows = 5000;
    byte[] points = new byte[rows * layout.items];
    int[] codes = new int[rows * layout.dimensions];
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < layout.items; i++) {
        points[r * layout.items + i] = (byte) (1 + random.nextInt(layout.itemPoints[i]));
      }
      for (int d = 0; d < layout.dimensions; d++) {
        int card = layout.cardinality[d];
        codes[r * layout.dimensions + d] =
            card == 0 || random.nextInt(50) == 0 ? -1 : random.nextInt(card);
      }
    }
    CellTally actual = Kernel.aggregate(layout, points, codes, rows, 2);
    Expected expected = new Expected(layout);
    for (int r = 0; r < rows; r++) {
      expected.add(points, codes, r);
    }
    expected.assertEqualTo(actual);
  }

  /**
   * A construct of 24 items has the scale lcm(1..24) = 5,354,228,880: its scaled scores do not
   * fit in an {@code int} and a single square passes 63 bits, so the kernel counts such rows
   * one at a time and carries into the high words of the sums of squares.
   */
  @Property(tries = 20)
  void aggregate_scoresBeyondInt_equalsDirectCounting(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 120) int rows,
      @ForAll @IntRange(min = 1, max = 2) int threads,
      @ForAll @IntRange(min = 1, max = 16) int blockRows) {
    SplittableRandom random = new SplittableRandom(seed);
    int items = 25;
    int[] itemPoints = new int[items];
    java.util.Arrays.fill(itemPoints, 2);
    itemPoints[items - 1] = 7;
    int[][] constructItems = {java.util.stream.IntStream.range(0, 24).toArray(), {24}};
    int[] cardinality = {3, 2};
    int[][][] rollup = {{{0}, {1, 0}, {2}}, {{0}, {1}}};
    int[][] breakdowns = {{0}, {1}, {0, 1}};
    Layout layout = new Layout(itemPoints, constructItems, cardinality, rollup, breakdowns);
    byte[] points = new byte[rows * items];
    int[] codes = new int[rows * layout.dimensions];
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < items; i++) {
        points[r * items + i] =
            (byte) (random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(itemPoints[i]));
      }
      for (int d = 0; d < layout.dimensions; d++) {
        codes[r * layout.dimensions + d] =
            random.nextInt(5) == 0 ? -1 : random.nextInt(cardinality[d]);
      }
    }

    CellTally actual = Kernel.aggregate(layout, points, codes, rows, threads, 6, 7, 5, blockRows);

    Expected expected = new Expected(layout);
    for (int r = 0; r < rows; r++) {
      expected.add(points, codes, r);
    }
    expected.assertEqualTo(actual);
  }

  /** A layout of 1-6 items, 0-3 constructs, 1-5 dimensions (some with roll-ups), 0-6 breakdowns. */
  private static Layout randomLayout(SplittableRandom random) {
    int items = 1 + random.nextInt(6);
    int[] itemPoints = new int[items];
    for (int i = 0; i < items; i++) {
      itemPoints[i] = 2 + random.nextInt(6);
    }
    int constructCount = random.nextInt(4);
    int[][] constructItems = new int[constructCount][];
    for (int c = 0; c < constructCount; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        if (random.nextBoolean()) {
          members.add(i);
        }
      }
      if (members.isEmpty()) {
        members.add(random.nextInt(items));
      }
      constructItems[c] = members.stream().mapToInt(Integer::intValue).toArray();
    }
    int dims = 1 + random.nextInt(5);
    int[] cardinality = new int[dims];
    int[][][] rollup = new int[dims][][];
    for (int d = 0; d < dims; d++) {
      cardinality[d] = random.nextInt(7);
      rollup[d] = new int[cardinality[d]][];
      boolean hierarchy = random.nextInt(3) == 0;
      int[] parent = new int[cardinality[d]];
      for (int code = 0; code < cardinality[d]; code++) {
        parent[code] = hierarchy && code > 0 && random.nextBoolean() ? random.nextInt(code) : -1;
        List<Integer> chain = new ArrayList<>();
        for (int x = code; x >= 0; x = parent[x]) {
          chain.add(x);
        }
        rollup[d][code] = chain.stream().mapToInt(Integer::intValue).toArray();
      }
    }
    int breakdownCount = random.nextInt(7);
    int[][] breakdowns = new int[breakdownCount][];
    for (int b = 0; b < breakdownCount; b++) {
      List<Integer> chosen = new ArrayList<>();
      int size = 1 + random.nextInt(Math.min(3, dims));
      while (chosen.size() < size) {
        int d = random.nextInt(dims);
        if (!chosen.contains(d)) {
          chosen.add(d);
        }
      }
      breakdowns[b] = chosen.stream().mapToInt(Integer::intValue).toArray();
    }
    return new Layout(itemPoints, constructItems, cardinality, rollup, breakdowns);
  }

  /** Direct counting into every cell of every row, the obvious way. */
  private static final class Expected {
    final Layout layout;
    final long[] n;
    final long[][] hist;
    final long[][] scored;
    final long[][] sum;
    final BigInteger[][] sumSq;
    final Map<Long, Long> atoms = new HashMap<>();

    Expected(Layout layout) {
      this.layout = layout;
      n = new long[layout.cells];
      hist = new long[layout.cells][layout.histWidth];
      scored = new long[layout.cells][layout.constructs()];
      sum = new long[layout.cells][layout.constructs()];
      sumSq = new BigInteger[layout.cells][layout.constructs()];
      for (BigInteger[] row : sumSq) {
        java.util.Arrays.fill(row, BigInteger.ZERO);
      }
    }

    void add(byte[] points, int[] codes, int r) {
      int[] rowCodes = new int[layout.dimensions];
      System.arraycopy(codes, r * layout.dimensions, rowCodes, 0, layout.dimensions);
      atoms.merge(layout.atomKey(rowCodes), 1L, Long::sum);
      for (int cell : layout.cellsOf(rowCodes)) {
        n[cell]++;
        for (int i = 0; i < layout.items; i++) {
          int p = points[r * layout.items + i];
          if (p != 0) {
            hist[cell][layout.histogramOffset(i) + p - 1]++;
          }
        }
        for (int c = 0; c < layout.constructs(); c++) {
          int answered = 0;
          long total = 0;
          for (int i : layout.constructItems[c]) {
            int p = points[r * layout.items + i];
            if (p != 0) {
              answered++;
              total += p - 1;
            }
          }
          if (answered > 0) {
            long value = total * layout.constructScale(c) / answered;
            scored[cell][c]++;
            sum[cell][c] += value;
            sumSq[cell][c] = sumSq[cell][c].add(BigInteger.valueOf(value).pow(2));
          }
        }
      }
    }

    void assertEqualTo(CellTally actual) {
      for (int cell = 0; cell < layout.cells; cell++) {
        assertThat(actual.respondents(cell)).isEqualTo(n[cell]);
        for (int i = 0; i < layout.items; i++) {
          for (int o = 0; o < layout.itemPoints[i]; o++) {
            assertThat(actual.histogram(cell, i, o))
                .isEqualTo(hist[cell][layout.histogramOffset(i) + o]);
          }
        }
        for (int c = 0; c < layout.constructs(); c++) {
          assertThat(actual.scored(cell, c)).isEqualTo(scored[cell][c]);
          assertThat(actual.scaledSum(cell, c)).isEqualTo(sum[cell][c]);
          assertThat(actual.scaledSumOfSquares(cell, c)).isEqualTo(sumSq[cell][c]);
        }
      }
      Map<Long, Long> actualAtoms = new HashMap<>();
      for (long key : actual.atoms().sortedKeys()) {
        actualAtoms.put(key, actual.atoms().get(key));
      }
      assertThat(actualAtoms).isEqualTo(atoms);
    }
  }
}
