package dev.belonging.internal.aggregate;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Counts per non-negative {@code long} key: the respondents per atom signature without boxing one
 * object per respondent. When the key space is known and small the counts live in a dense array
 * indexed by key (an {@code int} array taken over from the kernel, widened to {@code long}s on
 * the first write); otherwise in an open-addressing hash table. Not thread-safe for writing; one
 * per thread, then {@linkplain #addAll(LongCounts) merged}. Reading methods never write, so a
 * table no longer written may be read from several threads.
 */
public final class LongCounts {
  /** Largest key space kept dense (32 MB of longs). */
  static final long DENSE_LIMIT = 1L << 22;
  private static final long EMPTY = 0;

  private long @Nullable [] dense;
  /** Dense counts as taken over from the kernel, until the first write widens them. */
  private int @Nullable [] denseInts;
  /** Keys stored plus one, so that 0 marks an empty slot. */
  private long[] keys;
  private long[] counts;
  private int size;
  private int mask;

  /** An empty hash table. */
  public LongCounts() {
    this.dense = null;
    keys = new long[16];
    counts = new long[16];
    mask = 15;
  }

  /**
   * Empty counts over keys {@code [0, space)}: dense when the space is small enough and not much
   * larger than the number of keys expected, so that small inputs do not pay for a large array.
   */
  static LongCounts forKeySpace(long space, long expectedKeys) {
    return isDense(space, expectedKeys) ? new LongCounts((int) space) : new LongCounts();
  }

  /** Whether {@link #forKeySpace} keeps these counts dense. */
  static boolean isDense(long space, long expectedKeys) {
    return space <= DENSE_LIMIT && space <= 8 * expectedKeys;
  }

  /** Dense counts over keys {@code [0, counts.length)} that take over {@code counts} (not copied). */
  static LongCounts ofDense(int[] counts) {
    return new LongCounts(counts);
  }

  private LongCounts(int[] counts) {
    this.dense = null;
    this.denseInts = counts;
    keys = new long[0];
    this.counts = new long[0];
    mask = -1;
  }

  /** Turns taken-over {@code int} counts into {@code long}s before a write. */
  private void widen() {
    int[] ints = denseInts;
    if (ints != null) {
      long[] wide = new long[ints.length];
      for (int key = 0; key < ints.length; key++) {
        wide[key] = ints[key];
      }
      dense = wide;
      denseInts = null;
    }
  }

  private LongCounts(int space) {
    this.dense = new long[space];
    keys = new long[0];
    counts = new long[0];
    mask = -1;
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** Adds {@code count} to the count of {@code key}, a non-negative key. */
  public void add(long key, long count) {
    widen();
    if (dense != null) {
      dense[(int) key] += count;
      return;
    }
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

  /** Adds one to the count of {@code key}; the hot path of the kernel. */
  void increment(long key) {
    widen();
    if (dense != null) {
      dense[(int) key]++;
    } else {
      add(key, 1);
    }
  }

  /** The count of {@code key}, 0 if absent. */
  public long get(long key) {
    if (dense != null) {
      return key < dense.length ? dense[(int) key] : 0;
    }
    int[] ints = denseInts;
    if (ints != null) {
      return key < ints.length ? ints[(int) key] : 0;
    }
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
    widen();
    long[] mine = dense;
    if (mine != null && other.dense != null && mine.length == other.dense.length) {
      for (int i = 0; i < mine.length; i++) {
        mine[i] += other.dense[i];
      }
      return;
    }
    int[] theirs = other.denseInts;
    if (mine != null && theirs != null && mine.length == theirs.length) {
      for (int i = 0; i < mine.length; i++) {
        mine[i] += theirs[i];
      }
      return;
    }
    for (long key : other.sortedKeys()) {
      add(key, other.get(key));
    }
  }

  /** Counts the non-zero dense entries; reads only, so concurrent readers are safe. */
  private static int nonZero(long[] values) {
    int nonZero = 0;
    for (long c : values) {
      nonZero += c != 0 ? 1 : 0;
    }
    return nonZero;
  }

  /** Counts the non-zero dense entries; reads only, so concurrent readers are safe. */
  private static int nonZero(int[] values) {
    int nonZero = 0;
    for (int c : values) {
      nonZero += c != 0 ? 1 : 0;
    }
    return nonZero;
  }

  /** Number of distinct keys with a count. */
  public int size() {
    int[] ints = denseInts;
    return dense != null ? nonZero(dense) : ints != null ? nonZero(ints) : size;
  }

  /** The keys, sorted ascending. */
  public long[] sortedKeys() {
    if (dense != null) {
      long[] result = new long[nonZero(dense)];
      int j = 0;
      for (int key = 0; key < dense.length; key++) {
        if (dense[key] != 0) {
          result[j++] = key;
        }
      }
      return result;
    }
    int[] ints = denseInts;
    if (ints != null) {
      long[] result = new long[nonZero(ints)];
      int j = 0;
      for (int key = 0; key < ints.length; key++) {
        if (ints[key] != 0) {
          result[j++] = key;
        }
      }
      return result;
    }
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
    return "LongCounts[" + (dense != null || denseInts != null ? "dense" : "hashed") + "]";
  }
}
