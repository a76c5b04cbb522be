package dev.belonging.intervention;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import dev.belonging.instrument.Construct;
import dev.belonging.internal.BelongingStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Turns a report's credible gaps into a short, ranked and explained list of interventions from an
 * {@link InterventionCatalog}.
 *
 * <p>Configure with {@code Recommender.withDefaults().withCatalog(myCatalog)} and call {@link
 * #recommend(List, OrgProfile, List)}.
 *
 * <p><b>Which gaps count.</b> Only signals that are {@link GapSignal#credible() credible} and show
 * the group lower by at least {@link #minimumEffectSize()} standard deviations ({@code hedgesG <=
 * -minimumEffectSize}). All other signals are dropped before anything is computed, so they
 * influence neither the entries nor their order. The input order of signals does not matter.
 *
 * <p><b>Prerequisites first.</b> When a counted gap concerns {@link Construct#PSYCHOLOGICAL_SAFETY}
 * or {@link Construct#PROCEDURAL_FAIRNESS}, the list opens with one {@link
 * Recommendation.Kind#PREREQUISITE} entry per such construct (safety before fairness), naming the
 * affected groups and the best-fitting catalog entry that targets the construct, because without
 * safety and fair processes belonging initiatives read as performative.
 *
 * <p><b>Relevance.</b> For an intervention {@code i} and a counted gap {@code s}: {@code
 * match(i, s) = constructFit * groupFit * min(|g|, 2)}, where constructFit is 1 when {@code i}
 * targets the gap's construct, 0.5 for a gap on overall {@link Construct#BELONGING}, 0 otherwise;
 * groupFit is 1 when {@code i} serves the gap's {@link ServedGroup}, 0.6 when it serves {@link
 * ServedGroup#EVERYONE}, 0.25 otherwise (0.6 and 0.4 when the gap has no served group). The
 * relevance is {@code sum_s match(i, s) * shapeFit * costFit}: shapeFit is {@code 0.5 + 0.5 *} the
 * share of the organisation's {@link OrgProfile#effectiveShapes() shapes} the entry fits (1 when
 * none is known); costFit is {@code 1 - 0.1 * effort - 0.05 * cost} with levels counted 0, 1, 2.
 *
 * <p><b>Diversity.</b> Entries are picked greedily in the manner of maximal marginal relevance
 * (Carbonell and Goldstein 1998, SIGIR): each next entry maximises {@code marginal / maxRelevance
 * - diversity * maxSimilarity}. The marginal relevance discounts each gap by {@code (1 -
 * diversity)^k}, where {@code k} is the number of entries already picked that address it, so a
 * second gap gets its own entry before a fourth variation for the first; the similarity to an
 * already picked entry is {@code 0.6 * Jaccard(targets) + 0.4 * Jaccard(servedGroups)}. Ties go to
 * catalog order. Prerequisite entries count as picked.
 *
 * <p><b>Earlier trials.</b> Interventions whose trial was {@link TrialDecision#STOP stopped} are
 * never recommended and listed in {@link Recommendations#excludedAsStopped()}; those marked
 * {@link TrialDecision#ADJUST} or {@link TrialDecision#CONTINUE} may be recommended with a note.
 *
 * <p>Deterministic. Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class Recommender {
  private static final double MAX_SEVERITY = 2.0;
  private static final ImmutableList<Construct> PREREQUISITES =
      ImmutableList.of(Construct.PSYCHOLOGICAL_SAFETY, Construct.PROCEDURAL_FAIRNESS);

  private static final Recommender DEFAULTS = ImmutableRecommender.builder().build();

  Recommender() {}

  /** A recommender with the built-in catalog and the defaults documented on each setting. */
  public static Recommender withDefaults() {
    return DEFAULTS;
  }

  /** The catalog to choose from; default {@link InterventionCatalog#builtIn()}. */
  @Value.Default
  public InterventionCatalog catalog() {
    return InterventionCatalog.builtIn();
  }

  /** Longest list of {@link Recommendation.Kind#INTERVENTION} entries, {@code >= 1}; default 5. */
  @Value.Default
  public int maxRecommendations() {
    return 5;
  }

  /**
   * How strongly the list favours variety, in [0, 1]: 0 ranks by relevance alone; higher values
   * discount gaps already addressed and penalise entries similar to those already picked. Default
   * 0.5.
   */
  @Value.Default
  public double diversity() {
    return 0.5;
  }

  /** Smallest gap, in standard deviations, that counts, {@code >= 0}; default 0.2. */
  @Value.Default
  public double minimumEffectSize() {
    return 0.2;
  }

  /**
   * This recommender with another catalog.
   *
   * @param catalog the catalog
   * @return the new recommender
   */
  public abstract Recommender withCatalog(InterventionCatalog catalog);

  /**
   * This recommender with another list length.
   *
   * @param max at least 1
   * @return the new recommender
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public abstract Recommender withMaxRecommendations(int max);

  /**
   * This recommender with another diversity weight.
   *
   * @param diversity in [0, 1]
   * @return the new recommender
   * @throws IllegalArgumentException if outside [0, 1] or NaN
   */
  public abstract Recommender withDiversity(double diversity);

  /**
   * This recommender with another minimum effect size.
   *
   * @param effectSize finite, {@code >= 0}, in standard deviations
   * @return the new recommender
   * @throws IllegalArgumentException if negative or not finite
   */
  public abstract Recommender withMinimumEffectSize(double effectSize);

  @Value.Check
  void check() {
    if (maxRecommendations() < 1) {
      throw new IllegalArgumentException(
          "maxRecommendations must be >= 1, but was " + maxRecommendations());
    }
    if (!(diversity() >= 0 && diversity() <= 1)) {
      throw new IllegalArgumentException("diversity must be in [0, 1], but was " + diversity());
    }
    if (!(minimumEffectSize() >= 0 && minimumEffectSize() < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "minimumEffectSize must be finite and >= 0, but was " + minimumEffectSize());
    }
  }

  /**
   * Recommends interventions for the given gaps.
   *
   * @param gaps gap signals built from published cells; non-credible ones and groups scoring
   *     higher are ignored
   * @param profile the organisation's profile
   * @param tried interventions already tried, with their decisions; ids not in the catalog are
   *     ignored
   * @return the ranked list, empty when no gap counts
   * @throws IllegalArgumentException if {@code tried} lists one intervention twice
   */
  public Recommendations recommend(
      List<GapSignal> gaps, OrgProfile profile, List<TriedIntervention> tried) {
    Map<String, TrialDecision> outcomes = new HashMap<>();
    for (int i = 0; i < tried.size(); i++) {
      if (outcomes.put(tried.get(i).interventionId(), tried.get(i).decision()) != null) {
        throw new IllegalArgumentException("tried must list each intervention once, but tried["
            + i + "] repeats '" + tried.get(i).interventionId() + "'");
      }
    }
    List<GapSignal> counted = gaps.stream()
        .filter(s -> s.credible() && s.hedgesG() <= -minimumEffectSize())
        .sorted(Comparator.comparingDouble(GapSignal::hedgesG)
            .thenComparing(GapSignal::construct)
            .thenComparing(GapSignal::dimension)
            .thenComparing(GapSignal::valueLabel)
            .thenComparingDouble(GapSignal::qValue)
            .thenComparingInt(GapSignal::n))
        .collect(Collectors.toList());

    List<Intervention> eligible = new ArrayList<>();
    ImmutableList.Builder<String> stopped = ImmutableList.builder();
    for (Intervention intervention : catalog().interventions()) {
      if (outcomes.get(intervention.id()) == TrialDecision.STOP) {
        stopped.add(intervention.id());
      } else {
        eligible.add(intervention);
      }
    }
    if (counted.isEmpty()) {
      return ImmutableRecommendations.builder().excludedAsStopped(stopped.build()).build();
    }
    ImmutableSortedSet<OrgShape> shapes = profile.effectiveShapes();

    List<Recommendation> entries = new ArrayList<>();
    List<Intervention> picked = new ArrayList<>();
    for (Construct prerequisite : PREREQUISITES) {
      List<GapSignal> evidence = counted.stream()
          .filter(s -> s.construct().equals(prerequisite))
          .collect(Collectors.toList());
      if (evidence.isEmpty()) {
        continue;
      }
      Optional<Intervention> best = Optional.empty();
      double bestScore = 0;
      for (Intervention candidate : eligible) {
        if (picked.contains(candidate) || !candidate.targets().contains(prerequisite)) {
          continue;
        }
        double score = relevance(candidate, evidence, shapes);
        if (score > bestScore) {
          best = Optional.of(candidate);
          bestScore = score;
        }
      }
      best.ifPresent(picked::add);
      String text = "prerequisite: " + describe(evidence.get(0))
          + "; fix " + prerequisite.label().toLowerCase(Locale.ROOT)
          + " before other belonging work, or initiatives read as performative"
          + best.map(i -> " -> " + i.name() + "; " + fit(i, shapes)).orElse(
              " (no catalog entry targets it)");
      entries.add(ImmutableRecommendation.builder()
          .rank(entries.size() + 1)
          .kind(Recommendation.Kind.PREREQUISITE)
          .construct(prerequisite)
          .intervention(best)
          .evidence(evidence)
          .score(bestScore)
          .explanation(text)
          .note(best.flatMap(i -> note(outcomes.get(i.id()))))
          .build());
    }

    Map<Intervention, Double> relevance = new HashMap<>();
    List<Intervention> candidates = new ArrayList<>();
    double maxRelevance = 0;
    for (Intervention candidate : eligible) {
      if (picked.contains(candidate)) {
        continue;
      }
      double r = relevance(candidate, counted, shapes);
      if (r > 0) {
        relevance.put(candidate, r);
        candidates.add(candidate);
        maxRelevance = Math.max(maxRelevance, r);
      }
    }
    Map<GapSignal, Integer> coverage = new HashMap<>();
    for (Intervention chosen : picked) {
      cover(chosen, counted, coverage);
    }
    int slots = maxRecommendations();
    while (slots > 0 && !candidates.isEmpty()) {
      Intervention next = null;
      double nextScore = Double.NEGATIVE_INFINITY;
      for (Intervention candidate : candidates) {
        double similarity = 0;
        for (Intervention chosen : picked) {
          similarity = Math.max(similarity, similarity(candidate, chosen));
        }
        double marginal = 0;
        for (GapSignal gap : counted) {
          marginal += match(candidate, gap)
              * Math.pow(1 - diversity(), coverage.getOrDefault(gap, 0));
        }
        marginal *= fitFactor(candidate, shapes);
        double score = marginal / maxRelevance - diversity() * similarity;
        if (score > nextScore) {
          next = candidate;
          nextScore = score;
        }
      }
      Intervention chosen = Objects.requireNonNull(next);
      candidates.remove(chosen);
      picked.add(chosen);
      cover(chosen, counted, coverage);
      slots--;
      List<GapSignal> evidence = counted.stream()
          .filter(s -> match(chosen, s) > 0)
          .sorted(Comparator.comparingDouble((GapSignal s) -> -match(chosen, s)))
          .collect(Collectors.toList());
      GapSignal primary = evidence.get(0);
      String text = describe(primary) + " -> " + chosen.name() + "; " + fit(chosen, shapes)
          + (evidence.size() > 1 ? "; also helps with " + (evidence.size() - 1) + " more gap"
              + (evidence.size() > 2 ? "s" : "") : "");
      entries.add(ImmutableRecommendation.builder()
          .rank(entries.size() + 1)
          .kind(Recommendation.Kind.INTERVENTION)
          .construct(chosen.targets().contains(primary.construct())
              ? primary.construct() : chosen.targets().first())
          .intervention(chosen)
          .evidence(evidence)
          .score(relevance.get(chosen))
          .explanation(text)
          .note(note(outcomes.get(chosen.id())))
          .build());
    }
    List<Intervention> plan = entries.stream()
        .flatMap(e -> e.intervention().stream())
        .collect(Collectors.toList());
    return ImmutableRecommendations.builder()
        .entries(entries)
        .excludedAsStopped(stopped.build())
        .warnings(PerformativePattern.checkPlan(plan))
        .build();
  }

  private static void cover(
      Intervention chosen, List<GapSignal> gaps, Map<GapSignal, Integer> coverage) {
    for (GapSignal gap : gaps) {
      if (match(chosen, gap) > 0) {
        coverage.merge(gap, 1, Integer::sum);
      }
    }
  }

  private static double relevance(
      Intervention intervention, List<GapSignal> gaps, Set<OrgShape> shapes) {
    double sum = 0;
    for (GapSignal gap : gaps) {
      sum += match(intervention, gap);
    }
    return sum * fitFactor(intervention, shapes);
  }

  private static double fitFactor(Intervention intervention, Set<OrgShape> shapes) {
    double shapeFit = shapes.isEmpty() ? 1.0
        : 0.5 + 0.5 * Sets.intersection(intervention.orgShapes(), shapes).size() / shapes.size();
    double costFit = 1 - 0.1 * intervention.effort().ordinal()
        - 0.05 * intervention.cost().ordinal();
    return shapeFit * costFit;
  }

  static double match(Intervention intervention, GapSignal gap) {
    double constructFit = intervention.targets().contains(gap.construct()) ? 1.0
        : gap.construct().equals(Construct.BELONGING) ? 0.5 : 0.0;
    double groupFit;
    if (gap.servedGroup().isPresent()) {
      groupFit = intervention.servedGroups().contains(gap.servedGroup().get()) ? 1.0
          : intervention.servedGroups().contains(ServedGroup.EVERYONE) ? 0.6 : 0.25;
    } else {
      groupFit = intervention.servedGroups().contains(ServedGroup.EVERYONE) ? 0.6 : 0.4;
    }
    return constructFit * groupFit * Math.min(-gap.hedgesG(), MAX_SEVERITY);
  }

  static double similarity(Intervention a, Intervention b) {
    return 0.6 * jaccard(a.targets(), b.targets())
        + 0.4 * jaccard(a.servedGroups(), b.servedGroups());
  }

  private static <T> double jaccard(Set<T> a, Set<T> b) {
    Set<T> union = new HashSet<>(a);
    union.addAll(b);
    return union.isEmpty() ? 0 : (double) Sets.intersection(a, b).size() / union.size();
  }

  private static String describe(GapSignal gap) {
    String q = gap.qValue() < 0.001 ? "q < 0.001"
        : String.format(Locale.ROOT, "q = %.3f", gap.qValue());
    return String.format(Locale.ROOT, "%s score %.2f SD lower on %s, %s",
        gap.groupLabel(), -gap.hedgesG(), gap.construct().label().toLowerCase(Locale.ROOT), q);
  }

  private static String fit(Intervention intervention, Set<OrgShape> shapes) {
    ImmutableSet<OrgShape> fits = ImmutableSet.copyOf(
        Sets.intersection(intervention.orgShapes(), shapes));
    String shapeText = shapes.isEmpty() ? "fits " + labels(intervention.orgShapes())
        : fits.isEmpty() ? "not designed for " + labels(shapes)
        : "fits " + labels(fits);
    return shapeText + "; effort " + intervention.effort().label() + ", cost "
        + intervention.cost().label() + ", " + intervention.cadence().label();
  }

  private static String labels(Set<OrgShape> shapes) {
    return shapes.stream().map(OrgShape::label).collect(Collectors.joining(", "));
  }

  private static Optional<String> note(@Nullable TrialDecision decision) {
    if (decision == null) {
      return Optional.empty();
    }
    switch (decision) {
      case CONTINUE:
        return Optional.of("already running and working: keep it going");
      case ADJUST:
        return Optional.of("tried before with an unclear result: change how it is run "
            + "before trying it again");
      default:
        return Optional.empty();
    }
  }
}
