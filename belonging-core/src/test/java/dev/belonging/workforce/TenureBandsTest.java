package dev.belonging.workforce;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TenureBandsTest {

  @Test
  void standard_labels() {
    assertThat(TenureBands.standard().labels())
        .containsExactly("<6 months", "6-12 months", "1-2 years", "2-5 years", "5+ years")
        .inOrder();
  }

  @Test
  void band_boundariesAreHalfOpen() {
    TenureBands bands = TenureBands.standard();
    assertThat(bands.band(0)).isEqualTo("<6 months");
    assertThat(bands.band(5)).isEqualTo("<6 months");
    assertThat(bands.band(6)).isEqualTo("6-12 months");
    assertThat(bands.band(12)).isEqualTo("1-2 years");
    assertThat(bands.band(59)).isEqualTo("2-5 years");
    assertThat(bands.band(60)).isEqualTo("5+ years");
  }

  @Test
  void ofMonths_custom() {
    assertThat(TenureBands.ofMonths(3, 9).labels())
        .containsExactly("<3 months", "3-9 months", "9+ months").inOrder();
  }

  @Test
  void ofMonths_notIncreasing_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TenureBands.ofMonths(12, 6));
    assertThat(e).hasMessageThat().contains("strictly increasing, but were [12, 6]");
    assertThrows(IllegalArgumentException.class, () -> TenureBands.ofMonths());
    assertThrows(IllegalArgumentException.class, () -> TenureBands.ofMonths(0));
  }

  @Test
  void band_negative_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TenureBands.standard().band(-1));
    assertThat(e).hasMessageThat().isEqualTo("months of service must be >= 0, but was -1");
  }
}
