package dev.belonging.instrument;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResponseScaleTest {

  @Test
  void agreement5_topTwoBox_favorable() {
    ResponseScale s = ResponseScale.agreement5();
    assertThat(s.points()).containsExactly(1, 2, 3, 4, 5).inOrder();
    assertThat(s.favorable()).containsExactly(4, 5);
    assertThat(s.neutral()).containsExactly(3);
    assertThat(s.unfavorable()).containsExactly(1, 2);
    assertThat(s.classify(4)).isEqualTo(Favorability.FAVORABLE);
    assertThat(s.classify(3)).isEqualTo(Favorability.NEUTRAL);
    assertThat(s.classify(2)).isEqualTo(Favorability.UNFAVORABLE);
    assertThat(s.hasMidpoint()).isTrue();
  }

  @Test
  void rating0To10_enpsClasses() {
    ResponseScale s = ResponseScale.rating0To10();
    assertThat(s.size()).isEqualTo(11);
    assertThat(s.favorable()).containsExactly(9, 10);
    assertThat(s.neutral()).containsExactly(7, 8);
    assertThat(s.unfavorable()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(s.label(10)).contains("10");
  }

  @Test
  void reverse_usesDeclaredScale() {
    assertThat(ResponseScale.agreement5().reverse(1)).isEqualTo(5);
    assertThat(ResponseScale.agreement7().reverse(2)).isEqualTo(6);
    assertThat(ResponseScale.rating0To10().reverse(3)).isEqualTo(7);
  }

  @Test
  void reverse_offScale_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ResponseScale.agreement5().reverse(6));
    assertThat(e).hasMessageThat().isEqualTo("point must be in [1, 5], but was 6");
  }

  @Test
  void toHundred_linear() {
    assertThat(ResponseScale.agreement5().toHundred(1)).isEqualTo(0.0);
    assertThat(ResponseScale.agreement5().toHundred(4)).isEqualTo(75.0);
    assertThat(ResponseScale.agreement7().toHundred(7)).isEqualTo(100.0);
    assertThrows(IllegalArgumentException.class,
        () -> ResponseScale.agreement5().toHundred(Double.NaN));
  }

  @Test
  void hasMidpoint_evenScale_false() {
    ResponseScale four = ResponseScale.builder().min(1).max(4)
        .addLabels("a", "b", "c", "d").addFavorable(3, 4).addUnfavorable(1, 2).build();
    assertThat(four.hasMidpoint()).isFalse();
    assertThat(four.neutral()).isEmpty();
  }

  @Test
  void builder_wrongLabelCount_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ResponseScale.builder().min(1).max(3).addLabels("a", "b").build());
    assertThat(e).hasMessageThat().contains("one label per point (3), but had 2");
  }

  @Test
  void builder_overlappingSets_throws() {
    assertThrows(IllegalArgumentException.class, () -> ResponseScale.builder().min(1).max(3)
        .addLabels("a", "b", "c").addFavorable(3).addUnfavorable(3).build());
  }
}
