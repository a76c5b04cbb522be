package dev.belonging.internal.aggregate;

import java.util.Arrays;

/**
 * Counts per non-negative {@code long} key, in an open-addressing hash table: the respondents per
 * atom signature without boxing one object per respondent. Not thread-safe; one per thread, then
 * {@linkplain #addAll(LongCounts) merged}.
 */
public final class LongCounts {
  private static final long EMPTY = 0;
  /** Keys stored plus one, so that 0 marks an empty slot. */
  private long[] keys;
  private long[] counts;
  private int size;
  private int mask;

  /** An empty table. */
  public LongCounts() {
    this(16);
  }

  private LongCounts(int capacity) {
    int c = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
    keys = new long[c];
    counts = new long[c];
    mask = c - 1;
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** Adds {@code count} to the count of {@code key}, a non-negative key. */
  public void add(long key, long count) {
    long stored = key + 1;
    int slot = hash(stored) & mask;
    while (true) {
      long k = keys[slot];
      if (k == stored) {
        counts[slot] += count;
        return;
      }
      if (k == EMPTY) {
        keys[slot] = stored;
        counts[slot] = count;
        if (++size * 2 > keys.length) {
          grow();
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The count of {@code key}, 0 if absent. */
  public long get(long key) {
    long stored = key + 1;
    int slot = hash(stored) & mask;
    while (true) {
      long k = keys[slot];
      if (k == stored) {
        return counts[slot];
      }
      if (k == EMPTY) {
        return 0;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new long[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        add(oldKeys[i] - 1, oldCounts[i]);
      }
    }
  }

  /** Adds every count of {@code other} to this table. */
  public void addAll(LongCounts other) {
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != EMPTY) {
        add(other.keys[i] - 1, other.counts[i]);
      }
    }
  }

  /** Number of distinct keys. */
  public int size() {
    return size;
  }

  /** The keys, sorted ascending. */
  public long[] sortedKeys() {
    long[] result = new long[size];
    int j = 0;
    for (long k : keys) {
      if (k != EMPTY) {
        result[j++] = k - 1;
      }
    }
    Arrays.sort(result);
    return result;
  }

  @Override
  public String toString() {
    return "LongCounts[keys=" + size + "]";
  }
}
