package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.internal.stats.ReferenceData.assertClose;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MantelHaenszelTest {
  /** R's mantelhaen.test default conf.level. */
  private static final double LEVEL = 0.95;

  @Test
  void test_matchesRMantelhaenTest() {
    for (ReferenceData.Row row : ReferenceData.read("cmh_r.csv")) {
      long[][] strata = Arrays.stream(row.text("strata").split(";"))
          .map(s -> Arrays.stream(s.split(" ")).mapToLong(Long::parseLong).toArray())
          .toArray(long[][]::new);
      MantelHaenszel.Result r = MantelHaenszel.test(strata, row.flag("correct"), LEVEL);
      assertClose(row, "statistic", r.statistic(), OptionalDouble.of(row.number("statistic")));
      assertClose(row, "p", r.p(), OptionalDouble.of(row.number("p")));
      assertClose(row, "estimate", r.commonOddsRatio(), row.optional("estimate"));
      if (row.optional("lower").isPresent()) {
        ConfidenceLimits limits = r.interval().orElseThrow();
        assertClose(row, "lower", limits.lower(), row.number("lower"));
        assertClose(row, "upper", limits.upper(), row.number("upper"));
      } else {
        assertThat(r.interval()).isEmpty();
      }
    }
  }

  @Test
  void test_strataOfOne_skipped() {
    long[][] with = {{3, 4, 5, 6}, {1, 0, 0, 0}};
    long[][] without = {{3, 4, 5, 6}};
    assertThat(MantelHaenszel.test(with, true, LEVEL))
        .isEqualTo(MantelHaenszel.test(without, true, LEVEL));
  }

  @Test
  void test_wrongShape_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MantelHaenszel.test(new long[][] {{1, 2, 3}}, true, LEVEL));
    assertThat(e).hasMessageThat().isEqualTo("strata[0] must have 4 entries {a, b, c, d}, but had 3");
  }
}
