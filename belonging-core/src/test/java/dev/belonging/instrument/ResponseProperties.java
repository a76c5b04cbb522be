package dev.belonging.instrument;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import dev.belonging.workforce.Attributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * One builder reused for many responses (as the JSON wave reader does) against a {@link
 * LinkedHashMap} model: the builder follows the previous response's item order without an index
 * and shares its item ids, so the properties mix repeated orders, prefixes, extensions, departures,
 * repeats and points that do not fit in a byte.
 */
class ResponseProperties {
  private static final Response BLANK = Response.builder().respondentId("-").build();

  @Provide
  Arbitrary<List<List<Map.Entry<String, Integer>>>> waves() {
    // Few ids, so orders repeat, prefixes occur and repeats are common; a few wide points.
    Arbitrary<String> ids = Arbitraries.of("a", "b", "c", "d", "Aa", "BB");
    Arbitrary<Integer> points = Arbitraries.oneOf(Arbitraries.integers().between(1, 5),
        Arbitraries.of(-129, 128, 1_000, Integer.MIN_VALUE, Integer.MAX_VALUE));
    Arbitrary<Map.Entry<String, Integer>> answer = ids.flatMap(
        id -> points.map(point -> Map.entry(id, point)));
    Arbitrary<List<Map.Entry<String, Integer>>> response = answer.list().ofMaxSize(8);
    // A response is often the previous one again, so that the shared-order path is exercised.
    return response.list().ofMinSize(1).ofMaxSize(12).map(list -> {
      List<List<Map.Entry<String, Integer>>> wave = new ArrayList<>(list);
      for (int i = 1; i < wave.size(); i += 2) {
        wave.set(i, wave.get(i - 1));
      }
      return wave;
    });
  }

  @Property(tries = 300)
  void reusedBuilder_behavesLikeAMap(
      @ForAll("waves") List<List<Map.Entry<String, Integer>>> wave) {
    Response.Builder builder = Response.builder();
    Response previous = BLANK;
    Map<String, Integer> previousModel = new LinkedHashMap<>();
    for (int n = 0; n < wave.size(); n++) {
      List<Map.Entry<String, Integer>> answers = wave.get(n);
      // Every third response extends the previous one (Builder.from), the others start blank.
      boolean extend = n % 3 == 2;
      builder.from(extend ? previous : BLANK).respondentId("r");
      Map<String, Integer> model = extend ? new LinkedHashMap<>(previousModel)
          : new LinkedHashMap<>();
      for (Map.Entry<String, Integer> answer : answers) {
        if (model.containsKey(answer.getKey())) {
          assertThrows(IllegalArgumentException.class,
              () -> builder.putAnswer(answer.getKey(), answer.getValue()));
        } else {
          builder.putAnswer(answer.getKey(), answer.getValue());
          model.put(answer.getKey(), answer.getValue());
        }
      }
      Response response = builder.build();
      previous = response;
      previousModel = model;
      assertThat(response.answers()).containsExactlyEntriesIn(model).inOrder();
      assertThat(response.answerCount()).isEqualTo(model.size());
      for (String id : List.of("a", "b", "c", "d", "Aa", "BB", "e")) {
        Integer point = model.get(id);
        assertThat(response.answer(id))
            .isEqualTo(point == null ? OptionalInt.empty() : OptionalInt.of(point));
      }
      List<Map.Entry<String, Integer>> visited = new ArrayList<>();
      response.forEachAnswer((id, point) -> visited.add(Map.entry(id, point)));
      assertThat(visited).containsExactlyElementsIn(model.entrySet()).inOrder();
      Response fresh = Response.of("r", Attributes.none(), model);
      assertThat(response).isEqualTo(fresh);
      assertThat(response.hashCode()).isEqualTo(fresh.hashCode());
      assertThat(response.hashCode()).isEqualTo(
          Objects.hash("r", Attributes.none(), ImmutableMap.copyOf(model), ImmutableMap.of()));
    }
  }

  @Property(tries = 300)
  void equals_ignoresOrder_andComparesPoints(
      @ForAll("waves") List<List<Map.Entry<String, Integer>>> wave) {
    for (List<Map.Entry<String, Integer>> answers : wave) {
      Map<String, Integer> model = new LinkedHashMap<>();
      answers.forEach(answer -> model.putIfAbsent(answer.getKey(), answer.getValue()));
      List<Map.Entry<String, Integer>> reversed = new ArrayList<>(model.entrySet());
      java.util.Collections.reverse(reversed);
      Response.Builder backwards = Response.builder().respondentId("r");
      reversed.forEach(answer -> backwards.putAnswer(answer.getKey(), answer.getValue()));
      Response forwards = Response.of("r", Attributes.none(), model);
      assertThat(backwards.build()).isEqualTo(forwards);
      if (!model.isEmpty()) {
        Map.Entry<String, Integer> first = model.entrySet().iterator().next();
        Map<String, Integer> changed = new LinkedHashMap<>(model);
        changed.put(first.getKey(), first.getValue() + 1);
        assertThat(Response.of("r", Attributes.none(), changed)).isNotEqualTo(forwards);
        Map<String, Integer> fewer = new LinkedHashMap<>(model);
        fewer.remove(first.getKey());
        assertThat(Response.of("r", Attributes.none(), fewer)).isNotEqualTo(forwards);
      }
    }
  }
}
