package dev.belonging.instrument;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ConstructTest {

  @Test
  void of_invalidId_namesRule() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Construct.of("Voice!", "Voice"));
    assertThat(e).hasMessageThat().contains("construct id must match");
  }

  @Test
  void of_blankLabel_namesConstruct() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Construct.of("team_spirit", " "));
    assertThat(e).hasMessageThat().contains("'team_spirit'");
  }

  @Test
  void equals_byIdAndLabel() {
    new EqualsTester()
        .addEqualityGroup(Construct.VOICE, Construct.of("voice", "Voice"))
        .addEqualityGroup(Construct.of("voice", "Speaking up"))
        .addEqualityGroup(Construct.CONNECTION)
        .testEquals();
  }

  @Test
  void compareTo_byId() {
    assertThat(Construct.AUTHENTICITY).isLessThan(Construct.VOICE);
  }
}
