package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.belonging.instrument.ResponseScale;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalTest {
  /** Marsaglia's series is accurate to about 1e-15 absolute; leave a little room. */
  private static final double CDF_TOLERANCE = 1e-14;
  /**
   * Quantiles come from bisection on the cdf, whose error is about 1e-15 absolute in the centre
   * and relative in the tails (continued fraction); that moves a quantile by well under 1e-8
   * between p = 1e-12 and 1 - 1e-6.
   */
  private static final double QUANTILE_TOLERANCE = 1e-8;
  /** Box-Muller draws checked: mean and variance within Z standard errors (sd 1 and sqrt 2). */
  private static final int DRAWS = 200_000;

  private static final List<String[]> REFERENCE = Statistics.referenceRows("normal_quantiles.csv");

  @Test
  void cdf_matchesScipy() {
    int checked = 0;
    for (String[] row : REFERENCE) {
      if (row[0].equals("cdf")) {
        assertThat(Normal.cdf(Double.parseDouble(row[1])))
            .isWithin(CDF_TOLERANCE).of(Double.parseDouble(row[2]));
        checked++;
      }
    }
    assertThat(checked).isAtLeast(10);
  }

  @Test
  void inverseCdf_matchesScipy() {
    int checked = 0;
    for (String[] row : REFERENCE) {
      if (row[0].equals("ppf")) {
        assertThat(Normal.inverseCdf(Double.parseDouble(row[1])))
            .isWithin(QUANTILE_TOLERANCE).of(Double.parseDouble(row[2]));
        checked++;
      }
    }
    assertThat(checked).isAtLeast(20);
  }

  @Test
  void inverseCdf_outsideOpenUnitInterval_throws() {
    assertThrows(IllegalArgumentException.class, () -> Normal.inverseCdf(0));
    assertThrows(IllegalArgumentException.class, () -> Normal.inverseCdf(1));
    assertThrows(IllegalArgumentException.class, () -> Normal.inverseCdf(Double.NaN));
  }

  @Test
  void thresholds_fivePointScale_areScipyQuantilesMinusLeniency() {
    double[] cuts = ResponseSimulator.thresholds(ResponseScale.agreement5(), 0.5);
    assertThat(cuts).hasLength(4);
    for (int k = 1; k <= 4; k++) {
      double p = k / 5.0;
      double scipy = REFERENCE.stream()
          .filter(r -> r[0].equals("ppf") && Double.parseDouble(r[1]) == p)
          .mapToDouble(r -> Double.parseDouble(r[2])).findFirst().orElseThrow();
      assertThat(cuts[k - 1]).isWithin(QUANTILE_TOLERANCE).of(scipy - 0.5);
    }
  }

  @Test
  void sample_hasStandardNormalMoments() {
    var random = SeededRandom.of(11);
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < DRAWS; i++) {
      double z = Normal.sample(random);
      sum += z;
      squares += z * z;
    }
    double mean = sum / DRAWS;
    double variance = squares / DRAWS - mean * mean;
    assertThat(mean).isWithin(Statistics.meanTolerance(1, DRAWS)).of(0);
    assertThat(variance).isWithin(Statistics.meanTolerance(Math.sqrt(2), DRAWS)).of(1);
  }
}
