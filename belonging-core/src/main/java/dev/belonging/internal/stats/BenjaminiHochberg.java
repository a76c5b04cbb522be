package dev.belonging.internal.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini-Hochberg adjusted p-values (q-values) controlling the false discovery rate
 * (Benjamini & Hochberg 1995, JRSS B 57:289-300), computed as R's {@code p.adjust(p, "BH")}: for
 * the i-th smallest of m p-values, {@code q = min(1, min over j >= i of m/j · p_(j))}.
 * Thread-safe; stateless.
 */
public final class BenjaminiHochberg {
  private BenjaminiHochberg() {}

  /**
   * Adjusts p-values.
   *
   * @param p the p-values of one family of tests, each in [0, 1]; not modified
   * @return the q-values in the order of {@code p}: each {@code >= } its p-value, at most 1,
   *     equal for equal p-values, and non-decreasing in p
   * @throws IllegalArgumentException if a p-value is outside [0, 1] or NaN
   */
  public static double[] adjust(double[] p) {
    int m = p.length;
    for (int i = 0; i < m; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException("p[" + i + "] must be in [0, 1], but was " + p[i]);
      }
    }
    // Largest p first; ties keep input order so the result is deterministic.
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
    double[] q = new double[m];
    double running = 1;
    for (int k = 0; k < m; k++) {
      int rank = m - k; // rank of order[k] among the ascending p-values
      double candidate = ((double) m / rank) * p[order[k]];
      running = Math.min(running, candidate);
      q[order[k]] = running;
    }
    return q;
  }
}
