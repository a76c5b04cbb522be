package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class DifferenceInDifferencesTest {
  /**
   * Estimate and variance are a handful of additions on inputs with six decimals (error near
   * 1e-15); the reference t quantile is the root of scipy's t.sf (see the script for why not
   * t.ppf), and Commons Statistics' quantile agrees with it and with R's qt far below 1e-9. 1e-9 is
   * loose enough for rounding and tight enough to catch a wrong df or quantile.
   */
  private static final double TOLERANCE = 1e-9;

  private static List<double[]> reference() throws IOException {
    List<double[]> rows = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(DifferenceInDifferencesTest.class
            .getResourceAsStream("/reference/difference_in_differences.csv"));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split(",");
        double[] row = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
          row[i] = Double.parseDouble(cells[i]);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void of_scipyReference_matchesEstimateVarianceDfAndHalfWidth() throws IOException {
    List<double[]> rows = reference();
    assertThat(rows).hasSize(40);
    for (double[] r : rows) {
      DifferenceInDifferences did = DifferenceInDifferences.of(
          new double[] {r[1], r[2], r[3]}, new double[] {r[4], r[5], r[6]},
          new double[] {r[7], r[8], r[9]}, new double[] {r[10], r[11], r[12]});
      assertThat(did.estimate()).isWithin(TOLERANCE).of(r[13]);
      assertThat(did.variance()).isWithin(TOLERANCE).of(r[14]);
      assertThat(did.degreesOfFreedom().getAsDouble()).isWithin(TOLERANCE * r[15]).of(r[15]);
      assertThat(did.halfWidth(r[0]).getAsDouble()).isWithin(TOLERANCE).of(r[16]);
    }
  }

  @Test
  void of_allSdZero_noDegreesOfFreedomAndNoInterval() {
    double[] g = {10, 3.0, 0.0};
    DifferenceInDifferences did = DifferenceInDifferences.of(g, new double[] {10, 4.0, 0.0}, g, g);
    assertThat(did.estimate()).isEqualTo(1.0);
    assertThat(did.degreesOfFreedom().isPresent()).isFalse();
    assertThat(did.halfWidth(0.95).isPresent()).isFalse();
  }

  @Test
  void of_sizeBelowTwo_rejected() {
    double[] ok = {10, 3.0, 1.0};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DifferenceInDifferences.of(ok, ok, new double[] {1, 3.0, 1.0}, ok));
    assertThat(e).hasMessageThat().isEqualTo(
        "comparisonBefore size must be an integer >= 2, but was 1.0");
  }

  @Test
  void of_negativeOrNanSd_rejected() {
    double[] ok = {10, 3.0, 1.0};
    assertThrows(IllegalArgumentException.class,
        () -> DifferenceInDifferences.of(ok, new double[] {10, 3.0, -1}, ok, ok));
    assertThrows(IllegalArgumentException.class,
        () -> DifferenceInDifferences.of(ok, new double[] {10, 3.0, Double.NaN}, ok, ok));
    assertThrows(IllegalArgumentException.class,
        () -> DifferenceInDifferences.of(ok, new double[] {10, Double.NaN, 1.0}, ok, ok));
  }

  @Test
  void halfWidth_levelOutsideUnitInterval_rejected() {
    double[] ok = {10, 3.0, 1.0};
    DifferenceInDifferences did = DifferenceInDifferences.of(ok, ok, ok, ok);
    assertThrows(IllegalArgumentException.class, () -> did.halfWidth(1.0));
    assertThrows(IllegalArgumentException.class, () -> did.halfWidth(Double.NaN));
  }
}
