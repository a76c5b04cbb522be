package dev.belonging.cli;

import com.google.common.collect.ImmutableList;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.Disaggregation;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.Tally;
import dev.belonging.disaggregation.TrendReport;
import dev.belonging.fairness.AdverseImpact;
import dev.belonging.fairness.AdverseImpactResult;
import dev.belonging.fairness.OutcomeRecord;
import dev.belonging.fairness.ParticipationParity;
import dev.belonging.fairness.ParticipationResult;
import dev.belonging.fairness.PerceivedFairness;
import dev.belonging.fairness.PerceivedFairnessResult;
import dev.belonging.fairness.ScoreSummary;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.Scoring;
import dev.belonging.intervention.GapSignal;
import dev.belonging.intervention.OrgProfile;
import dev.belonging.intervention.OrgShape;
import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.PairingScheduler;
import dev.belonging.intervention.Participant;
import dev.belonging.intervention.Recommendations;
import dev.belonging.intervention.Recommender;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.Roster;
import dev.belonging.workforce.TeamHierarchy;
import dev.belonging.workforce.TenureBands;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The full cycle on one wave: disaggregation under the anonymity policy, gaps, the trend against
 * an earlier wave, fairness checks, recommended interventions and a pairing round. Shared by
 * {@code demo} and {@code report}; the inputs are already validated.
 */
final class Analysis {
  private Analysis() {}

  /**
   * The anonymity policy the report is released under (its score and sensitive minimums apply
   * to every cell and fairness group) and the response rate below which a group is flagged.
   */
  record Policy(AnonymityPolicy anonymity, double responseRateWarning) {
    /** The default response-rate warning: below 60% a group's results may not speak for it. */
    static final double DEFAULT_RESPONSE_RATE_WARNING = 0.60;

    static Policy defaults() {
      return new Policy(AnonymityPolicy.withDefaults(), DEFAULT_RESPONSE_RATE_WARNING);
    }

    int minimumGroupSize() {
      return anonymity.minimumGroupSize();
    }

    int sensitiveMinimumGroupSize() {
      return anonymity.sensitiveMinimum();
    }
  }

  /** What one analysis needs. */
  record Input(
      Instrument instrument,
      String waveId,
      List<Response> responses,
      List<String> exclusions,
      Optional<Roster> roster,
      Optional<Previous> previous,
      Policy policy,
      List<Breakdown> breakdowns,
      Optional<TeamHierarchy> hierarchy,
      List<Dimension> fairnessDimensions,
      List<OutcomeRecord> promotions,
      OrgProfile orgProfile,
      List<Participant> participants,
      long seed) {}

  /** An earlier wave to compare with. */
  record Previous(Instrument instrument, String waveId, List<Response> responses) {}

  /** Everything the reports show. */
  record Result(
      Input input,
      DisaggregationReport report,
      Optional<TrendReport> trend,
      List<AdverseImpactResult> promotions,
      List<ParticipationResult> participation,
      List<PerceivedFairnessResult> perceivedFairness,
      Recommendations recommendations,
      Optional<PairingRound> pairing) {}

  /** The breakdowns used when none are given: every dimension answered, alone. */
  static ImmutableList<Breakdown> defaultBreakdowns(List<Response> responses) {
    Set<Dimension> seen = new LinkedHashSet<>();
    responses.forEach(r -> seen.addAll(r.attributes().values().keySet()));
    List<Dimension> order = new ArrayList<>();
    for (Dimension d : List.of(Dimension.WORK_ARRANGEMENT, Dimension.TENURE, Dimension.ROLE,
        Dimension.TEAM, Dimension.LOCATION)) {
      seen.stream().filter(d::equals).findFirst().ifPresent(order::add);
    }
    seen.stream().sorted().filter(d -> !order.contains(d)).forEach(order::add);
    ImmutableList.Builder<Breakdown> breakdowns = ImmutableList.builder();
    order.forEach(d -> breakdowns.add(Breakdown.of(d)));
    return breakdowns.build();
  }

