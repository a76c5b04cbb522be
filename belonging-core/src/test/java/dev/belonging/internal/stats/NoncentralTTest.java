package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.internal.stats.ReferenceData.assertClose;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class NoncentralTTest {

  @Test
  void cdf_matchesRPt() {
    for (ReferenceData.Row row : ReferenceData.read("nct_r.csv")) {
      assertClose(row, "cdf",
          NoncentralT.cdf(row.number("t"), row.number("df"), row.number("ncp")),
          row.number("cdf"));
    }
  }

  @Test
  void cdf_matchesScipyNct() {
    for (ReferenceData.Row row : ReferenceData.read("nct_scipy.csv")) {
      assertClose(row, "cdf",
          NoncentralT.cdf(row.number("t"), row.number("df"), row.number("ncp")),
          row.number("cdf"));
    }
  }

  @Test
  void cdf_zeroNoncentrality_isCentralT() {
    assertThat(NoncentralT.cdf(1.7, 9, 0))
        .isEqualTo(TDistribution.of(9).cumulativeProbability(1.7));
  }

  @Test
  void cdf_nonPositiveDf_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NoncentralT.cdf(1, 0, 1));
    assertThat(e).hasMessageThat().isEqualTo("degreesOfFreedom must be finite and > 0, but was 0.0");
  }
}
