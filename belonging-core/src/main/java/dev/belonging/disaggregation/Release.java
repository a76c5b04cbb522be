package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.ResponseScale;
import dev.belonging.internal.aggregate.CellTally;
import dev.belonging.internal.aggregate.Layout;
import dev.belonging.internal.stats.MinimumDetectableDifference;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Roster;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The release step: the only code that reads raw cell sums and turns them into public values,
 * and only for cells the {@link ReleaseGate} allowed.
 */
final class Release {
  /** 80% power at two-sided alpha 0.05, from the noncentral t distribution. */
  private static final MinimumDetectableDifference DETECTABLE =
      MinimumDetectableDifference.withDefaults();
  final Tally tally;
  final CellMembership membership;
  final SuppressionReason[] decisions;
  final ReleaseGate gate;
  private final Map<Integer, Integer> requestedByDense = new HashMap<>();

  Release(Tally tally, ReleaseGate gate) {
    this.tally = tally;
    this.gate = gate;
    this.membership = new CellMembership(tally);
    this.decisions = gate.decide(membership);
    if (decisions.length != membership.cellCount()) {
      throw new IllegalStateException("release gate must decide " + membership.cellCount()
          + " cells, but decided " + decisions.length);
    }
    for (int c = 0; c < membership.cellCount(); c++) {
      requestedByDense.put(membership.denseCell[c], c);
    }
  }

  boolean published(int requested) {
    return decisions[requested] == null;
  }

  CellResult cell(int requested) {
    Subgroup subgroup = membership.subgroups.get(requested);
    return published(requested)
        ? CellResult.published(subgroup, statistics(membership.denseCell[requested]))
        : CellResult.suppressed(subgroup, decisions[requested]);
  }

  /** Exact moments of one construct over a group given as integer sums. */
  static final class Moments {
    final long n;
    final long sum;
    final BigInteger sumOfSquares;
    final long favorable;
    final long answers;

    Moments(long n, long sum, BigInteger sumOfSquares, long favorable, long answers) {
      this.n = n;
      this.sum = sum;
      this.sumOfSquares = sumOfSquares;
      this.favorable = favorable;
      this.answers = answers;
    }

    Moments minus(Moments other) {
      return new Moments(n - other.n, sum - other.sum, sumOfSquares.subtract(other.sumOfSquares),
          favorable - other.favorable, answers - other.answers);
    }

    /** Mean on the point scale: {@code min + sum / (scale n)}. */
    double mean(int min, long scale) {
      return min + (double) sum / ((double) scale * n);
    }

    /** Sample variance: {@code (n S2 - S1^2) / (n (n - 1) scale^2)}, exact numerator. */
    double variance(long scale) {
      BigInteger numerator = BigInteger.valueOf(n).multiply(sumOfSquares)
          .subtract(BigInteger.valueOf(sum).multiply(BigInteger.valueOf(sum)));
      return numerator.doubleValue() / ((double) n * (n - 1)) / ((double) scale * scale);
    }
  }

  Moments constructMoments(int dense, int c) {
    CellTally cells = tally.cells;
    long favorable = 0;
    long answers = 0;
    for (int i : tally.encoding.constructItems[c]) {
      long[] counts = itemCounts(dense, i);
      ResponseScale scale = tally.encoding.scale(i);
      for (int o = 0; o < counts.length; o++) {
        answers += counts[o];
        if (scale.favorable().contains(scale.min() + o)) {
          favorable += counts[o];
        }
      }
    }
    return new Moments(cells.scored(dense, c), cells.scaledSum(dense, c),
        cells.scaledSumOfSquares(dense, c), favorable, answers);
  }

  private long[] itemCounts(int dense, int i) {
    long[] counts = new long[tally.encoding.itemPoints[i]];
    for (int o = 0; o < counts.length; o++) {
      counts[o] = tally.cells.histogram(dense, i, o);
    }
    return counts;
  }

  GroupStatistics statistics(int dense) {
    ImmutableGroupStatistics.Builder builder = ImmutableGroupStatistics.builder()
        .respondents(tally.cells.respondents(dense));
    Encoding encoding = tally.encoding;
    for (int i = 0; i < encoding.items.size(); i++) {
      builder.addItems(itemStatistics(encoding.items.get(i), encoding.scale(i),
          itemCounts(dense, i)));
    }
    for (int c = 0; c < encoding.constructs.size(); c++) {
      builder.addConstructs(scoreStatistics(c, constructMoments(dense, c)));
    }
    return builder.build();
  }