  static Disaggregation disaggregation(Input input, Instrument instrument) {
    Disaggregation d = Disaggregation.of(instrument)
        .withBreakdowns(input.breakdowns())
        .withMinimumGroupSize(input.policy().minimumGroupSize())
        .withSensitiveMinimumGroupSize(input.policy().sensitiveMinimumGroupSize())
        .withResponseRateWarning(input.policy().responseRateWarning());
    if (input.hierarchy().isPresent()) {
      d = d.withHierarchy(input.hierarchy().get());
    }
    if (usesStandardTenureBands(input.responses())) {
      d = d.withTenureBands(TenureBands.standard());
    }
    return d;
  }

  private static boolean usesStandardTenureBands(List<Response> responses) {
    List<String> labels = TenureBands.standard().labels();
    boolean any = false;
    for (Response r : responses) {
      Optional<String> band = r.attributes().get(Dimension.TENURE);
      if (band.isPresent()) {
        if (!labels.contains(band.get())) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  static Result run(Input input, Progress progress) {
    Disaggregation disaggregation = disaggregation(input, input.instrument());
    progress.step("aggregating " + input.responses().size() + " responses");
    Tally tally = disaggregation.aggregate(input.responses());
    progress.step("releasing cells under the anonymity policy");
    DisaggregationReport report = input.roster().isPresent()
        ? disaggregation.report(tally, input.roster().get())
        : disaggregation.report(tally);

    Optional<TrendReport> trend = Optional.empty();
    if (input.previous().isPresent()) {
      progress.step("comparing with wave " + input.previous().get().waveId());
      Previous previous = input.previous().get();
      Tally earlier = disaggregation(input, previous.instrument()).aggregate(previous.responses());
      trend = Optional.of(disaggregation.trend(earlier, tally));
    }

    progress.step("checking fairness");
    AnonymityPolicy anonymity = input.policy().anonymity();
    List<AdverseImpactResult> promotions = new ArrayList<>();
    List<ParticipationResult> participation = new ArrayList<>();
    List<PerceivedFairnessResult> perceived = new ArrayList<>();
    Scoring scoring = Scoring.withDefaults();
    boolean hasFairnessItems = !input.instrument().items(Construct.PROCEDURAL_FAIRNESS).isEmpty();
    for (Dimension dimension : input.fairnessDimensions()) {
      List<OutcomeRecord> records = input.promotions().stream()
          .filter(r -> r.attributes().get(dimension).isPresent())
          .collect(ImmutableList.toImmutableList());
      if (!records.isEmpty()) {
        promotions.add(AdverseImpact.withDefaults().withPolicy(anonymity)
            .testRecords(dimension, records));
      }
      if (input.roster().isPresent()) {
        participation.add(ParticipationParity.withDefaults().withPolicy(anonymity)
            .withMinimumRate(input.policy().responseRateWarning())
            .test(dimension, input.roster().get(), input.responses()));
      }
      List<Response> withValue = input.responses().stream()
          .filter(r -> r.attributes().get(dimension).isPresent())
          .collect(ImmutableList.toImmutableList());
      if (hasFairnessItems && !withValue.isEmpty()) {
        ImmutableList<ScoreSummary> summaries = ScoreSummary.fromResponses(input.instrument(),
            Construct.PROCEDURAL_FAIRNESS, scoring, dimension, withValue);
        perceived.add(PerceivedFairness.withDefaults().withPolicy(anonymity)
            .test(dimension, summaries));
      }
    }

    progress.step("recommending interventions");
    Recommendations recommendations = Recommender.withDefaults()
        .recommend(GapSignal.fromReport(report), input.orgProfile(), List.of());

    Optional<PairingRound> pairing = Optional.empty();
    if (!input.participants().isEmpty()) {
      progress.step("pairing " + input.participants().size() + " people for coffee chats");
      pairing = Optional.of(PairingScheduler.withDefaults().withSeed(input.seed())
          .schedule(input.participants(), List.of()));
    }
    return new Result(input, report, trend, promotions, participation, perceived,
        recommendations, pairing);
  }

  static OrgProfile orgProfile(int headcount, OrgShape... shapes) {
    return OrgProfile.of(Math.max(1, headcount), shapes);
  }
}
