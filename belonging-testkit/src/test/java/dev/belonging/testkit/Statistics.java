package dev.belonging.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Test helpers: binomial tolerances and reference CSV reading. */
final class Statistics {
  /**
   * Width of every statistical tolerance in standard errors. With a fixed seed a test is
   * deterministic; for a new seed a check at 5 standard errors fails with probability about
   * 6e-7 (normal approximation), so changing seeds cannot make the suite flaky in practice.
   */
  static final double Z = 5.0;

  private Statistics() {}

  /**
   * Tolerance for an observed proportion of {@code n} independent Bernoulli({@code p}) trials:
   * Z binomial standard errors, {@code Z sqrt(p (1 - p) / n)}.
   */
  static double binomialTolerance(double p, int n) {
    return Z * Math.sqrt(p * (1 - p) / n);
  }

  /** Tolerance for a mean of {@code n} values with standard deviation {@code sd}. */
  static double meanTolerance(double sd, int n) {
    return Z * sd / Math.sqrt(n);
  }

  /** The data rows of a reference CSV under /reference (comment lines and header skipped). */
  static List<String[]> referenceRows(String name) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(Statistics.class.getResourceAsStream("/reference/" + name), name),
        StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split(","));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  static double correlation(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
