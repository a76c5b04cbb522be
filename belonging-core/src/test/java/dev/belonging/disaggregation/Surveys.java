package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableMap;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.util.HashMap;
import java.util.Map;

/** Small instruments and responses for the tests. */
final class Surveys {
  static final Instrument THREE_ITEMS = Instrument.builder().id("pulse").version("1.0.0")
      .title("Pulse")
      .addItems(Item.agreement("a", Construct.CONNECTION, "I know my colleagues as people."),
          Item.agreement("b", Construct.CONNECTION, "Someone checks in on me."),
          Item.agreement("c", Construct.CONNECTION, "I often feel left out.").asReverseKeyed())
      .build();

  /** Two constructs, two items each; item v2 reverse keyed. */
  static final Instrument FOUR_ITEMS = Instrument.builder().id("four").version("1.0.0")
      .title("Four")
      .addItems(Item.frequency("v1", Construct.VOICE, "I raise concerns in meetings."),
          Item.frequency("v2", Construct.VOICE, "I keep quiet when I disagree.").asReverseKeyed(),
          Item.agreement("r1", Construct.RECOGNITION, "My work is credited to me."),
          Item.agreement("r2", Construct.RECOGNITION, "Praise reaches remote staff too."))
      .build();

  private Surveys() {}

  /** A response; answers 0 mean not answered. */
  static Response response(String id, Map<Dimension, String> attributes, String[] itemIds,
      int... answers) {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < answers.length; i++) {
      if (answers[i] != 0) {
        map.put(itemIds[i], answers[i]);
      }
    }
    return Response.of(id, Attributes.of(ImmutableMap.copyOf(attributes)), map);
  }
}
