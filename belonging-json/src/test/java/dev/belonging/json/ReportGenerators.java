package dev.belonging.json;

import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.disaggregation.Baseline;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.BreakdownRequest;
import dev.belonging.disaggregation.Disaggregation;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.Subgroup;
import dev.belonging.disaggregation.Tally;
import dev.belonging.disaggregation.TrendReport;
import dev.belonging.testkit.ResponseSimulator;
import dev.belonging.testkit.SimulatedWave;
import dev.belonging.testkit.SyntheticWorkforce;
import dev.belonging.testkit.jqwik.BelongingArbitraries;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of policies, breakdown requests and reports. Reports are real: a testkit workforce
 * (sizes around the anonymity threshold) answers the golden instrument through the testkit's
 * simulator, and the core's {@link Disaggregation} releases it, so suppressed cells, undefined
 * statistics and every kind of baseline occur as they do in production.
 */
final class ReportGenerators {
  private ReportGenerators() {}

  static Arbitrary<AnonymityPolicy> policies() {
    return Combinators.combine(Arbitraries.integers().between(3, 50),
            Arbitraries.integers().between(3, 50), Arbitraries.integers().between(0, 50),
            Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 1))
        .as((k, rate, comment, sensitive, coalition) -> AnonymityPolicy.withDefaults()
            .withCommentMinimum(Integer.MAX_VALUE).withSensitiveMinimum(Integer.MAX_VALUE)
            .withMinimumGroupSize(k).withResponseRateMinimum(rate)
            .withCommentMinimum(k + comment).withSensitiveMinimum(k + sensitive)
            .withCoalitionSize(coalition));
  }

  /** Breakdowns of 1 to 3 testkit dimensions: singles and pairs, with varied baselines. */
  static Arbitrary<List<Breakdown>> breakdowns(Optional<SyntheticWorkforce> workforce) {
    return Combinators.combine(BelongingArbitraries.breakdowns(),
            Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 100))
        .as((dimensions, baselineChoice, pick) -> {
          List<Breakdown> result = new ArrayList<>(Breakdown.singlesAndPairs(dimensions));
          Breakdown first = result.get(0);
          if (baselineChoice == 1) {
            result.set(0, first.withBaseline(Baseline.wholeOrganisation()));
          } else if (baselineChoice == 2) {
            Dimension d = first.dimensions().get(0);
            String value = workforce.flatMap(w -> mostCommon(w, d)).orElse("reference-" + pick);
            result.set(0, first.withBaseline(Baseline.referenceGroup(Subgroup.of(d, value))));
          }
          return result;
        });
  }

  /** The most common value of a dimension, so that a reference group is likely published. */
  private static Optional<String> mostCommon(SyntheticWorkforce workforce, Dimension dimension) {
    Map<String, Integer> counts = new HashMap<>();
    workforce.people().forEach(p -> p.attributes().get(dimension)
        .ifPresent(v -> counts.merge(v, 1, Integer::sum)));
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  static Arbitrary<BreakdownRequest> breakdownRequests() {
    return breakdowns(Optional.empty()).map(BreakdownRequest::of);
  }

  private static Arbitrary<Case> cases() {
    return Combinators.combine(BelongingArbitraries.workforces(5), Arbitraries.of(1.0, 0.8, 0.5),
            Arbitraries.longs().between(0, 1_000_000), Arbitraries.of(5, 3))
        .flatAs((workforce, rate, seed, k) -> breakdowns(Optional.of(workforce)).map(
            breakdowns -> new Case(workforce, rate, seed, k, breakdowns)));
  }

  static Arbitrary<DisaggregationReport> reports() {
    return Combinators.combine(cases(), Arbitraries.of(true, false))
        .as((c, withRoster) -> {
          SimulatedWave wave = c.simulator().simulate(c.workforce, "wave-0", 0, c.seed);
          Disaggregation disaggregation = c.disaggregation();
          Tally tally = disaggregation.aggregate(wave.wave().responses());
          return withRoster ? disaggregation.report(tally, wave.roster())
              : disaggregation.report(tally);
        });
  }

  static Arbitrary<TrendReport> trendReports() {
    return cases().map(c -> {
      Disaggregation disaggregation = c.disaggregation();
      Tally earlier = disaggregation.aggregate(
          c.simulator().simulate(c.workforce, "wave-0", 0, c.seed).wave().responses());
      Tally later = disaggregation.aggregate(
          c.simulator().simulate(c.workforce, "wave-1", 1, c.seed + 1).wave().responses());
      return disaggregation.trend(earlier, later);
    });
  }

  private static final class Case {
    final SyntheticWorkforce workforce;
    final double rate;
    final long seed;
    final int k;
    final List<Breakdown> breakdowns;

    Case(SyntheticWorkforce workforce, double rate, long seed, int k, List<Breakdown> breakdowns) {
      this.workforce = workforce;
      this.rate = rate;
      this.seed = seed;
      this.k = k;
      this.breakdowns = breakdowns;
    }

    ResponseSimulator simulator() {
      return ResponseSimulator.of(Fixtures.instrument()).withResponseRate(rate)
          .withMissingRate(0.1);
    }

    Disaggregation disaggregation() {
      return Disaggregation.of(Fixtures.instrument()).withBreakdowns(breakdowns)
          .withHierarchy(workforce.hierarchy()).withMinimumGroupSize(k).withParallelism(1);
    }
  }
}
