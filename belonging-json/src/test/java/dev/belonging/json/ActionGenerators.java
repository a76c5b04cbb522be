package dev.belonging.json;

import com.google.common.collect.ImmutableList;
import dev.belonging.fairness.AdverseImpact;
import dev.belonging.fairness.AdverseImpactResult;
import dev.belonging.fairness.Attendee;
import dev.belonging.fairness.Meeting;
import dev.belonging.fairness.ParticipationCount;
import dev.belonging.fairness.ParticipationParity;
import dev.belonging.fairness.ParticipationResult;
import dev.belonging.fairness.PerceivedFairness;
import dev.belonging.fairness.PerceivedFairnessResult;
import dev.belonging.fairness.RecognitionCount;
import dev.belonging.fairness.RecognitionEquity;
import dev.belonging.fairness.RecognitionResult;
import dev.belonging.fairness.ScoreSummary;
import dev.belonging.fairness.SelectionOutcome;
import dev.belonging.fairness.VoiceEquity;
import dev.belonging.fairness.VoiceResult;
import dev.belonging.instrument.Construct;
import dev.belonging.intervention.GapSignal;
import dev.belonging.intervention.GroupSummary;
import dev.belonging.intervention.PairingGroup;
import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.Participant;
import dev.belonging.intervention.PerformativePattern;
import dev.belonging.intervention.PerformativeWarning;
import dev.belonging.intervention.Recommendation;
import dev.belonging.intervention.Recommendations;
import dev.belonging.intervention.TrialEvaluation;
import dev.belonging.intervention.TrialResult;
import dev.belonging.intervention.TrialWaves;
import dev.belonging.intervention.Unmatched;
import dev.belonging.intervention.UnmatchedReason;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.WorkArrangement;
import java.time.LocalTime;
import java.util.Random;
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

  // ---------------------------------------------------------------- recommendations

  static Arbitrary<GapSignal> gapSignal() {
    return Combinators.combine(Generators.construct(), Arbitraries.of(Generators.DIMENSIONS),
            Generators.text(20), Arbitraries.of(ServedGroup.class).optional(),
            Arbitraries.doubles(), Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().greaterOrEqual(1), Arbitraries.of(true, false))
        .as((construct, dimension, label, served, g, q, n, credible) -> {
          GapSignal.Builder b = GapSignal.builder().construct(construct).dimension(dimension)
              .valueLabel(label).hedgesG(g).qValue(q).n(n).credible(credible);
          served.ifPresent(b::servedGroup);
          return b.build();
        });
  }

  /** An entry without its rank (given by position) and its kind, to sort by. */
  record Entry(Recommendation.Kind kind, Recommendation.Builder builder) {}

  static Arbitrary<Entry> entry() {
    return Combinators.combine(Arbitraries.of(Recommendation.Kind.class), Generators.construct(),
            intervention().optional(), gapSignal().list().ofMaxSize(3),
            Arbitraries.doubles().greaterOrEqual(0), Generators.text(80),
            Generators.text(40).optional())
        .as((kind, construct, intervention, evidence, score, explanation, note) -> {
          Recommendation.Builder b = Recommendation.builder().kind(kind).construct(construct)
              .addAllEvidence(evidence).score(score).explanation(explanation);
          if (kind == Recommendation.Kind.INTERVENTION || intervention.isPresent()) {
            b.intervention(intervention.orElseGet(ActionFixtures::customTraining));
          }
          note.ifPresent(b::note);
          return new Entry(kind, b);
        });
  }

  static Arbitrary<Recommendations> recommendations() {
    Arbitrary<PerformativeWarning> warnings = Combinators.combine(
            Arbitraries.of(PerformativePattern.class), interventionId().optional())
        .as((pattern, id) -> id.map(i -> PerformativeWarning.of(pattern, i))
            .orElseGet(() -> PerformativeWarning.ofPlan(pattern)));
    return Combinators.combine(entry().list().ofMaxSize(4),
            interventionId().set().ofMaxSize(3), warnings.list().ofMaxSize(3))
        .as((entries, stopped, warningList) -> {
          List<Entry> ordered = new ArrayList<>(entries);
          // Prerequisites first, as the domain requires; the sort is stable.
          ordered.sort(java.util.Comparator.comparing(
              (Entry e) -> e.kind() == Recommendation.Kind.INTERVENTION));
          Recommendations.Builder b = Recommendations.builder();
          for (int i = 0; i < ordered.size(); i++) {
            b.addEntry(ordered.get(i).builder().rank(i + 1).build());
          }
          return b.addAllExcludedAsStopped(stopped).addAllWarnings(warningList).build();
        });
  }

  // ---------------------------------------------------------------- pairing

  private static final List<String> ZONES = List.of("Europe/Berlin", "America/Chicago",
      "Asia/Kolkata", "Australia/Adelaide", "UTC", "Z", "+05:45", "-03:30", "UTC+01:00",
      "GMT-08:00", "Pacific/Chatham");

  static Arbitrary<String> participantId() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withCharRange('0', '9').withChars("._-").ofMinLength(1).ofMaxLength(12);
  }

  static Arbitrary<LocalTime> time() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60)),
        Arbitraries.longs().between(0, 24L * 3600 * 1_000_000_000 - 1)
            .map(LocalTime::ofNanoOfDay));
  }

  static Arbitrary<Participant> participant(String id) {
    return Combinators.combine(Arbitraries.of(WorkArrangement.class), Generators.text(20),
            Arbitraries.of(ZONES), time(), time())
        .filter((a, t, z, start, end) -> !start.equals(end))
        .as((arrangement, team, zone, start, end) ->
            Participant.of(id, arrangement, team, zone, start, end));
  }

  static Arbitrary<ImmutableList<Participant>> participants() {
    return participantId().list().ofMaxSize(8).flatMap(ids -> {
      List<Arbitrary<Participant>> all = new ArrayList<>();
      ids.forEach(id -> all.add(participant(id)));
      return Combinators.combine(all).as(ImmutableList::copyOf);
    });
  }

  /** A round over distinct ids: pairs, trios and unmatched, with seeded choices. */
  static Arbitrary<PairingRound> round() {
    return Combinators.combine(participantId().set().ofMaxSize(12), Arbitraries.longs(),
            Arbitraries.of(true, false))
        .as((idSet, seed, exact) -> {
          Random random = new Random(seed);
          List<String> ids = new ArrayList<>(idSet);
          java.util.Collections.shuffle(ids, random);
          PairingRound.Builder b = PairingRound.builder().exactMatching(exact);
          int i = 0;
          while (i < ids.size()) {
            int left = ids.size() - i;
            int choice = random.nextInt(4);
            if (choice == 0 || left == 1) {
              b.addUnmatched(Unmatched.of(ids.get(i),
                  UnmatchedReason.values()[random.nextInt(UnmatchedReason.values().length)]));
              i++;
            } else {
              int size = left >= 3 && choice == 3 ? 3 : 2;
              List<String> members = ImmutableList.sortedCopyOf(ids.subList(i, i + size));
              PairingGroup.Builder g = PairingGroup.builder().members(members)
                  .quality(random.nextInt(3) == 0 ? random.nextInt(2) : random.nextDouble());
              if (size == 3 && random.nextBoolean()) {
                g.joinedAsThird(members.get(random.nextInt(3)));
              }
              b.addGroup(g.build());
              i += size;
            }
          }
          return b.build();
        });
  }

  static Arbitrary<ImmutableList<PairingRound>> history() {
    return round().list().ofMaxSize(4).map(ImmutableList::copyOf);
  }

  // ---------------------------------------------------------------- trials

  static Arbitrary<TrialEvaluation> trialEvaluation() {
    return Combinators.combine(Arbitraries.doubles().between(0.01, 0.999).ofScale(4).optional(),
            Arbitraries.integers().between(2, 10_000).optional(),
            Arbitraries.of(true, false).optional(),
            Arbitraries.doubles().between(0, 1e6).optional())
        .as((level, size, higher, change) -> {
          TrialEvaluation e = TrialEvaluation.withDefaults();
          if (level.isPresent()) {
            e = e.withConfidenceLevel(level.get());
          }
          if (size.isPresent()) {
            e = e.withMinimumGroupSize(size.get());
          }
          if (higher.isPresent()) {
            e = e.withHigherIsBetter(higher.get());
          }
          return change.isPresent() ? e.withSmallestWorthwhileChange(change.get()) : e;
        });
  }

  static Arbitrary<GroupSummary> summary() {
    return Combinators.combine(Arbitraries.integers().between(2, 100_000),
            Arbitraries.doubles().between(-1e6, 1e6),
            Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 1e3)))
        .as(GroupSummary::of);
  }

  static Arbitrary<TrialWaves> trialWaves() {
    return Combinators.combine(summary(), summary(), summary(), summary()).as(TrialWaves::of);
  }

  /** Results of the real evaluation, so every combination of fields is one the domain makes. */
  static Arbitrary<TrialResult> trialResult() {
    return Combinators.combine(trialEvaluation(), trialWaves()).as(TrialEvaluation::evaluate);
  }

  // ---------------------------------------------------------------- fairness results

  /** Distinct group labels, 1 to {@code max} of them. */
  static Arbitrary<List<String>> labels(int max) {
    return Generators.text(12).map(String::strip).filter(s -> !s.isEmpty())
        .list().ofMinSize(1).ofMaxSize(max).uniqueElements();
  }

  static Arbitrary<Dimension> dimension() {
    return Arbitraries.of(Generators.DIMENSIONS);
  }

  /** Results of the real check: suppressions, references and undefined values as it makes them. */
  static Arbitrary<AdverseImpactResult> adverseImpact() {
    return Combinators.combine(dimension(), labels(6), Arbitraries.longs(),
            Arbitraries.of(true, false))
        .as((dimension, labels, seed, stratified) -> {
          Random random = new Random(seed);
          List<SelectionOutcome> outcomes = new ArrayList<>();
          for (String label : labels) {
            if (stratified) {
              for (String stratum : List.of("north", "south")) {
                int size = 1 + random.nextInt(40);
                outcomes.add(SelectionOutcome.inStratum(label, stratum, random.nextInt(size + 1),
                    size));
              }
            } else {
              int size = 1 + random.nextInt(60);
              outcomes.add(SelectionOutcome.of(label, random.nextInt(size + 1), size));
            }
          }
          return AdverseImpact.withDefaults().test(dimension, outcomes);
        });
  }

  static Arbitrary<RecognitionResult> recognition() {
    return Combinators.combine(dimension(), labels(6), Arbitraries.longs())
        .as((dimension, labels, seed) -> {
          Random random = new Random(seed);
          List<RecognitionCount> counts = new ArrayList<>();
          for (String label : labels) {
            int people = 1 + random.nextInt(40);
            counts.add(RecognitionCount.of(label, people, people * (0.5 + random.nextDouble() * 6),
                random.nextInt(80)));
          }
          return RecognitionEquity.withDefaults().test(dimension, counts);
        });
  }

  static Arbitrary<VoiceResult> voice() {
    return Combinators.combine(dimension(), labels(4), Arbitraries.longs())
        .as((dimension, labels, seed) -> {
          Random random = new Random(seed);
          List<Meeting> meetings = new ArrayList<>();
          int people = 1 + random.nextInt(20);
          for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
            List<Attendee> attendees = new ArrayList<>();
            for (int p = 0; p < people; p++) {
              if (random.nextInt(4) > 0 || p == 0) {
                attendees.add(Attendee.of("a" + p, labels.get(p % labels.size()), p % 4));
              }
            }
            List<List<String>> topics = new ArrayList<>();
            for (int t = 0, topicCount = random.nextInt(4); t < topicCount; t++) {
              List<String> turns = new ArrayList<>();
              for (int u = 0, m = random.nextInt(6); u < m; u++) {
                turns.add(attendees.get(random.nextInt(attendees.size())).id());
              }
              topics.add(turns);
            }
            meetings.add(Meeting.of(attendees, topics));
          }
          return VoiceEquity.withDefaults().test(dimension, meetings);
        });
  }

  static Arbitrary<ParticipationResult> participation() {
    return Combinators.combine(dimension(), labels(6), Arbitraries.longs())
        .as((dimension, labels, seed) -> {
          Random random = new Random(seed);
          List<ParticipationCount> counts = new ArrayList<>();
          for (String label : labels) {
            int invited = 1 + random.nextInt(60);
            counts.add(ParticipationCount.of(label, invited, random.nextInt(invited + 1)));
          }
          return ParticipationParity.withDefaults().test(dimension, counts);
        });
  }

  static Arbitrary<PerceivedFairnessResult> perceivedFairness() {
    return Combinators.combine(dimension(), labels(6), Arbitraries.longs())
        .as((dimension, labels, seed) -> {
          Random random = new Random(seed);
          List<ScoreSummary> summaries = new ArrayList<>();
          for (String label : labels) {
            int n = 1 + random.nextInt(40);
            summaries.add(ScoreSummary.of(label, n, 1 + random.nextDouble() * 4,
                random.nextInt(5) == 0 ? 0 : random.nextDouble() * 1.5));
          }
          return PerceivedFairness.withDefaults().test(dimension, summaries);
        });
  }

  // ---------------------------------------------------------------- fairness inputs

  static Arbitrary<ImmutableList<dev.belonging.fairness.OutcomeRecord>> outcomeRecords() {
    return Combinators.combine(Generators.attributes(), Arbitraries.of(true, false),
            Generators.text(10).optional())
        .as((attributes, selected, stratum) -> stratum
            .map(s -> dev.belonging.fairness.OutcomeRecord.of(attributes, selected, s))
            .orElseGet(() -> dev.belonging.fairness.OutcomeRecord.of(attributes, selected)))
        .list().ofMaxSize(10).map(ImmutableList::copyOf);
  }

  static Arbitrary<ImmutableList<dev.belonging.fairness.RecognitionRecord>> recognitionRecords() {
    return Combinators.combine(Generators.attributes(),
            Arbitraries.doubles().between(0.001, 1e9).ofScale(3),
            Arbitraries.longs().greaterOrEqual(0))
        .as(dev.belonging.fairness.RecognitionRecord::of)
        .list().ofMaxSize(10).map(ImmutableList::copyOf);
  }

  static Arbitrary<ImmutableList<Meeting>> meetings() {
    return Combinators.combine(participantId().set().ofMinSize(1).ofMaxSize(6),
            Generators.text(10).list().ofMinSize(1).ofMaxSize(3), Arbitraries.longs())
        .as((ids, groups, seed) -> {
          Random random = new Random(seed);
          List<Attendee> attendees = new ArrayList<>();
          for (String id : ids) {
            attendees.add(Attendee.of(id, groups.get(random.nextInt(groups.size())),
                random.nextInt(5)));
          }
          List<List<String>> topics = new ArrayList<>();
          for (int t = 0, n = random.nextInt(4); t < n; t++) {
            List<String> turns = new ArrayList<>();
            for (int u = 0, m = random.nextInt(5); u < m; u++) {
              turns.add(attendees.get(random.nextInt(attendees.size())).id());
            }
            topics.add(turns);
          }
          return Meeting.of(attendees, topics);
        })
        .list().ofMaxSize(4).map(ImmutableList::copyOf);
  }
}
