package dev.belonging.instrument;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.workforce.Attributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class InstrumentProperties {

  @Provide
  Arbitrary<ResponseScale> scales() {
    return Combinators.combine(Arbitraries.integers().between(-5, 5),
        Arbitraries.integers().between(1, 12)).as((min, width) -> {
          ResponseScale.Builder b = ResponseScale.builder().min(min).max(min + width);
          for (int p = min; p <= min + width; p++) {
            b.addLabel("point " + p);
          }
          return b.addFavorable(min + width).addUnfavorable(min).build();
        });
  }

  @Property
  void reverse_twice_isIdentity(@ForAll("scales") ResponseScale scale,
      @ForAll @IntRange(min = 0, max = 12) int offset) {
    int point = scale.min() + offset % scale.size();
    assertThat(scale.reverse(scale.reverse(point))).isEqualTo(point);
    assertThat(scale.contains(scale.reverse(point))).isTrue();
  }

  @Property(tries = 300)
  void lint_neverThrows_onArbitraryText(@ForAll String text,
      @ForAll boolean reverse, @ForAll boolean withConstruct) {
    Assume.that(!text.isBlank());
    Item.Builder b = Item.builder().id("x").text(text).kind(ItemKind.AGREEMENT)
        .scale(ResponseScale.agreement5()).reverseKeyed(reverse);
    if (withConstruct) {
      b.construct(Construct.VOICE);
    }
    Item item = b.build();
    for (InstrumentKind kind : InstrumentKind.values()) {
      InstrumentLint.withDefaults().lint(item, kind);
      InstrumentLint.withDefaults().lint(Instrument.builder().id("i").version("1.0.0")
          .title("T").kind(kind).addItem(item).build());
    }
  }

  @Property(tries = 200)
  void score_invariantToItemOrder(@ForAll @IntRange(min = 1, max = 10) int items,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<Item> list = new ArrayList<>();
    ImmutableMap.Builder<String, Integer> answers = ImmutableMap.builder();
    for (int i = 0; i < items; i++) {
      Construct c = random.nextBoolean() ? Construct.VOICE : Construct.CONNECTION;
      Item item = Item.agreement("i" + i, c, "Item " + i + ".");
      list.add(random.nextBoolean() ? item.asReverseKeyed() : item);
      if (random.nextInt(4) > 0) {
        answers.put("i" + i, 1 + random.nextInt(5));
      }
    }
    List<Item> shuffled = new ArrayList<>(list);
    Collections.shuffle(shuffled, random);
    Response response = Response.of("r", Attributes.none(), answers.build());
    RespondentScores a = Scoring.withDefaults().score(instrument(list), response);
    RespondentScores b = Scoring.withDefaults().score(instrument(shuffled), response);
    for (Construct c : ImmutableList.of(Construct.VOICE, Construct.CONNECTION)) {
      assertThat(b.construct(c)).isEqualTo(a.construct(c));
    }
    assertThat(b.favorability()).containsExactlyEntriesIn(a.favorability());
  }

  private static Instrument instrument(List<Item> items) {
    return Instrument.builder().id("p").version("1.0.0").title("P").addAllItems(items).build();
  }

  @Property(tries = 100)
  void alpha_ofIdenticalItems_isOne(@ForAll @IntRange(min = 2, max = 8) int k,
      @ForAll @IntRange(min = 3, max = 40) int n, @ForAll long seed) {
    Random random = new Random(seed);
    List<double[]> rows = new ArrayList<>();
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (int j = 0; j < k; j++) {
      ids.add("i" + j);
    }
    for (int i = 0; i < n; i++) {
      double v = i < 2 ? i : 1 + random.nextInt(5); // the first two rows guarantee variance
      double[] row = new double[k];
      java.util.Arrays.fill(row, v);
      rows.add(row);
    }
    for (MissingData missing : MissingData.values()) {
      ReliabilityResult r = Reliability.withDefaults().withMissingData(missing)
          .analyzeKeyed(ids.build(), rows).orElseThrow();
      assertThat(r.total().rawAlpha()).isWithin(1e-12).of(1.0);
      assertThat(r.total().standardizedAlpha()).isWithin(1e-12).of(1.0);
      assertThat(r.total().averageInterItemCorrelation()).isWithin(1e-12).of(1.0);
    }
  }
}
