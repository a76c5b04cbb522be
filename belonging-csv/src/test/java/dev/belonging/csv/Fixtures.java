package dev.belonging.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** The instrument our CSV fixtures answer (our own wording) and helpers to open fixtures. */
final class Fixtures {
  static final Item DISSENT = Item.frequency("voice.dissent", Construct.VOICE,
      "How often did you say so in a meeting when you disagreed with a plan?");
  static final Item CREDITED = Item.agreement("recognition.credited", Construct.RECOGNITION,
      "When I contribute an idea, the credit reaches me.");
  static final Item RECOMMEND = Item.rating("belonging.recommend", Construct.BELONGING,
      "How likely would you be to suggest this team to a friend looking for work?");
  static final Item IDEAS = Item.openText("connection.ideas", Construct.CONNECTION,
      "What would help you know your colleagues better?");

  static final Instrument INSTRUMENT = Instrument.builder().id("csv-fixture").version("1.0.0")
      .title("CSV fixture").addItems(DISSENT, CREDITED, RECOMMEND, IDEAS).build();

  private Fixtures() {}

  static Reader resource(String name) {
    InputStream in = Fixtures.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing test resource " + name));
    }
    return new InputStreamReader(in, UTF_8);
  }

  static Reader text(String csv) {
    return new StringReader(csv);
  }
}
