package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;

import java.util.Collections;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class GiniProperties {

  @Property(tries = 300)
  void of_withinBounds_orderFree_scaleFree(
      @ForAll @Size(min = 1, max = 50) List<@LongRange(min = 0, max = 1000) Long> values,
      @ForAll @IntRange(min = 2, max = 1000) int k) {
    long[] counts = values.stream().mapToLong(Long::longValue).toArray();
    Assume.that(values.stream().anyMatch(v -> v > 0));
    double g = Gini.of(counts).getAsDouble();
    int n = counts.length;
    assertThat(g).isAtLeast(0.0);
    assertThat(g).isAtMost((n - 1.0) / n);
    Collections.reverse(values);
    assertThat(Gini.of(values.stream().mapToLong(Long::longValue).toArray()).getAsDouble())
        .isEqualTo(g);
    long[] scaled = values.stream().mapToLong(v -> v * k).toArray();
    assertThat(Gini.of(scaled).getAsDouble()).isEqualTo(g);
  }
}
