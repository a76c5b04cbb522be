package dev.belonging.instrument;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import org.junit.jupiter.api.Test;

class ResponseTest {

  @Test
  void toString_neverShowsIdAnswersOrAttributes() {
    Response r = Response.builder().respondentId("pseudo-7f3a9")
        .attributes(Attributes.of(ImmutableMap.of(Dimension.TEAM, "secret-team")))
        .putAnswer("voice.disagree", 4).putComment("comment", "my words").build();
    assertThat(r.toString()).doesNotContain("pseudo-7f3a9");
    assertThat(r.toString()).doesNotContain("secret-team");
    assertThat(r.toString()).doesNotContain("my words");
    assertThat(r.toString()).doesNotContain("4");
    assertThat(r.toString()).isEqualTo("Response[answers=1, comments=1, Attributes[team]]");
  }

  @Test
  void build_blankId_messageWithoutData() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Response.builder().respondentId("  ").build());
    assertThat(e).hasMessageThat().isEqualTo("respondentId must not be blank");
  }

  @Test
  void builder_repeatedItem_messageWithoutAnswers() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Response.builder().respondentId("pseudo-1").putAnswer("a", 4).putAnswer("a", 2));
    assertThat(e).hasMessageThat()
        .isEqualTo("answers must have one point per item, but item 'a' was answered twice");
    IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
        () -> Response.builder().putComment("n", "first secret").putComment("n", "second"));
    assertThat(c).hasMessageThat().doesNotContain("secret");
    NullPointerException n = assertThrows(NullPointerException.class,
        () -> Response.builder().putAllComments(java.util.Collections.singletonMap(null, "x y")));
    assertThat(n).hasMessageThat().doesNotContain("x y");
  }

  @Test
  void builder_manyAnswers_keepsOrderAndRejectsEveryRepeat() {
    // 200 answers cross both the small open-addressing index and the large map; ids that share a
    // hash code ("Aa" and "BB" do) must still be told apart.
    Response.Builder builder = Response.builder().respondentId("pseudo-1");
    java.util.LinkedHashMap<String, Integer> expected = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 100; i++) {
      builder.putAnswer("Aa" + i, 1 + i % 5).putAnswer("BB" + i, 1 + (i + 1) % 5);
      expected.put("Aa" + i, 1 + i % 5);
      expected.put("BB" + i, 1 + (i + 1) % 5);
      String repeated = i % 2 == 0 ? "Aa" + (i / 2) : "BB" + i;
      assertThrows(IllegalArgumentException.class, () -> builder.putAnswer(repeated, 3));
    }
    Response response = builder.build();
    assertThat(response.answers()).containsExactlyEntriesIn(expected).inOrder();
  }

  @Test
  void builder_from_replacesEarlierAnswers() {
    Response.Builder builder = Response.builder().respondentId("pseudo-1");
    for (int i = 0; i < 80; i++) {
      builder.putAnswer("item" + i, 2);
    }
    Response small = Response.builder().respondentId("pseudo-2").putAnswer("item3", 5).build();
    Response copy = builder.from(small).putAnswer("item4", 1).build();
    assertThat(copy.answers()).containsExactly("item3", 5, "item4", 1).inOrder();
    assertThrows(IllegalArgumentException.class, () -> builder.putAnswer("item3", 1));
  }

  @Test
  void answerAccessors_readTheAnswersWithoutTheMap() {
    Response r = Response.builder().respondentId("pseudo-1").putAnswer("b", 4)
        .putAnswer("a", 1_000).putAnswer("c", -3).build();
    assertThat(r.answerCount()).isEqualTo(3);
    assertThat(r.answer("a")).isEqualTo(java.util.OptionalInt.of(1_000));
    assertThat(r.answer("c")).isEqualTo(java.util.OptionalInt.of(-3));
    assertThat(r.answer("d")).isEqualTo(java.util.OptionalInt.empty());
    StringBuilder visited = new StringBuilder();
    r.forEachAnswer((id, point) -> visited.append(id).append('=').append(point).append(' '));
    assertThat(visited.toString()).isEqualTo("b=4 a=1000 c=-3 ");
    assertThat(r.answers()).containsExactly("b", 4, "a", 1_000, "c", -3).inOrder();
    assertThat(r.answers()).isSameInstanceAs(r.answers());
    assertThrows(NullPointerException.class, () -> r.answer(null));
    assertThrows(NullPointerException.class, () -> r.forEachAnswer(null));
    Response none = Response.builder().respondentId("pseudo-2").build();
    assertThat(none.answerCount()).isEqualTo(0);
    assertThat(none.answers()).isEmpty();
    assertThat(none.answer("a")).isEqualTo(java.util.OptionalInt.empty());
  }

  @Test
  void reusedBuilder_repeatedOrder_stillRejectsARepeat() {
    // The second response starts along the first one's order, where no index is kept.
    Response.Builder builder = Response.builder().respondentId("pseudo-1");
    builder.putAnswer("a", 1).putAnswer("b", 2).putAnswer("c", 3).build();
    builder.from(Response.builder().respondentId("pseudo-2").build()).putAnswer("a", 1);
    assertThrows(IllegalArgumentException.class, () -> builder.putAnswer("a", 2));
    Response second = builder.putAnswer("b", 5).build();
    assertThat(second.answers()).containsExactly("a", 1, "b", 5).inOrder();
    Response third = builder.putAnswer("c", 4).build();
    assertThat(third.answers()).containsExactly("a", 1, "b", 5, "c", 4).inOrder();
    assertThrows(IllegalArgumentException.class, () -> builder.putAnswer("c", 4));
  }

  @Test
  void equals_byAllParts() {
    Response a = Response.of("p", Attributes.none(), ImmutableMap.of("a", 1, "b", 2));
    new EqualsTester()
        .addEqualityGroup(a, Response.of("p", Attributes.none(), ImmutableMap.of("b", 2, "a", 1)),
            Response.builder().from(a).build())
        .addEqualityGroup(Response.of("q", Attributes.none(), ImmutableMap.of("a", 1, "b", 2)))
        .addEqualityGroup(Response.builder().from(a).putComment("n", "c").build())
        .addEqualityGroup(Response.builder().from(a)
            .attributes(Attributes.of(ImmutableMap.of(Dimension.TEAM, "t"))).build())
        .testEquals();
  }

  @Test
  void wave_of_referencesInstrument() {
    Instrument i = Instrument.builder().id("demo").version("1.2.3").title("Demo")
        .addItems(Item.agreement("a", Construct.VOICE, "t")).build();
    ResponseWave w = ResponseWave.of(i, "2026-q3", 2,
        ImmutableList.of(Response.of("r1", Attributes.none(), ImmutableMap.of("a", 3))));
    assertThat(w.answers(i)).isTrue();
    assertThat(w.label()).isEqualTo("2026-q3");
    assertThat(w.toString()).doesNotContain("r1");
    assertThat(w.toString()).isEqualTo("ResponseWave[2026-q3, demo 1.2.3, responses=1]");
  }
}
