package dev.belonging.instrument;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.workforce.Attributes;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityTest {

  @Test
  void analyzeKeyed_tooFewItemsOrRows_empty() {
    assertThat(Reliability.withDefaults().analyzeKeyed(ImmutableList.of("a"),
        List.of(new double[] {1}, new double[] {2}))).isEmpty();
    assertThat(Reliability.withDefaults().analyzeKeyed(ImmutableList.of("a", "b"),
        List.of(new double[] {1, 2}))).isEmpty();
  }

  @Test
  void analyzeKeyed_constantItem_empty() {
    assertThat(Reliability.withDefaults().analyzeKeyed(ImmutableList.of("a", "b", "c"), List.of(
        new double[] {1, 2, 3}, new double[] {1, 3, 4}, new double[] {1, 5, 4}))).isEmpty();
  }

  @Test
  void analyzeKeyed_completeCasesTooFew_empty() {
    List<double[]> rows = List.of(new double[] {1, Double.NaN, 3}, new double[] {2, 3, 4},
        new double[] {Double.NaN, 5, 4}, new double[] {3, 1, Double.NaN});
    assertThat(Reliability.withDefaults().withMissingData(MissingData.COMPLETE_CASES)
        .analyzeKeyed(ImmutableList.of("a", "b", "c"), rows)).isEmpty();
  }

  @Test
  void analyzeKeyed_twoItems_noDropStatistics() {
    ReliabilityResult r = Reliability.withDefaults().analyzeKeyed(ImmutableList.of("a", "b"),
        List.of(new double[] {1, 2}, new double[] {2, 2}, new double[] {4, 5},
            new double[] {3, 3})).orElseThrow();
    assertThat(r.items().get(0).ifDeleted()).isEmpty();
    assertThat(r.observations()).isEqualTo(4);
  }

  @Test
  void analyzeKeyed_wrongRowLength_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Reliability.withDefaults().analyzeKeyed(ImmutableList.of("a", "b"),
            List.of(new double[] {1})));
    assertThat(e).hasMessageThat().isEqualTo("row 0 must have 2 values, but had 1");
  }

  @Test
  void analyze_offScale_namesPositionAndItem_notAnswer() {
    Item a = Item.agreement("a", Construct.VOICE, "A.");
    Item b = Item.agreement("b", Construct.VOICE, "B.");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Reliability.withDefaults().analyze(ImmutableList.of(a, b), ImmutableList.of(
            Response.of("secret", Attributes.none(), ImmutableMap.of("a", 1, "b", 77)))));
    assertThat(e).hasMessageThat().contains("position 0");
    assertThat(e).hasMessageThat().contains("'b'");
    assertThat(e).hasMessageThat().doesNotContain("77");
    assertThat(e).hasMessageThat().doesNotContain("secret");
  }

  @Test
  void analyze_construct_equalsAnalyzeOfItsClosedItems() {
    Instrument index = BuiltInInstruments.belongingIndex();
    java.util.Random random = new java.util.Random(7);
    ImmutableList.Builder<Response> responses = ImmutableList.builder();
    for (int i = 0; i < 30; i++) {
      ImmutableMap.Builder<String, Integer> answers = ImmutableMap.builder();
      int level = random.nextInt(3);
      for (Item item : index.items(Construct.VOICE)) {
        int point = Math.min(5, 1 + level + random.nextInt(3));
        answers.put(item.id(), item.reverseKeyed() ? 6 - point : point);
      }
      responses.add(Response.of("r" + i, Attributes.none(), answers.buildOrThrow()));
    }
    ReliabilityResult byConstruct = Reliability.withDefaults()
        .analyze(index, Construct.VOICE, responses.build()).orElseThrow();
    ReliabilityResult byItems = Reliability.withDefaults()
        .analyze(index.items(Construct.VOICE), responses.build()).orElseThrow();
    assertThat(byConstruct).isEqualTo(byItems);
    assertThat(byConstruct.items().stream().map(ItemReliability::itemId)
        .collect(ImmutableList.toImmutableList())).isEqualTo(index.itemIds().subList(0, 4));
    // keyed on the declared scale, the reverse-keyed item correlates positively with the rest
    assertThat(byConstruct.items().get(3).itemRestCorrelation()).isGreaterThan(0.0);
  }

  @Test
  void withConfidenceLevel_outOfRange_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> Reliability.withDefaults().withConfidenceLevel(1.0));
    assertThat(Reliability.withDefaults().withConfidenceLevel(0.9).confidenceLevel())
        .isEqualTo(0.9);
  }
}
