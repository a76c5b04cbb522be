package dev.belonging.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.BreakdownResult;
import dev.belonging.disaggregation.CellResult;
import dev.belonging.disaggregation.Disaggregation;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.SuppressionReason;
import dev.belonging.disaggregation.Tally;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Dimension;
import java.util.List;

/**
 * What an anonymity threshold costs: the share of requested cells suppressed at each minimum
 * group size (by default 3, 5 and 10) for a synthetic organisation of a profile, released through
 * the real {@link Disaggregation} and its exact disclosure check.
 *
 * <p>One simulated wave (everyone invited, one item, the configured response rate) is aggregated
 * once and released at each threshold. Cells are those of the breakdowns that have respondents
 * (the whole organisation is not counted); each suppressed cell is counted by its reason, below
 * the minimum or complementary (it would reveal a smaller group). Cells of sensitive breakdowns
 * keep the disaggregation's sensitive minimum (10, or the threshold when larger). Suppression
 * depends only on who is in which cell.
 *
 * <pre>{@code
 * TradeOffResult costs = AnonymityTradeOff.withDefaults()
 *     .withWorkforce(WorkforceGenerator.of(OrganisationProfile.SMALL_TEAM).withHeadcount(18))
 *     .simulate(3);
 * }</pre>
 *
 * <p>The disclosure check is exact and slows down with many cells of few people: keep to a few
 * breakdowns and organisations of hundreds. A configured trade-off is an immutable value,
 * thread-safe; {@code with*} methods return changed copies. Defaults: a scale-up of 120 people,
 * breakdowns by team (rolled up the hierarchy), tenure band and work arrangement, response rate
 * 0.8, thresholds 3, 5 and 10.
 */
public final class AnonymityTradeOff {
  private static final Instrument PULSE = Instrument.builder()
      .id("testkit-pulse").version("1.0.0").title("Pulse (testkit)")
      .addItems(Item.agreement("belonging.myself", Construct.BELONGING,
          "I can be myself at work without worrying how it lands."))
      .build();
  private static final AnonymityTradeOff DEFAULTS = new AnonymityTradeOff(
      WorkforceGenerator.of(OrganisationProfile.SCALE_UP).withHeadcount(120),
      ImmutableList.of(Breakdown.of(Dimension.TEAM), Breakdown.of(Dimension.TENURE),
          Breakdown.of(Dimension.WORK_ARRANGEMENT)),
      0.8, ImmutableSortedSet.of(3, 5, 10));

  private final WorkforceGenerator workforce;
  private final ImmutableList<Breakdown> breakdowns;
  private final double responseRate;
  private final ImmutableSortedSet<Integer> thresholds;

  private AnonymityTradeOff(WorkforceGenerator workforce, ImmutableList<Breakdown> breakdowns,
      double responseRate, ImmutableSortedSet<Integer> thresholds) {
    this.workforce = workforce;
    this.breakdowns = breakdowns;
    this.responseRate = responseRate;
    this.thresholds = thresholds;
  }

  /** The defaults: see the class description. */
  public static AnonymityTradeOff withDefaults() {
    return DEFAULTS;
  }

  /**
   * This trade-off for organisations of another generator (profile, headcount, demographics).
   *
   * @param generator the workforce generator
   * @return the changed trade-off
   */
  public AnonymityTradeOff withWorkforce(WorkforceGenerator generator) {
    return new AnonymityTradeOff(requireNonNull(generator, "generator"), breakdowns,
        responseRate, thresholds);
  }

