package dev.belonging.instrument;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ItemTest {

  @Test
  void keyed_reverseKeyed_reversesOnDeclaredScale() {
    Item item = Item.agreement("safe.blame", Construct.PSYCHOLOGICAL_SAFETY,
        "When something goes wrong here, people look for someone to blame.").asReverseKeyed();
    assertThat(item.reverseKeyed()).isTrue();
    assertThat(item.keyed(1)).isEqualTo(5);
    assertThat(item.keyed(4)).isEqualTo(2);
  }

  @Test
  void keyed_openText_throws() {
    Item item = Item.openText("comment", Construct.BELONGING, "Anything else?");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> item.keyed(3));
    assertThat(e).hasMessageThat().contains("'comment'");
  }

  @Test
  void build_badId_namesRule() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Item.agreement("Voice 1", Construct.VOICE, "text"));
    assertThat(e).hasMessageThat().contains("item id must match");
  }

  @Test
  void build_scaleRulesByKind() {
    assertThrows(IllegalArgumentException.class, () -> Item.builder().id("x").text("t")
        .kind(ItemKind.AGREEMENT).build());
    assertThrows(IllegalArgumentException.class, () -> Item.builder().id("x").text("t")
        .kind(ItemKind.OPEN_TEXT).scale(ResponseScale.agreement5()).build());
    assertThrows(IllegalArgumentException.class, () -> Item.builder().id("x").text("t")
        .kind(ItemKind.RATING_0_10).scale(ResponseScale.agreement5()).build());
  }
}
