package dev.belonging.stats;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void of_keepsLimitsAndLevel() {
    Interval i = Interval.of(-0.25, 0.5, 0.95);
    assertThat(i.lower()).isEqualTo(-0.25);
    assertThat(i.upper()).isEqualTo(0.5);
    assertThat(i.level()).isEqualTo(0.95);
    assertThat(i.width()).isEqualTo(0.75);
    assertThat(i.contains(0)).isTrue();
    assertThat(i.contains(0.5)).isTrue();
    assertThat(i.contains(0.51)).isFalse();
    assertThat(i.contains(Double.NaN)).isFalse();
  }

  @Test
  void of_infiniteUpper_allowed() {
    assertThat(Interval.of(0.3, Double.POSITIVE_INFINITY, 0.9).contains(1e300)).isTrue();
  }

  @Test
  void of_lowerAboveUpper_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Interval.of(2, 1, 0.95));
    assertThat(e).hasMessageThat().contains("lower must be <= upper");
  }

  @Test
  void of_nanLimit_rejected() {
    assertThrows(IllegalArgumentException.class, () -> Interval.of(Double.NaN, 1, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Interval.of(0, Double.NaN, 0.95));
  }

  @Test
  void of_levelOutsideOpenUnit_rejected() {
    for (double level : new double[] {0, 1, -1, Double.NaN}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Interval.of(0, 1, level));
      assertThat(e).hasMessageThat().startsWith("level must be in (0, 1), but was ");
    }
  }

  @Test
  void equality_byLimitsAndLevel() {
    new EqualsTester()
        .addEqualityGroup(Interval.of(0, 1, 0.95), Interval.of(0, 1, 0.95))
        .addEqualityGroup(Interval.of(0, 1, 0.9))
        .addEqualityGroup(Interval.of(0, 2, 0.95))
        .testEquals();
  }

  @Test
  void toString_showsLimitsAndLevel() {
    assertThat(Interval.of(0.1, 0.2, 0.95).toString()).isEqualTo("Interval[0.1, 0.2] at 0.95");
  }
}
