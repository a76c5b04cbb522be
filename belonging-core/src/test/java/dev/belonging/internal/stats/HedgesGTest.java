package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.internal.stats.ReferenceData.assertClose;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HedgesGTest {

  @Test
  void correction_matchesScipyPochhammer() {
    for (ReferenceData.Row row : ReferenceData.read("hedges_j_scipy.csv")) {
      assertClose(row, "J", HedgesG.correction(row.integer("df")), row.number("j"));
    }
  }

  @Test
  void of_matchesScipyReference() {
    for (ReferenceData.Row row : ReferenceData.read("hedges_g_scipy.csv")) {
      long n1 = row.integer("n1");
      SampleSummary a = n1 == 1
          ? new SampleSummary(1, OptionalDouble.of(row.number("m1")), OptionalDouble.empty())
          : SampleSummary.of(n1, row.number("m1"), row.number("s1"));
      SampleSummary b = SampleSummary.of(row.integer("n2"), row.number("m2"), row.number("s2"));
      Optional<HedgesG.Result> result = HedgesG.of(a, b, row.number("level"));
      assertThat(result).isPresent();
      assertClose(row, "g", result.get().g(), row.number("g"));
      assertClose(row, "se", result.get().standardError(), row.number("se"));
      ReferenceData.assertLimits(row, Optional.of(result.get().interval()), row);
    }
  }

  @Test
  void correction_smallDf_shrinksMoreThanLargeDf() {
    assertThat(HedgesG.correction(2)).isLessThan(HedgesG.correction(20));
    assertThat(HedgesG.correction(20)).isLessThan(1.0);
  }

  @Test
  void correction_dfBelowTwo_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HedgesG.correction(1));
    assertThat(e).hasMessageThat().isEqualTo("degreesOfFreedom must be >= 2, but was 1");
  }

  @Test
  void of_zeroPooledSd_empty() {
    assertThat(HedgesG.of(SampleSummary.of(3, 2, 0), SampleSummary.of(4, 3, 0), 0.95)).isEmpty();
  }

  @Test
  void of_tooFewValues_empty() {
    SampleSummary one = SampleSummary.fromHistogram(1, new long[] {1});
    SampleSummary two = SampleSummary.of(2, 3, 1);
    assertThat(HedgesG.of(one, two, 0.95)).isEmpty();
  }
}
