package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.internal.stats.ReferenceData.assertClose;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SampleSummaryTest {

  @Test
  void fromHistogram_matchesNumpyAndScipy() {
    for (ReferenceData.Row row : ReferenceData.read("descriptives_scipy.csv")) {
      SampleSummary s =
          SampleSummary.fromHistogram(row.integer32("lowest"), row.integers("counts"));
      assertThat(s.n()).isEqualTo(row.integer("n"));
      assertClose(row, "mean", s.mean(), row.optional("mean"));
      assertClose(row, "sd", s.standardDeviation(), row.optional("sd"));
      Optional<ConfidenceLimits> interval = s.meanInterval(row.number("level"));
      if (row.optional("lower").isPresent()) {
        ReferenceData.assertLimits(row, interval, row);
      } else {
        assertThat(interval).isEmpty();
      }
    }
  }

  @Test
  void fromSums_scaledScores_equalHistogramOfSameValues() {
    // Values 1/2, 1, 3/2, 3/2 as integers 1, 2, 3, 3 at scale 2.
    SampleSummary scaled = SampleSummary.fromSums(4, 9, BigInteger.valueOf(23), 2);
    // The same values doubled, as a histogram of points 1..3: 1, 2, 3, 3; mean and sd halve.
    SampleSummary doubled = SampleSummary.fromHistogram(1, new long[] {1, 1, 2});
    assertThat(scaled.mean().getAsDouble()).isEqualTo(doubled.mean().getAsDouble() / 2);
    assertThat(scaled.standardDeviation().getAsDouble())
        .isEqualTo(doubled.standardDeviation().getAsDouble() / 2);
  }

  @Test
  void fromHistogram_oneValue_meanOnly() {
    SampleSummary s = SampleSummary.fromHistogram(1, new long[] {0, 0, 1});
    assertThat(s.mean()).isEqualTo(OptionalDouble.of(3));
    assertThat(s.standardDeviation()).isEmpty();
    assertThat(s.standardError()).isEmpty();
    assertThat(s.meanInterval(0.95)).isEmpty();
  }

  @Test
  void fromHistogram_negativeCount_namesIndex() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SampleSummary.fromHistogram(1, new long[] {1, -2}));
    assertThat(e).hasMessageThat().isEqualTo("counts[1] must be >= 0, but was -2");
  }

  @Test
  void fromSums_inconsistentSums_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SampleSummary.fromSums(2, 10, BigInteger.valueOf(10), 1));
    assertThat(e).hasMessageThat().contains("sumOfSquares must be >= sum² / n");
  }

  @Test
  void meanInterval_levelOutsideOpenUnit_rejected() {
    SampleSummary s = SampleSummary.of(5, 3, 1);
    for (double level : new double[] {0, 1, Double.NaN, -0.5}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> s.meanInterval(level));
      assertThat(e).hasMessageThat().startsWith("level must be in (0, 1), but was ");
    }
  }

  @Test
  void of_tooFewValues_rejected() {
    assertThrows(IllegalArgumentException.class, () -> SampleSummary.of(1, 3, 0));
    assertThrows(IllegalArgumentException.class, () -> SampleSummary.of(3, 3, -1));
    assertThrows(IllegalArgumentException.class, () -> SampleSummary.of(3, Double.NaN, 1));
  }
}
