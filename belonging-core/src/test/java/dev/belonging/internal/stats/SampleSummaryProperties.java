package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class SampleSummaryProperties {

  @Property
  void fromHistogram_equalsFromSumsOfSameValues(
      @ForAll @IntRange(min = -5, max = 10) int lowest,
      @ForAll @Size(min = 1, max = 11) List<@LongRange(min = 0, max = 100_000) Long> values) {
    long[] counts = values.stream().mapToLong(Long::longValue).toArray();
    long n = 0;
    long sum = 0;
    long sumOfSquares = 0;
    for (int i = 0; i < counts.length; i++) {
      long point = lowest + i;
      n += counts[i];
      sum += counts[i] * point;
      sumOfSquares += counts[i] * point * point;
    }
    assertThat(SampleSummary.fromHistogram(lowest, counts))
        .isEqualTo(SampleSummary.fromSums(n, sum, BigInteger.valueOf(sumOfSquares), 1));
  }

  @Property
  void meanInterval_containsMean_widensWithLevel(
      @ForAll @Size(min = 5, max = 5) List<@LongRange(min = 0, max = 50) Long> values) {
    SampleSummary s =
        SampleSummary.fromHistogram(1, values.stream().mapToLong(Long::longValue).toArray());
    if (s.n() < 2) {
      assertThat(s.meanInterval(0.95)).isEmpty();
      return;
    }
    ConfidenceLimits narrow = s.meanInterval(0.8).orElseThrow();
    ConfidenceLimits wide = s.meanInterval(0.95).orElseThrow();
    assertThat(narrow.contains(s.mean().getAsDouble())).isTrue();
    assertThat(wide.lower()).isAtMost(narrow.lower());
    assertThat(wide.upper()).isAtLeast(narrow.upper());
  }
}
