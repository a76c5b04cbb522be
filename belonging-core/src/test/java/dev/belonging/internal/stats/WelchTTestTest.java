package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.internal.stats.ReferenceData.assertClose;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WelchTTestTest {

  @Test
  void test_matchesScipyTtestIndFromStats() {
    check("welch_scipy.csv");
  }

  @Test
  void test_matchesRTTest() {
    check("welch_r.csv");
  }

  private static void check(String file) {
    for (ReferenceData.Row row : ReferenceData.read(file)) {
      SampleSummary a = SampleSummary.of(row.integer("n1"), row.number("m1"), row.number("s1"));
      SampleSummary b = SampleSummary.of(row.integer("n2"), row.number("m2"), row.number("s2"));
      Optional<WelchTTest.Result> result = WelchTTest.test(a, b, row.number("level"));
      assertThat(result).isPresent();
      WelchTTest.Result r = result.get();
      assertClose(row, "t", r.t(), row.number("t"));
      assertClose(row, "df", r.degreesOfFreedom(), row.number("df"));
      assertClose(row, "p", r.p(), row.number("p"));
      assertClose(row, "difference", r.difference(), row.number("m1") - row.number("m2"));
      ReferenceData.assertLimits(row, Optional.of(r.interval()), row);
    }
  }

  @Test
  void test_bothStandardDeviationsZero_empty() {
    assertThat(WelchTTest.test(SampleSummary.of(3, 2, 0), SampleSummary.of(4, 3, 0), 0.95))
        .isEmpty();
  }

  @Test
  void test_sampleOfOne_empty() {
    SampleSummary one = SampleSummary.fromHistogram(1, new long[] {1});
    assertThat(WelchTTest.test(one, SampleSummary.of(4, 3, 1), 0.95)).isEmpty();
  }
}