  static ItemStatistics itemStatistics(Item item, ResponseScale scale, long[] counts) {
    ImmutableSortedMap.Builder<Integer, Long> histogram = ImmutableSortedMap.naturalOrder();
    long n = 0;
    long sum = 0;
    long sumSq = 0;
    long favorable = 0;
    for (int o = 0; o < counts.length; o++) {
      histogram.put(scale.min() + o, counts[o]);
      n += counts[o];
      sum += o * counts[o];
      sumSq += (long) o * o * counts[o];
      if (scale.favorable().contains(scale.min() + o)) {
        favorable += counts[o];
      }
    }
    ImmutableItemStatistics.Builder b = ImmutableItemStatistics.builder().itemId(item.id()).answers(n)
        .histogram(histogram.build());
    if (n > 0) {
      Moments m = new Moments(n, sum, BigInteger.valueOf(sumSq), favorable, n);
      double mean = m.mean(scale.min(), 1);
      b.mean(mean).score(scale.toHundred(clamp(mean, scale)))
          .favorable((double) favorable / n)
          .favorableInterval(CellStatistics.wilson(favorable, n, CellStatistics.LEVEL));
      if (n > 1) {
        double sd = Math.sqrt(Math.max(0, m.variance(1)));
        b.standardDeviation(sd)
            .meanInterval(CellStatistics.meanInterval(n, mean, sd, CellStatistics.LEVEL));
      }
    }
    return b.build();
  }

  private static double clamp(double mean, ResponseScale scale) {
    return Math.max(scale.min(), Math.min(scale.max(), mean));
  }

  ScoreStatistics scoreStatistics(int c, Moments m) {
    Encoding encoding = tally.encoding;
    ResponseScale scale = encoding.constructScale(c);
    long factor = tally.cells.layout().constructScale(c);
    ImmutableScoreStatistics.Builder b = ImmutableScoreStatistics.builder()
        .construct(encoding.constructs.get(c)).respondents(m.n).answers(m.answers);
    if (m.n > 0) {
      double mean = m.mean(scale.min(), factor);
      b.mean(mean).score(scale.toHundred(clamp(mean, scale)));
      if (m.n > 1) {
        double sd = Math.sqrt(Math.max(0, m.variance(factor)));
        b.standardDeviation(sd)
            .meanInterval(CellStatistics.meanInterval(m.n, mean, sd, CellStatistics.LEVEL));
      }
    }
    if (m.answers > 0) {
      b.favorable((double) m.favorable / m.answers)
          .favorableInterval(CellStatistics.wilson(m.favorable, m.answers, CellStatistics.LEVEL));
    }
    return b.build();
  }

  /** Gaps of every published breakdown cell whose baseline may be used; q-values not yet set. */
  List<ImmutableGap.Builder> gaps() {
    List<ImmutableGap.Builder> result = new ArrayList<>();
    Encoding encoding = tally.encoding;
    for (int r = 1; r < membership.cellCount(); r++) {
      if (!published(r)) {
        continue;
      }
      Breakdown breakdown = encoding.breakdowns.get(membership.breakdown[r]);
      Baseline baseline = breakdown.baseline();
      int dense = membership.denseCell[r];
      OptionalInt baselineDense = baselineCell(r, baseline);
      if (baselineDense.isEmpty()) {
        continue;
      }
      boolean rest = baseline.kind() == Baseline.Kind.REST_OF_ORGANISATION;
      if (rest && !gate.mayUseComplement(
          tally.cells.respondents(0) - tally.cells.respondents(dense), breakdown.sensitive())) {
        continue;
      }
      for (int c = 0; c < encoding.constructs.size(); c++) {
        Moments cell = constructMoments(dense, c);
        Moments base = constructMoments(baselineDense.getAsInt(), c);
        if (rest) {
          base = base.minus(cell);
        }
        if (cell.n < 1 || base.n < 1) {
          continue;
        }
        result.add(gap(breakdown, membership.subgroups.get(r), c, cell, base));
      }
    }
    return result;
  }

  private OptionalInt baselineCell(int requested, Baseline baseline) {
    switch (baseline.kind()) {
      case REST_OF_ORGANISATION:
      case WHOLE_ORGANISATION:
        return published(0) ? OptionalInt.of(0) : OptionalInt.empty();
      case REFERENCE_GROUP:
      default:
        Subgroup reference = baseline.referenceGroup().orElseThrow();
        if (membership.subgroups.get(requested).equals(reference)) {
          return OptionalInt.empty();
        }
        for (int r = 1; r < membership.cellCount(); r++) {
          if (membership.breakdown[r] == membership.breakdown[requested]
              && membership.subgroups.get(r).equals(reference)) {
            return published(r) ? OptionalInt.of(membership.denseCell[r]) : OptionalInt.empty();
          }
        }
        return OptionalInt.empty();
    }
  }

