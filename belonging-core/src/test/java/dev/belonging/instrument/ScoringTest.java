package dev.belonging.instrument;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.workforce.Attributes;
import org.junit.jupiter.api.Test;

class ScoringTest {
  private static final Instrument INSTRUMENT = Instrument.builder().id("demo").version("1.0.0")
      .title("Demo").kind(InstrumentKind.MODULE)
      .addItem(Item.frequency("v1", Construct.VOICE, "How often did you A?"))
      .addItem(Item.frequency("v2", Construct.VOICE, "How often did you B?").asReverseKeyed())
      .addItem(Item.agreement("v3", Construct.VOICE, "C happens here."))
      .addItem(Item.agreement("v4", Construct.VOICE, "D happens here."))
      .addItem(Item.agreement("s1", Construct.PSYCHOLOGICAL_SAFETY, "E happens here."))
      .addItem(Item.rating("r1", Construct.BELONGING, "How likely would you recommend us?"))
      .build();

  private static Response response(ImmutableMap<String, Integer> answers) {
    return Response.of("x", Attributes.none(), answers);
  }

  @Test
  void score_meanAfterReverseKeying() {
    // v1 = 5, v2 = 2 reversed to 4, v3 = 3: mean (5 + 4 + 3) / 3 = 4
    RespondentScores scores = Scoring.withDefaults().score(INSTRUMENT,
        response(ImmutableMap.of("v1", 5, "v2", 2, "v3", 3, "r1", 10)));
    ConstructScore voice = scores.construct(Construct.VOICE).orElseThrow();
    assertThat(voice.items()).isEqualTo(4);
    assertThat(voice.answered()).isEqualTo(3);
    assertThat(voice.mean().getAsDouble()).isEqualTo(4.0);
    assertThat(voice.hundred().getAsDouble()).isEqualTo(75.0);
    assertThat(voice.favorable()).isEqualTo(2);
    assertThat(voice.neutral()).isEqualTo(1);
    assertThat(voice.unfavorable()).isEqualTo(0);
    assertThat(scores.favorability()).containsExactly("v1", Favorability.FAVORABLE,
        "v2", Favorability.FAVORABLE, "v3", Favorability.NEUTRAL,
        "r1", Favorability.FAVORABLE).inOrder();
    // the rating item is not part of a construct score
    assertThat(scores.construct(Construct.BELONGING)).isEmpty();
    assertThat(scores.toString()).doesNotContain("4.0");
  }

  @Test
  void score_belowMinimumFraction_emptyMean() {
    Response oneOfFour = response(ImmutableMap.of("v1", 5, "s1", 2));
    ConstructScore voice = Scoring.withDefaults().score(INSTRUMENT, oneOfFour)
        .construct(Construct.VOICE).orElseThrow();
    assertThat(voice.mean()).isEmpty();
    assertThat(voice.hundred()).isEmpty();
    assertThat(voice.favorable()).isEqualTo(1);
    assertThat(Scoring.withDefaults().withMinimumAnsweredFraction(0.25)
        .score(INSTRUMENT, oneOfFour).construct(Construct.VOICE).orElseThrow().mean())
        .hasValue(5.0);
    ConstructScore safety = Scoring.withDefaults().score(INSTRUMENT, oneOfFour)
        .construct(Construct.PSYCHOLOGICAL_SAFETY).orElseThrow();
    assertThat(safety.mean()).hasValue(2.0);
    assertThat(safety.unfavorable()).isEqualTo(1);
  }

  @Test
  void score_offScale_namesItemNotAnswer() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Scoring.withDefaults().score(INSTRUMENT, response(ImmutableMap.of("v1", 42))));
    assertThat(e).hasMessageThat().contains("'v1'");
    assertThat(e).hasMessageThat().doesNotContain("42");
  }

  @Test
  void score_mixedRanges_throws() {
    Instrument mixed = Instrument.builder().id("m").version("1.0.0").title("M")
        .addItem(Item.agreement("a", Construct.VOICE, "A."))
        .addItem(Item.builder().id("b").text("B.").construct(Construct.VOICE)
            .scale(ResponseScale.agreement7()).kind(ItemKind.AGREEMENT).build())
        .build();
    assertThrows(IllegalArgumentException.class,
        () -> Scoring.withDefaults().score(mixed, response(ImmutableMap.of("a", 1))));
  }

  @Test
  void enps_promotersMinusDetractors() {
    // 3 promoters (9, 10, 10), 2 passives (7, 8), 5 detractors (0..6): (3 - 5) / 10 = -20
    NetPromoterScore nps = NetPromoterScore.of(ImmutableList.of(9, 10, 10, 7, 8, 0, 3, 6, 6, 5));
    assertThat(nps.promoters()).isEqualTo(3);
    assertThat(nps.passives()).isEqualTo(2);
    assertThat(nps.detractors()).isEqualTo(5);
    assertThat(nps.score().getAsDouble()).isEqualTo(-20.0);
    assertThat(NetPromoterScore.of(ImmutableList.of()).score()).isEmpty();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NetPromoterScore.of(ImmutableList.of(11, 5)));
    assertThat(e).hasMessageThat().isEqualTo("ratings must be in [0, 10], but 1 were outside");
  }

  @Test
  void enps_fromResponses_skipsUnanswered() {
    Item rating = INSTRUMENT.item("r1").orElseThrow();
    NetPromoterScore nps = Scoring.enps(rating, ImmutableList.of(
        response(ImmutableMap.of("r1", 10)), response(ImmutableMap.of("v1", 3)),
        response(ImmutableMap.of("r1", 2))));
    assertThat(nps.total()).isEqualTo(2);
    assertThat(nps.score()).hasValue(0.0);
    assertThrows(IllegalArgumentException.class,
        () -> Scoring.enps(INSTRUMENT.item("v1").orElseThrow(), ImmutableList.of()));
  }
}
