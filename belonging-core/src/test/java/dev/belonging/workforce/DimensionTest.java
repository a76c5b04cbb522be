package dev.belonging.workforce;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DimensionTest {

  @Test
  void of_invalidName_explainsRule() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Dimension.of("Team Name"));
    assertThat(e).hasMessageThat().contains("must match");
    assertThat(e).hasMessageThat().contains("'Team Name'");
  }

  @Test
  void sensitive_marksDimension() {
    assertThat(Dimension.sensitive("ethnicity").sensitive()).isTrue();
    assertThat(Dimension.TEAM.sensitive()).isFalse();
  }

  @Test
  void compareTo_ordersByName() {
    assertThat(Dimension.ROLE).isLessThan(Dimension.TEAM);
    assertThat(Dimension.of("x")).isLessThan(Dimension.sensitive("x"));
  }
}
