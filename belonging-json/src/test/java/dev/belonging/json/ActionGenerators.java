package dev.belonging.json;

import dev.belonging.instrument.Construct;
import dev.belonging.intervention.Cadence;
import dev.belonging.intervention.Intervention;
import dev.belonging.intervention.InterventionCatalog;
import dev.belonging.intervention.Kind;
import dev.belonging.intervention.Level;
import dev.belonging.intervention.OrgShape;
import dev.belonging.intervention.ServedGroup;
import dev.belonging.intervention.Sharing;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of valid intervention, pairing, trial and fairness values. */
final class ActionGenerators {
  private ActionGenerators() {}

  static Arbitrary<String> interventionId() {
    return Combinators.combine(Arbitraries.chars().range('a', 'z'),
            Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789_").ofMaxLength(12))
        .as((first, rest) -> first + rest);
  }

  /** Constructs with distinct ids. */
  static Arbitrary<List<Construct>> constructs(int min, int max) {
    return Generators.construct().list().ofMinSize(min).ofMaxSize(max)
        .uniqueElements(Construct::id);
  }

  static Arbitrary<Intervention> intervention(String id) {
    Arbitrary<Intervention.Builder> texts = Combinators.combine(Generators.text(30),
            Generators.text(200), Generators.text(60).list().ofMinSize(1).ofMaxSize(4),
            constructs(1, 3), Generators.text(20).list().ofMinSize(1).ofMaxSize(3))
        .as((name, summary, steps, targets, watched) -> Intervention.builder().id(id).name(name)
            .summary(summary).addAllSteps(steps).addAllTargets(targets)
            .addAllWatchedItems(watched));
    Arbitrary<Intervention.Builder> shapes = Combinators.combine(texts,
            Arbitraries.subsetOf(ServedGroup.values()).ofMinSize(1),
            Arbitraries.subsetOf(OrgShape.values()).ofMinSize(1),
            Arbitraries.of(Kind.class), Arbitraries.of(Level.class), Arbitraries.of(Level.class),
            Arbitraries.of(Cadence.class),
            Arbitraries.integers().between(Intervention.MIN_TRIAL_DAYS, Intervention.MAX_TRIAL_DAYS))
        .as((b, served, org, kind, effort, cost, cadence, days) -> b.addAllServedGroups(served)
            .addAllOrgShapes(org).kind(kind).effort(effort).cost(cost).cadence(cadence)
            .trialDays(days));
    return Combinators.combine(shapes, Arbitraries.of(Sharing.class),
            Generators.text(80).optional())
        .as((b, sharing, practice) -> {
          b.sharing(sharing);
          practice.ifPresent(b::dailyPractice);
          return b.build();
        });
  }

  static Arbitrary<Intervention> intervention() {
    return interventionId().flatMap(ActionGenerators::intervention);
  }

  static Arbitrary<InterventionCatalog> catalog() {
    return interventionId().set().ofMaxSize(5).flatMap(ids -> {
      List<Arbitrary<Intervention>> entries = new ArrayList<>();
      ids.forEach(id -> entries.add(intervention(id)));
      return Combinators.combine(entries).as(InterventionCatalog::of);
    });
  }
}
