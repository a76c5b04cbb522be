package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.internal.stats.ReferenceData.assertClose;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

  @Test
  void adjust_matchesRPAdjust() {
    Map<Long, List<ReferenceData.Row>> families = new TreeMap<>();
    for (ReferenceData.Row row : ReferenceData.read("bh_r.csv")) {
      families.computeIfAbsent(row.integer("family"), f -> new ArrayList<>()).add(row);
    }
    assertThat(families.size()).isAtLeast(5);
    for (List<ReferenceData.Row> family : families.values()) {
      double[] p = family.stream().mapToDouble(r -> r.number("p")).toArray();
      double[] q = BenjaminiHochberg.adjust(p);
      for (ReferenceData.Row row : family) {
        assertClose(row, "q", q[row.integer32("index")], row.number("q"));
      }
    }
  }

  @Test
  void adjust_empty_empty() {
    assertThat(BenjaminiHochberg.adjust(new double[0])).isEmpty();
  }

  @Test
  void adjust_doesNotModifyInput() {
    double[] p = {0.5, 0.01, 0.2};
    BenjaminiHochberg.adjust(p);
    assertThat(p).usingExactEquality().containsExactly(0.5, 0.01, 0.2).inOrder();
  }

  @Test
  void adjust_pAboveOne_rejected() {
    for (double bad : ImmutableList.of(1.5, -0.1, Double.NaN)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> BenjaminiHochberg.adjust(new double[] {0.1, bad}));
      assertThat(e).hasMessageThat().startsWith("p[1] must be in [0, 1], but was ");
    }
  }
}
