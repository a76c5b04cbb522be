package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class BenjaminiHochbergProperties {

  @Property
  void adjust_atLeastP_atMostOne_monotoneInP(
      @ForAll @Size(max = 60) List<@DoubleRange(min = 0, max = 1) Double> values) {
    double[] p = values.stream().mapToDouble(Double::doubleValue).toArray();
    double[] q = BenjaminiHochberg.adjust(p);
    assertThat(q.length).isEqualTo(p.length);
    for (int i = 0; i < p.length; i++) {
      assertThat(q[i]).isAtLeast(p[i]);
      assertThat(q[i]).isAtMost(1.0);
      for (int j = 0; j < p.length; j++) {
        if (p[i] <= p[j]) {
          assertThat(q[i]).isAtMost(q[j]);
        }
      }
    }
  }

  @Property
  void adjust_reversedInput_reversedOutput(
      @ForAll @Size(max = 40) List<@DoubleRange(min = 0, max = 1) Double> values) {
    double[] p = values.stream().mapToDouble(Double::doubleValue).toArray();
    double[] reversed = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      reversed[i] = p[p.length - 1 - i];
    }
    double[] q = BenjaminiHochberg.adjust(p);
    double[] qr = BenjaminiHochberg.adjust(reversed);
    for (int i = 0; i < p.length; i++) {
      assertThat(qr[i]).isEqualTo(q[p.length - 1 - i]);
    }
  }
}
