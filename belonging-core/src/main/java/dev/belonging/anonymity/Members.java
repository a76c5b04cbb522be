package dev.belonging.anonymity;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The respondents of a cell, as dense indices {@code 0..n-1} that the caller maps to its own
 * respondents. This is all the disclosure check ever sees of a respondent: membership, never an
 * answer.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} shows the size only.
 */
public final class Members {
  private final int[] indices;

  private Members(int[] sortedDistinct) {
    this.indices = sortedDistinct;
  }

  /**
   * Members from indices in any order, duplicates allowed.
   *
   * @param indices respondent indices, each {@code >= 0}
   * @return the members
   * @throws IllegalArgumentException if an index is negative
   */
  public static Members of(int... indices) {
    int[] sorted = indices.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] < 0) {
        throw new IllegalArgumentException("respondent index must be >= 0, but was " + sorted[i]);
      }
      if (n == 0 || sorted[n - 1] != sorted[i]) {
        sorted[n++] = sorted[i];
      }
    }
    return new Members(Arrays.copyOf(sorted, n));
  }

  /**
   * Members from a bit set.
   *
   * @param bits the set bits are the respondent indices
   * @return the members
   */
  public static Members of(BitSet bits) {
    return new Members(bits.stream().toArray());
  }

  /** The number of respondents. */
  public int size() {
    return indices.length;
  }

  /** The indices in increasing order (a copy). */
  public int[] toArray() {
    return indices.clone();
  }

  /** The largest index plus one, or 0 when empty. */
  int bound() {
    return indices.length == 0 ? 0 : indices[indices.length - 1] + 1;
  }

  /** The indices without copying; callers must not modify. */
  int[] view() {
    return indices;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Members m && Arrays.equals(indices, m.indices);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(indices);
  }

  @Override
  public String toString() {
    return "Members[" + indices.length + "]";
  }
}
