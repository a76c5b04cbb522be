package dev.belonging.workforce;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class AttributesTest {

  @Test
  void get_setDimension_returnsValue() {
    Attributes attributes = Attributes.of(ImmutableMap.of(Dimension.TEAM, "eng"));
    assertThat(attributes.get(Dimension.TEAM)).hasValue("eng");
    assertThat(attributes.get(Dimension.ROLE)).isEmpty();
  }

  @Test
  void with_existingDimension_replacesValue() {
    Attributes attributes = Attributes.none().with(Dimension.TEAM, "eng").with(Dimension.TEAM, "ops");
    assertThat(attributes.values()).containsExactly(Dimension.TEAM, "ops");
  }

  @Test
  void of_blankValue_namesDimension() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Attributes.of(ImmutableMap.of(Dimension.ROLE, " ")));
    assertThat(e).hasMessageThat().contains("'role'");
  }

  @Test
  void toString_neverShowsValues() {
    Attributes attributes = Attributes.of(ImmutableMap.of(Dimension.sensitive("gender"), "nonbinary"));
    assertThat(attributes.toString()).doesNotContain("nonbinary");
    assertThat(attributes.toString()).contains("gender");
  }

  @Test
  void equals_sameValues_equal() {
    new EqualsTester()
        .addEqualityGroup(Attributes.none(), Attributes.of(ImmutableMap.of()))
        .addEqualityGroup(Attributes.none().with(Dimension.TEAM, "a"),
            Attributes.of(ImmutableMap.of(Dimension.TEAM, "a")))
        .addEqualityGroup(Attributes.none().with(Dimension.TEAM, "b"))
        .testEquals();
  }
}
