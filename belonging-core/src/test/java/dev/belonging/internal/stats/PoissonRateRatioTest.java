package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.internal.stats.ReferenceData.assertClose;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoissonRateRatioTest {

  @Test
  void test_matchesRPoissonTest() {
    for (ReferenceData.Row row : ReferenceData.read("poisson_r.csv")) {
      Optional<PoissonRateRatio.Result> result = PoissonRateRatio.test(row.integer("x1"),
          row.number("t1"), row.integer("x2"), row.number("t2"), row.number("level"));
      PoissonRateRatio.Result r = result.orElseThrow();
      assertClose(row, "ratio", r.ratio(), row.number("ratio"));
      assertClose(row, "p", r.p(), row.number("p"));
      ReferenceData.assertLimits(row, Optional.of(r.interval()), row);
    }
  }

  @Test
  void test_noEvents_empty() {
    assertThat(PoissonRateRatio.test(0, 3, 0, 4, 0.95)).isEmpty();
  }

  @Test
  void test_zeroExposure_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PoissonRateRatio.test(1, 0, 2, 4, 0.95));
    assertThat(e).hasMessageThat().isEqualTo("exposureA must be finite and > 0, but was 0.0");
  }
}
