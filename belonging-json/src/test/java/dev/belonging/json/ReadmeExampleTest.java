package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import org.junit.jupiter.api.Test;

/** The README's JSON example is this test's {@code example()} body, verbatim. */
class ReadmeExampleTest {

  @Test
  void example() {
    // README-JSON-EXAMPLE-BEGIN
    BelongingJson json = BelongingJson.defaults().withMaxRecords(2_000_000);
    Instrument pulse = Instrument.builder().id("pulse").version("1.0.0").title("Pulse")
        .addItems(Item.agreement("belonging.overall", Construct.BELONGING,
            "I can be myself on this team."))
        .build();

    String document = json.toString(pulse);  // {"format":"belonging.instrument","version":"1.0",...
    assertThat(json.readInstrument(document)).isEqualTo(pulse);

    WireFormatException e = assertThrows(WireFormatException.class,
        () -> json.readInstrument(document.replace("\"1.0.0\"", "\"v1\"")));
    assertThat(e.pointer()).isEqualTo("/instrumentVersion");
    assertThat(e.getMessage()).startsWith("/instrumentVersion: version must match MAJOR.MINOR.PATCH");
    // README-JSON-EXAMPLE-END
    assertThat(document).isEqualTo(Fixtures.resource("/golden/v1/instrument-minimal.json"));
  }

}
