package dev.belonging.internal.aggregate;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** Dense counts taken over from the kernel's {@code int} array read and merge like any others. */
class LongCountsTest {

  @Test
  void ofDense_read_givesTheIntCounts() {
    LongCounts counts = LongCounts.ofDense(new int[] {0, 3, 0, 7});

    assertThat(counts.size()).isEqualTo(2);
    assertThat(counts.sortedKeys()).asList().containsExactly(1L, 3L).inOrder();
    assertThat(counts.get(1)).isEqualTo(3);
    assertThat(counts.get(3)).isEqualTo(7);
    assertThat(counts.get(0)).isEqualTo(0);
    assertThat(counts.get(9)).isEqualTo(0);
  }

  @Test
  void ofDense_addBeyondInt_keepsExactLongCounts() {
    int[] ints = {Integer.MAX_VALUE, 1};
    LongCounts counts = LongCounts.ofDense(ints);

    counts.add(0, 2);
    counts.add(1, Integer.MAX_VALUE);

    assertThat(counts.get(0)).isEqualTo(Integer.MAX_VALUE + 2L);
    assertThat(counts.get(1)).isEqualTo(Integer.MAX_VALUE + 1L);
    // The taken-over array is no longer written once widened.
    assertThat(ints).asList().containsExactly(Integer.MAX_VALUE, 1).inOrder();
  }

  @Test
  void addAll_denseIntsIntoDenseLongs_addsEveryKey() {
    LongCounts longs = LongCounts.forKeySpace(4, 4);
    longs.add(2, 5);
    longs.add(3, Integer.MAX_VALUE);

    longs.addAll(LongCounts.ofDense(new int[] {1, 0, 2, Integer.MAX_VALUE}));

    assertThat(longs.sortedKeys()).asList().containsExactly(0L, 2L, 3L).inOrder();
    assertThat(longs.get(0)).isEqualTo(1);
    assertThat(longs.get(2)).isEqualTo(7);
    assertThat(longs.get(3)).isEqualTo(2L * Integer.MAX_VALUE);
  }

  @Test
  void addAll_intoDenseIntsAndIntoHashed_addsEveryKey() {
    LongCounts ints = LongCounts.ofDense(new int[] {4, 0, 1});
    LongCounts hashed = new LongCounts();
    hashed.add(1, 6);

    ints.addAll(LongCounts.ofDense(new int[] {1, 2, 0}));
    hashed.addAll(LongCounts.ofDense(new int[] {0, 1, 9}));

    assertThat(ints.sortedKeys()).asList().containsExactly(0L, 1L, 2L).inOrder();
    assertThat(ints.get(0)).isEqualTo(5);
    assertThat(ints.get(1)).isEqualTo(2);
    assertThat(ints.get(2)).isEqualTo(1);
    assertThat(hashed.sortedKeys()).asList().containsExactly(1L, 2L).inOrder();
    assertThat(hashed.get(1)).isEqualTo(7);
    assertThat(hashed.get(2)).isEqualTo(9);
  }
}
