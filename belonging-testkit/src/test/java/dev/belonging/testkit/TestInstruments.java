package dev.belonging.testkit;

import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;

/** A small instrument of our own wording for the simulator tests. */
final class TestInstruments {
  static final Instrument SMALL = Instrument.builder()
      .id("testkit-check").version("1.0.0").title("Testkit check")
      .addItems(
          Item.agreement("connection.known", Construct.CONNECTION,
              "I know what my colleagues care about outside work."),
          Item.agreement("connection.left-out", Construct.CONNECTION,
              "I am left out of conversations that matter to my work.").asReverseKeyed(),
          Item.frequency("voice.disagree", Construct.VOICE,
              "I say so when I disagree with a plan in a meeting."),
          Item.rating("belonging.recommend", Construct.BELONGING,
              "How likely are you to recommend this team to a friend?"),
          Item.openText("belonging.comment", Construct.BELONGING,
              "What would make this team better for you?"))
      .build();

  private TestInstruments() {}
}
