package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class WireFormatExceptionTest {

  @Test
  void message_namesPointerRuleAndVersion() {
    WireFormatException e = new WireFormatException("/items/3/scale", "must be an object", "1.0", null);
    assertThat(e).hasMessageThat().isEqualTo("/items/3/scale: must be an object (belonging-json 1.0)");
    assertThat(e.pointer()).isEqualTo("/items/3/scale");
    assertThat(e.rule()).isEqualTo("must be an object");
    assertThat(e.formatVersion()).isEqualTo("1.0");
  }

  @Test
  void message_emptyPointer_saysDocument() {
    assertThat(new WireFormatException("", "is not JSON", "1.0", null))
        .hasMessageThat().startsWith("document: ");
  }
}