  private ImmutableGap.Builder gap(Breakdown breakdown, Subgroup subgroup, int c, Moments cell,
      Moments base) {
    ResponseScale scale = tally.encoding.constructScale(c);
    long factor = tally.cells.layout().constructScale(c);
    double m1 = cell.mean(scale.min(), factor);
    double m2 = base.mean(scale.min(), factor);
    double v1 = cell.n > 1 ? Math.max(0, cell.variance(factor)) : 0;
    double v2 = base.n > 1 ? Math.max(0, base.variance(factor)) : 0;
    CellStatistics.Welch welch =
        CellStatistics.welch(cell.n, m1, v1, base.n, m2, v2, CellStatistics.LEVEL);
    ImmutableGap.Builder b = ImmutableGap.builder().breakdown(breakdown).subgroup(subgroup)
        .construct(tally.encoding.constructs.get(c)).baselineKind(breakdown.baseline().kind())
        .cellRespondents(cell.n).baselineRespondents(base.n).difference(welch.difference())
        .differenceInterval(welch.interval()).t(welch.t()).degreesOfFreedom(welch.df())
        .p(welch.p()).hedgesG(CellStatistics.hedgesG(cell.n, m1, v1, base.n, m2, v2))
        .minimumDetectableDifference(breakdown.baseline().kind() == Baseline.Kind.WHOLE_ORGANISATION
            ? DETECTABLE.againstWhole(cell.n, base.n)
            : DETECTABLE.inStandardDeviations(cell.n, base.n));
    if (cell.answers > 0 && base.answers > 0) {
      b.favorableDifference((double) cell.favorable / cell.answers
          - (double) base.favorable / base.answers);
      b.favorableDifferenceInterval(CellStatistics.newcombe(cell.favorable, cell.answers,
          base.favorable, base.answers, CellStatistics.LEVEL));
    }
    return b;
  }

  /** Response rates of every requested cell, invited counted from the roster. */
  ImmutableList<ResponseRate> responseRates(Roster roster, double warningRate) {
    Layout layout = tally.cells.layout();
    Encoding encoding = tally.encoding;
    long[] invited = new long[membership.cellCount()];
    int[] codes = new int[encoding.dimensions.size()];
    List<Map<String, Integer>> dictionaries = dictionaryMaps();
    for (Attributes person : roster.invited()) {
      for (int d = 0; d < codes.length; d++) {
        Optional<String> value = person.get(encoding.dimensions.get(d));
        Integer code = value.isPresent() ? dictionaries.get(d).get(value.get()) : null;
        codes[d] = code == null ? -1 : code;
      }
      for (int dense : layout.cellsOf(codes)) {
        Integer r = requestedByDense.get(dense);
        if (r != null) {
          invited[r]++;
        }
      }
    }
    ImmutableList.Builder<ResponseRate> result = ImmutableList.builder();
    for (int r = 0; r < membership.cellCount(); r++) {
      long responded = membership.size(r);
      ImmutableResponseRate.Builder b = ImmutableResponseRate.builder()
          .subgroup(membership.subgroups.get(r));
      if (membership.breakdown[r] >= 0) {
        b.breakdown(encoding.breakdowns.get(membership.breakdown[r]));
      }
      if (!published(r)) {
        result.add(b.suppression(decisions[r]).atRisk(false).build());
        continue;
      }
      if (responded > invited[r]) {
        throw new IllegalArgumentException("roster must list every respondent, but a cell"
            + (membership.breakdown[r] >= 0 ? " of breakdown '"
                + encoding.breakdowns.get(membership.breakdown[r]).name() + "'" : "")
            + " has fewer invited people than respondents");
      }
      double rate = (double) responded / invited[r];
      result.add(b.invited(OptionalLong.of(invited[r])).responded(OptionalLong.of(responded))
          .rate(rate).atRisk(rate < warningRate).build());
    }
    return result.build();
  }

  private List<Map<String, Integer>> dictionaryMaps() {
    List<Map<String, Integer>> maps = new ArrayList<>();
    for (List<String> values : tally.dictionaries) {
      Map<String, Integer> map = new HashMap<>();
      for (int i = 0; i < values.size(); i++) {
        map.put(values.get(i), i);
      }
      maps.add(map);
    }
    return maps;
  }

  /** The requested cell of a subgroup in a breakdown (-1 for the whole organisation), or -1. */
  int find(int breakdown, Subgroup subgroup) {
    for (int r = 0; r < membership.cellCount(); r++) {
      if (membership.breakdown[r] == breakdown && membership.subgroups.get(r).equals(subgroup)) {
        return r;
      }
    }
    return -1;
  }
}
