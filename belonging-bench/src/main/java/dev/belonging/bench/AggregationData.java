package dev.belonging.bench;

import dev.belonging.testkit.SeededRandom;
import java.util.random.RandomGenerator;

/**
 * The aggregation workload of the benchmarks, encoded as primitive arrays so that every contender
 * starts from the same in-memory data: {@code n} respondents, {@link #ITEMS} five-point items
 * (0 = not answered), and {@link #DIMENSIONS} dimensions coded as small integers (team, tenure
 * band, role, work arrangement, location, one demographic), with skewed team sizes.
 */
final class AggregationData {
  static final int ITEMS = 20;
  static final int POINTS = 5;
  static final String[] DIMENSION_NAMES =
      {"team", "tenure", "role", "arrangement", "location", "demographic"};
  static final int[] CARDINALITY = {200, 5, 6, 4, 12, 5};
  static final int DIMENSIONS = CARDINALITY.length;

  final int respondents;
  /** Row-major respondents x items; 0 means not answered, else a point in 1..5. */
  final byte[] answers;
  /** Row-major respondents x dimensions: the code of each dimension's value. */
  final int[] codes;

  private AggregationData(int respondents, byte[] answers, int[] codes) {
    this.respondents = respondents;
    this.answers = answers;
    this.codes = codes;
  }

  /** A deterministic workload of {@code respondents} people for the given seed. */
  static AggregationData generate(int respondents, long seed) {
    RandomGenerator random = SeededRandom.of(seed);
    byte[] answers = new byte[respondents * ITEMS];
    int[] codes = new int[respondents * DIMENSIONS];
    for (int r = 0; r < respondents; r++) {
      // Team sizes skewed: the square of a uniform draw favours low team codes.
      double u = random.nextDouble();
      codes[r * DIMENSIONS] = (int) (u * u * CARDINALITY[0]);
      for (int d = 1; d < DIMENSIONS; d++) {
        codes[r * DIMENSIONS + d] = random.nextInt(CARDINALITY[d]);
      }
      double latent = random.nextGaussian();
      for (int i = 0; i < ITEMS; i++) {
        if (random.nextInt(50) == 0) {
          continue; // 2% missing completely at random
        }
        double z = latent * 0.8 + random.nextGaussian() * 0.6;
        int point = z < -1.2 ? 1 : z < -0.4 ? 2 : z < 0.3 ? 3 : z < 1.1 ? 4 : 5;
        answers[r * ITEMS + i] = (byte) point;
      }
    }
    return new AggregationData(respondents, answers, codes);
  }

  /** The 6 single and 15 two-way breakdowns, as pairs of dimension indices (-1 for none). */
  static int[][] breakdowns() {
    int[][] result = new int[DIMENSIONS + DIMENSIONS * (DIMENSIONS - 1) / 2][];
    int b = 0;
    for (int d = 0; d < DIMENSIONS; d++) {
      result[b++] = new int[] {d, -1};
    }
    for (int d = 0; d < DIMENSIONS; d++) {
      for (int e = d + 1; e < DIMENSIONS; e++) {
        result[b++] = new int[] {d, e};
      }
    }
    return result;
  }

  /** Number of cells of a breakdown. */
  static int cells(int[] breakdown) {
    return breakdown[1] < 0 ? CARDINALITY[breakdown[0]]
        : CARDINALITY[breakdown[0]] * CARDINALITY[breakdown[1]];
  }
}
