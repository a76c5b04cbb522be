package dev.belonging.disaggregation;

import static com.google.common.truth.Truth.assertThat;

import dev.belonging.stats.Interval;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Every formula of {@link CellStatistics} against scipy 1.10.1 / R 4.2 (see the CSV headers). */
class CellStatisticsTest {
  /** The agreement target; the formulas are closed-form or use converged quantiles. */
  private static final double TOLERANCE = 1e-9;

  private static double d(String s) {
    return Double.parseDouble(s);
  }

  private static long l(String s) {
    return Long.parseLong(s);
  }

  @Test
  void meanInterval_matchesScipy() {
    List<String[]> rows = ReferenceData.rows("t_interval.csv");
    assertThat(rows).hasSize(20);
    for (String[] r : rows) {
      Interval ci = CellStatistics.meanInterval(l(r[0]), d(r[1]), d(r[2]), 0.95)
          .orElseThrow();
      assertThat(ci.lower()).isWithin(TOLERANCE).of(d(r[3]));
      assertThat(ci.upper()).isWithin(TOLERANCE).of(d(r[4]));
    }
  }

  @Test
  void meanInterval_oneObservation_empty() {
    assertThat(CellStatistics.meanInterval(1, 3, 0, 0.95)).isEmpty();
  }

  @Test
  void wilson_matchesScipy() {
    List<String[]> rows = ReferenceData.rows("wilson.csv");
    assertThat(rows).hasSize(20);
    for (String[] r : rows) {
      Interval ci = CellStatistics.wilson(l(r[0]), l(r[1]), 0.95).orElseThrow();
      assertThat(ci.lower()).isWithin(TOLERANCE).of(d(r[2]));
      assertThat(ci.upper()).isWithin(TOLERANCE).of(d(r[3]));
    }
    assertThat(CellStatistics.wilson(0, 0, 0.95)).isEmpty();
  }

  @Test
  void newcombe_matchesScipyWilsonBounds() {
    List<String[]> rows = ReferenceData.rows("newcombe.csv");
    assertThat(rows).hasSize(20);
    for (String[] r : rows) {
      Interval ci = CellStatistics.newcombe(l(r[0]), l(r[1]), l(r[2]), l(r[3]), 0.95)
          .orElseThrow();
      assertThat(ci.lower()).isWithin(TOLERANCE).of(d(r[4]));
      assertThat(ci.upper()).isWithin(TOLERANCE).of(d(r[5]));
    }
  }

  @Test
  void welchAndHedges_matchScipy() {
    List<String[]> rows = ReferenceData.rows("welch_hedges.csv");
    assertThat(rows).hasSize(20);
    for (String[] r : rows) {
      long n1 = l(r[0]);
      long n2 = l(r[3]);
      double v1 = d(r[2]) * d(r[2]);
      double v2 = d(r[5]) * d(r[5]);
      CellStatistics.Welch w = CellStatistics.welch(n1, d(r[1]), v1, n2, d(r[4]), v2, 0.95);
      assertThat(w.t().getAsDouble()).isWithin(TOLERANCE).of(d(r[6]));
      assertThat(w.df().getAsDouble()).isWithin(TOLERANCE * d(r[7])).of(d(r[7]));
      assertThat(w.p().getAsDouble()).isWithin(TOLERANCE).of(d(r[8]));
      assertThat(w.interval().orElseThrow().lower()).isWithin(TOLERANCE).of(d(r[9]));
      assertThat(w.interval().orElseThrow().upper()).isWithin(TOLERANCE).of(d(r[10]));
      assertThat(CellStatistics.hedgesG(n1, d(r[1]), v1, n2, d(r[4]), v2).getAsDouble())
          .isWithin(TOLERANCE).of(d(r[11]));
    }
  }

  @Test
  void welch_noVariance_undefinedButDifferenceKept() {
    CellStatistics.Welch w = CellStatistics.welch(5, 3, 0, 7, 2, 0, 0.95);
    assertThat(w.difference()).isEqualTo(1.0);
    assertThat(w.t()).isEqualTo(OptionalDouble.empty());
    assertThat(w.interval()).isEqualTo(Optional.empty());
    assertThat(CellStatistics.hedgesG(5, 3, 0, 7, 2, 0)).isEqualTo(OptionalDouble.empty());
  }

  @Test
  void benjaminiHochberg_matchesR() {
    List<String[]> rows = ReferenceData.rows("benjamini_hochberg.csv");
    double[] p = rows.stream().mapToDouble(r -> d(r[0])).toArray();
    double[] q = CellStatistics.benjaminiHochberg(p);
    assertThat(q).hasLength(rows.size());
    for (int i = 0; i < q.length; i++) {
      assertThat(q[i]).isWithin(TOLERANCE).of(d(rows.get(i)[1]));
    }
    assertThat(CellStatistics.benjaminiHochberg(new double[0])).isEmpty();
  }
}
