package dev.belonging.intervention;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.From;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class RecommenderProperties {
  private static final List<Construct> CONSTRUCTS = ImmutableList.of(Construct.VOICE,
      Construct.RECOGNITION, Construct.PROCEDURAL_FAIRNESS, Construct.CONNECTION,
      Construct.AUTHENTICITY, Construct.PSYCHOLOGICAL_SAFETY, Construct.BELONGING);

  @Provide
  Arbitrary<GapSignal> signals() {
    return Combinators.combine(
        Arbitraries.of(CONSTRUCTS),
        Arbitraries.of(ServedGroup.class),
        Arbitraries.doubles().between(-2.5, 2.5),
        Arbitraries.doubles().between(0, 1),
        Arbitraries.integers().between(5, 500),
        Arbitraries.of(true, false))
        .as((construct, group, g, q, n, credible) -> GapSignal.builder()
            .construct(construct)
            .dimension(Dimension.of("group"))
            .valueLabel(group.name())
            .servedGroup(group)
            .hedgesG(g)
            .qValue(q)
            .n(n)
            .credible(credible)
            .build());
  }

  private static Recommendations recommend(List<GapSignal> gaps) {
    return Recommender.withDefaults()
        .recommend(gaps, OrgProfile.of(300, OrgShape.REMOTE_FIRST), ImmutableList.of());
  }

  @Property(tries = 100)
  void recommend_ignoresNotCredibleSignals(
      @ForAll @Size(max = 10) List<@From("signals") GapSignal> gaps,
      @ForAll @Size(max = 10) List<@From("signals") GapSignal> noise) {
    List<GapSignal> credibleOnly = new ArrayList<>();
    gaps.stream().filter(GapSignal::credible).forEach(credibleOnly::add);
    List<GapSignal> withNoise = new ArrayList<>(credibleOnly);
    noise.stream()
        .map(s -> GapSignal.builder().from(s).credible(false).build())
        .forEach(withNoise::add);
    Collections.shuffle(withNoise, new Random(credibleOnly.size()));
    assertThat(recommend(withNoise)).isEqualTo(recommend(credibleOnly));
  }

  @Property(tries = 100)
  void recommend_deterministicAndOrderFree(
      @ForAll @Size(max = 10) List<@From("signals") GapSignal> gaps, @ForAll long shuffleSeed) {
    List<GapSignal> shuffled = new ArrayList<>(gaps);
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    Recommendations first = recommend(gaps);
    assertThat(recommend(gaps)).isEqualTo(first);
    assertThat(recommend(shuffled)).isEqualTo(first);
  }

  @Property(tries = 100)
  void recommend_prerequisitesFirstAndNoInterventionTwice(
      @ForAll @Size(max = 10) List<@From("signals") GapSignal> gaps) {
    List<Recommendation> entries = recommend(gaps).entries();
    boolean seenIntervention = false;
    List<String> ids = new ArrayList<>();
    for (Recommendation entry : entries) {
      if (entry.kind() == Recommendation.Kind.INTERVENTION) {
        seenIntervention = true;
      } else {
        assertThat(seenIntervention).isFalse();
      }
      entry.intervention().ifPresent(i -> ids.add(i.id()));
    }
    assertThat(ids).containsNoDuplicates();
    assertThat(entries.stream().filter(e -> e.kind() == Recommendation.Kind.INTERVENTION).count())
        .isAtMost(5);
  }
}