  /**
   * This trade-off with other breakdowns.
   *
   * @param newBreakdowns at least one breakdown
   * @return the changed trade-off
   * @throws IllegalArgumentException if {@code newBreakdowns} is empty or a dimension is used
   *     with two sensitivities
   */
  public AnonymityTradeOff withBreakdowns(List<Breakdown> newBreakdowns) {
    ImmutableList<Breakdown> copy = ImmutableList.copyOf(newBreakdowns);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("breakdowns must not be empty");
    }
    Disaggregation.of(PULSE).withBreakdowns(copy); // checks the dimensions
    return new AnonymityTradeOff(workforce, copy, responseRate, thresholds);
  }

  /**
   * This trade-off with another response rate.
   *
   * @param rate the chance an invited person answers, in [0, 1]
   * @return the changed trade-off
   * @throws IllegalArgumentException if {@code rate} is outside [0, 1] or NaN
   */
  public AnonymityTradeOff withResponseRate(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("responseRate must be in [0, 1], but was " + rate);
    }
    return new AnonymityTradeOff(workforce, breakdowns, rate, thresholds);
  }

  /**
   * This trade-off at other thresholds.
   *
   * @param minimumGroupSizes one or more minimum group sizes, each {@code >= 3}; reported in
   *     ascending order, duplicates once
   * @return the changed trade-off
   * @throws IllegalArgumentException if none is given or one is below 3
   */
  public AnonymityTradeOff withThresholds(int... minimumGroupSizes) {
    if (minimumGroupSizes.length == 0) {
      throw new IllegalArgumentException("thresholds must not be empty");
    }
    ImmutableSortedSet.Builder<Integer> set = ImmutableSortedSet.naturalOrder();
    for (int k : minimumGroupSizes) {
      if (k < 3) {
        throw new IllegalArgumentException("thresholds must be >= 3, but one was " + k);
      }
      set.add(k);
    }
    return new AnonymityTradeOff(workforce, breakdowns, responseRate, set.build());
  }

  /** The generator of the organisation. */
  public WorkforceGenerator workforce() {
    return workforce;
  }

  /** The breakdowns requested. */
  public ImmutableList<Breakdown> breakdowns() {
    return breakdowns;
  }

  /** The response rate, in [0, 1]. */
  public double responseRate() {
    return responseRate;
  }

  /** The thresholds, ascending. */
  public ImmutableSortedSet<Integer> thresholds() {
    return thresholds;
  }

  /**
   * Generates the organisation and one wave from {@code seed} and releases it at every threshold.
   *
   * @param seed the seed of the workforce and the answers
   * @return one row per threshold, ascending
   */
  public TradeOffResult simulate(long seed) {
    SyntheticWorkforce org = workforce.generate(seed);
    ImmutableList<Response> responses = ResponseSimulator.of(PULSE)
        .withResponseRate(responseRate)
        .responses(org.people().stream(), 0, seed)
        .collect(ImmutableList.toImmutableList());
    Disaggregation base = Disaggregation.of(PULSE).withBreakdowns(breakdowns)
        .withHierarchy(org.hierarchy()).withTenureBands(org.tenureBands()).withParallelism(1);
    Tally tally = base.aggregate(responses);
    ImmutableList.Builder<ThresholdSuppression> rows = ImmutableList.builder();
    for (int k : thresholds) {
      DisaggregationReport report = base.withMinimumGroupSize(k).report(tally);
      int cells = 0;
      int below = 0;
      int complementary = 0;
      for (BreakdownResult breakdown : report.breakdowns()) {
        for (CellResult cell : breakdown.cells()) {
          cells++;
          if (cell instanceof CellResult.Suppressed) {
            if (((CellResult.Suppressed) cell).reason() == SuppressionReason.BELOW_MINIMUM) {
              below++;
            } else {
              complementary++;
            }
          }
        }
      }
      rows.add(ThresholdSuppression.of(k, cells, below, complementary));
    }
    return TradeOffResult.of(org.size(), responses.size(), rows.build());
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof AnonymityTradeOff)) {
      return false;
    }
    AnonymityTradeOff that = (AnonymityTradeOff) other;
    return workforce.equals(that.workforce) && breakdowns.equals(that.breakdowns)
        && Double.compare(responseRate, that.responseRate) == 0
        && thresholds.equals(that.thresholds);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(workforce, breakdowns, responseRate, thresholds);
  }

  @Override
  public String toString() {
    return "AnonymityTradeOff{" + workforce + ", breakdowns=" + breakdowns.size()
        + ", responseRate=" + responseRate + ", thresholds=" + thresholds + "}";
  }
}
