package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.InstrumentComparison;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.internal.Checks;
import dev.belonging.internal.aggregate.CellTally;
import dev.belonging.internal.aggregate.Kernel;
import dev.belonging.internal.aggregate.Layout;
import dev.belonging.workforce.Roster;
import dev.belonging.workforce.TeamHierarchy;
import dev.belonging.workforce.TenureBands;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * A configured disaggregation of one instrument's responses: which {@link Breakdown breakdowns},
 * the team hierarchy that team cells roll up, the tenure bands, and the release rules. Aggregate
 * responses into a mergeable {@link Tally}, then {@link #report release} it:
 *
 * <pre>{@code
 * Disaggregation disaggregation = Disaggregation.of(instrument)
 *     .withBreakdowns(Breakdown.singlesAndPairs(List.of(Dimension.TEAM, Dimension.TENURE)))
 *     .withHierarchy(hierarchy);
 * Tally tally = disaggregation.aggregate(responses);
 * DisaggregationReport report = disaggregation.report(tally);
 * }</pre>
 *
 * <p><b>Dimensions.</b> Respondents carry dimension values as {@code Attributes}. With a {@link
 * TeamHierarchy}, the team value must be a team of the hierarchy and counts in that team and every
 * team above it (the root is the whole organisation, reported as {@link
 * DisaggregationReport#overall()}); without one, team values are flat. Tenure is carried as the
 * band label, not as months (months of service identify people more easily than a band): with
 * {@link TenureBands} the value must be one of its labels and cells are ordered by band. A
 * respondent without a value for a dimension counts in no cell of a breakdown over it, but in the
 * whole organisation.
 *
 * <p><b>Aggregation</b> keeps integers only (see {@link Tally}); memory grows with the number of
 * cells, not respondents, except for the respondent counts per atom, which grow with the number of
 * distinct combinations of dimension values. Responses are read in batches and each batch is
 * aggregated on {@linkplain #withParallelism all cores}. {@link ResponseTable} is the encoded fast
 * path.
 *
 * <p><b>Release.</b> Until the anonymity engine is integrated, cells with fewer respondents than
 * the {@linkplain #withMinimumGroupSize minimum group size} (a stricter one for sensitive
 * breakdowns) are suppressed; that threshold alone does not protect against differencing.
 *
 * <p>Instances are immutable and thread-safe; {@code with*} methods return a new instance.
 */
public final class Disaggregation {
  private static final int DEFAULT_BATCH = 1 << 16;

  private final Encoding encoding;
  private final int minimumGroupSize;
  private final int sensitiveMinimumGroupSize;
  private final double responseRateWarning;
  private final int parallelism;
  private final int batchSize;

  private Disaggregation(Encoding encoding, int minimumGroupSize, int sensitiveMinimumGroupSize,
      double responseRateWarning, int parallelism, int batchSize) {
    this.encoding = encoding;
    this.minimumGroupSize = minimumGroupSize;
    this.sensitiveMinimumGroupSize = sensitiveMinimumGroupSize;
    this.responseRateWarning = responseRateWarning;
    this.parallelism = parallelism;
    this.batchSize = batchSize;
  }

  /**
   * A disaggregation of an instrument with no breakdown yet (only the whole organisation),
   * minimum group size 5, sensitive minimum 10, response-rate warning below 0.60, and parallelism
   * equal to the available processors.
   *
   * @param instrument the instrument answered; it needs a closed item, and the items of one
   *     construct must share one scale range
   * @return the disaggregation
   * @throws IllegalArgumentException if the instrument breaks those rules
   */
  public static Disaggregation of(Instrument instrument) {
    return new Disaggregation(
        new Encoding(instrument, ImmutableList.of(), Optional.empty(), Optional.empty()),
        5, 10, 0.60, Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH);
  }

  private Disaggregation with(Encoding e) {
    return new Disaggregation(e, minimumGroupSize, sensitiveMinimumGroupSize, responseRateWarning,
        parallelism, batchSize);
  }

  /**
   * This disaggregation with the given breakdowns (replacing any).
   *
   * @param breakdowns the breakdowns, in report order; a dimension must not be used with two
   *     spellings of sensitivity
   * @return the disaggregation
   * @throws IllegalArgumentException if two dimensions share a name but differ in sensitivity
   */
  public Disaggregation withBreakdowns(Iterable<Breakdown> breakdowns) {
    ImmutableList<Breakdown> list = ImmutableList.copyOf(breakdowns);
    List<String> names = new ArrayList<>();
    list.forEach(b -> b.dimensions().forEach(d -> {
      String key = d.name();
      if (!names.contains(key)) {
        names.add(key);
      }
    }));
    long distinct = list.stream().flatMap(b -> b.dimensions().stream()).distinct().count();
    if (distinct != names.size()) {
      throw new IllegalArgumentException("a dimension name must be either sensitive or not in all "
          + "breakdowns");
    }
    return with(new Encoding(encoding.instrument, list, encoding.hierarchy, encoding.tenureBands));
  }

  /**
   * This disaggregation with a team hierarchy: team cells roll up to their ancestors.
   *
   * @param hierarchy the hierarchy; every team value must be one of its teams
   * @return the disaggregation
   */
  public Disaggregation withHierarchy(TeamHierarchy hierarchy) {
    return with(new Encoding(encoding.instrument, encoding.breakdowns, Optional.of(hierarchy),
        encoding.tenureBands));
  }

  /**
   * This disaggregation with tenure bands: tenure values must be band labels, ordered by band.
   *
   * @param bands the bands
   * @return the disaggregation
   */
  public Disaggregation withTenureBands(TenureBands bands) {
    return with(new Encoding(encoding.instrument, encoding.breakdowns, encoding.hierarchy,
        Optional.of(bands)));
  }

  /**
   * This disaggregation with another minimum group size for non-sensitive cells.
   *
   * @param k at least 3
   * @return the disaggregation
   * @throws IllegalArgumentException if {@code k < 3}
   */
  public Disaggregation withMinimumGroupSize(int k) {
    Checks.atLeast("minimumGroupSize", k, 3);
    return new Disaggregation(encoding, k, Math.max(k, sensitiveMinimumGroupSize),
        responseRateWarning, parallelism, batchSize);
  }

  /**
   * This disaggregation with another minimum group size for cells of sensitive breakdowns.
   *
   * @param k at least the non-sensitive minimum
   * @return the disaggregation
   * @throws IllegalArgumentException if {@code k} is below the non-sensitive minimum
   */
  public Disaggregation withSensitiveMinimumGroupSize(int k) {
    Checks.atLeast("sensitiveMinimumGroupSize", k, minimumGroupSize);
    return new Disaggregation(encoding, minimumGroupSize, k, responseRateWarning, parallelism,
        batchSize);
  }

  /**
   * This disaggregation with another response-rate warning: published rates below it are flagged
   * as at risk of non-response bias.
   *
   * @param rate a proportion in [0, 1]; default 0.60
   * @return the disaggregation
   * @throws IllegalArgumentException if {@code rate} is outside [0, 1] or NaN
   */
  public Disaggregation withResponseRateWarning(double rate) {
    Checks.inClosedRange("responseRateWarning", rate, 0, 1);
    return new Disaggregation(encoding, minimumGroupSize, sensitiveMinimumGroupSize, rate,
        parallelism, batchSize);
  }

  /**
   * This disaggregation with another number of threads for aggregation.
   *
   * @param threads at least 1
   * @return the disaggregation
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public Disaggregation withParallelism(int threads) {
    Checks.atLeast("parallelism", threads, 1);
    return new Disaggregation(encoding, minimumGroupSize, sensitiveMinimumGroupSize,
        responseRateWarning, threads, batchSize);
  }

  /** This disaggregation reading responses in batches of {@code size} (tests). */
  Disaggregation withBatchSize(int size) {
    Checks.atLeast("batchSize", size, 1);
    return new Disaggregation(encoding, minimumGroupSize, sensitiveMinimumGroupSize,
        responseRateWarning, parallelism, size);
  }

  /** The instrument. */
  public Instrument instrument() {
    return encoding.instrument;
  }

  /** The breakdowns, in report order. */
  public ImmutableList<Breakdown> breakdowns() {
    return encoding.breakdowns;
  }

  /** The minimum group size of non-sensitive cells. */
  public int minimumGroupSize() {
    return minimumGroupSize;
  }

  /** The minimum group size of cells of sensitive breakdowns. */
  public int sensitiveMinimumGroupSize() {
    return sensitiveMinimumGroupSize;
  }

  /**
   * Aggregates responses, reading them once in batches (memory grows with cells, not
   * respondents) and aggregating each batch in parallel.
   *
   * @param responses responses to the instrument
   * @return the tally
   * @throws IllegalArgumentException if a response answers an item that is not a closed item of
   *     the instrument, an answer is off its scale, or a team or tenure value is not in the
   *     configured hierarchy or bands
   */
  public Tally aggregate(Iterable<Response> responses) {
    return aggregate(responses.iterator());
  }

  /**
   * Aggregates a stream of responses; see {@link #aggregate(Iterable)}. The stream is consumed.
   *
   * @param responses responses to the instrument
   * @return the tally
   * @throws IllegalArgumentException as {@link #aggregate(Iterable)}
   */
  public Tally aggregate(Stream<Response> responses) {
    return aggregate(responses.iterator());
  }

  private Tally aggregate(Iterator<Response> responses) {
    Encoding.Dictionaries dictionaries = encoding.newDictionaries();
    Layout layout = encoding.layout(dictionaries);
    CellTally running = new CellTally(layout);
    int items = encoding.items.size();
    int dims = encoding.dimensions.size();
    List<Response> batch = new ArrayList<>();
    while (responses.hasNext()) {
      batch.clear();
      while (batch.size() < batchSize && responses.hasNext()) {
        batch.add(Objects.requireNonNull(responses.next()));
      }
      if (dictionaries.learn(batch)) {
        Layout grown = encoding.layout(dictionaries);
        running = running.remap(grown, identity(layout));
        layout = grown;
      }
      byte[] points = new byte[batch.size() * items];
      int[] codes = new int[batch.size() * dims];
      for (int r = 0; r < batch.size(); r++) {
        encoding.encodeAnswers(batch.get(r), points, r * items);
        dictionaries.encodeCodes(batch.get(r), codes, r * dims);
      }
      running.addAll(Kernel.aggregate(layout, points, codes, batch.size(), parallelism));
    }
    return new Tally(encoding, dictionaries.snapshot(), running);
  }

  private static int[][] identity(Layout layout) {
    int[][] map = new int[layout.dimensions()][];
    for (int d = 0; d < map.length; d++) {
      map[d] = new int[layout.cardinality(d)];
      for (int i = 0; i < map[d].length; i++) {
        map[d][i] = i;
      }
    }
    return map;
  }

  /**
   * A builder of an encoded {@link ResponseTable} for this disaggregation: the fast path.
   *
   * @return a new builder
   */
  public ResponseTable.Builder tableBuilder() {
    return new ResponseTable.Builder(encoding);
  }

  /**
   * Aggregates an encoded table on all configured threads.
   *
   * @param table a table built by a builder of an equal disaggregation (same instrument,
   *     breakdowns, hierarchy and bands)
   * @return the tally
   * @throws IllegalArgumentException if the table belongs to another disaggregation
   */
  public Tally aggregate(ResponseTable table) {
    if (!table.encoding.equals(encoding)) {
      throw new IllegalArgumentException(
          "table must be built for this disaggregation's instrument, breakdowns and dimensions");
    }
    Encoding.Dictionaries dictionaries = encoding.newDictionaries().copyOf(table.dictionaries);
    Layout layout = encoding.layout(dictionaries);
    return new Tally(encoding, table.dictionaries,
        Kernel.aggregate(layout, table.points, table.codes, table.rows, parallelism));
  }

  /**
   * Releases a tally: decides which cells may be published, then computes per published cell the
   * statistics, and the gaps to each cell's baseline with Benjamini-Hochberg q-values across the
   * report.
   *
   * @param tally a tally of this disaggregation
   * @return the report
   * @throws IllegalArgumentException if the tally belongs to another disaggregation
   */
  public DisaggregationReport report(Tally tally) {
    return report(tally, Optional.empty());
  }

  /**
   * Releases a tally with response rates from a roster; see {@link #report(Tally)}.
   *
   * @param tally a tally of this disaggregation
   * @param roster everyone invited, by attributes
   * @return the report with response rates
   * @throws IllegalArgumentException if the tally belongs to another disaggregation, or a
   *     published cell has more respondents than invited people
   */
  public DisaggregationReport report(Tally tally, Roster roster) {
    return report(tally, Optional.of(roster));
  }

  private DisaggregationReport report(Tally tally, Optional<Roster> roster) {
    checkOwn(tally);
    Release release = new Release(tally, gate());
    ImmutableDisaggregationReport.Builder report = ImmutableDisaggregationReport.builder()
        .minimumGroupSize(minimumGroupSize).sensitiveMinimumGroupSize(sensitiveMinimumGroupSize)
        .overall(release.cell(0));
    List<List<CellResult>> cells = new ArrayList<>();
    encoding.breakdowns.forEach(b -> cells.add(new ArrayList<>()));
    for (int r = 1; r < release.membership.cellCount(); r++) {
      cells.get(release.membership.breakdown[r]).add(release.cell(r));
    }
    for (int b = 0; b < encoding.breakdowns.size(); b++) {
      report.addBreakdowns(ImmutableBreakdownResult.builder()
          .breakdown(encoding.breakdowns.get(b)).cells(cells.get(b)).build());
    }
    List<ImmutableGap.Builder> gaps = release.gaps();
    double[] ps = gaps.stream().map(ImmutableGap.Builder::build)
        .mapToDouble(g -> g.p().orElse(Double.NaN)).toArray();
    double[] defined = java.util.Arrays.stream(ps).filter(p -> p >= 0).toArray();
    double[] qs = CellStatistics.benjaminiHochberg(defined);
    int next = 0;
    for (int g = 0; g < gaps.size(); g++) {
      if (ps[g] >= 0) {
        gaps.get(g).q(qs[next++]);
      }
      report.addGaps(gaps.get(g).build());
    }
    roster.ifPresent(r -> report.responseRates(release.responseRates(r, responseRateWarning)));
    return report.build();
  }

  /**
   * The change per published cell and comparable construct between two waves, with Welch's test
   * for independent samples and Benjamini-Hochberg q-values across the trend report; significant
   * improvements are {@linkplain TrendReport#wins() wins}. A construct is compared only when its
   * items are the same in both instruments and all comparable ({@link Instrument#compare}); a
   * cell only when it is published in both waves.
   *
   * @param earlier the earlier wave's tally, from a disaggregation with the same breakdowns
   * @param later the later wave's tally, of this disaggregation
   * @return the trend report
   * @throws IllegalArgumentException if the later tally is not of this disaggregation or the
   *     breakdowns differ
   */
  public TrendReport trend(Tally earlier, Tally later) {
    checkOwn(later);
    if (!earlier.encoding.breakdowns.equals(encoding.breakdowns)) {
      throw new IllegalArgumentException("waves must be broken down the same way to compare");
    }
    ReleaseGate gate = gate();
    Release before = new Release(earlier, gate);
    Release after = new Release(later, gate);
    InstrumentComparison comparison = earlier.instrument().compare(later.instrument());
    List<ImmutableChange.Builder> changes = new ArrayList<>();
    List<Double> ps = new ArrayList<>();
    for (int r = 0; r < after.membership.cellCount(); r++) {
      int b = after.membership.breakdown[r];
      Subgroup subgroup = after.membership.subgroups.get(r);
      int e = before.find(b, subgroup);
      if (e < 0 || !before.published(e) || !after.published(r)) {
        continue;
      }
      for (int c = 0; c < later.encoding.constructs.size(); c++) {
        Construct construct = later.encoding.constructs.get(c);
        int ce = earlier.encoding.constructs.indexOf(construct);
        if (ce < 0 || !comparable(comparison, construct)) {
          continue;
        }
        Release.Moments m1 = before.constructMoments(before.membership.denseCell[e], ce);
        Release.Moments m2 = after.constructMoments(after.membership.denseCell[r], c);
        if (m1.n < 1 || m2.n < 1) {
          continue;
        }
        int min = later.encoding.constructScale(c).min();
        long f1 = earlier.cells.layout().constructScale(ce);
        long f2 = later.cells.layout().constructScale(c);
        double mean1 = m1.mean(min, f1);
        double mean2 = m2.mean(min, f2);
        CellStatistics.Welch welch = CellStatistics.welch(m2.n, mean2,
            m2.n > 1 ? Math.max(0, m2.variance(f2)) : 0, m1.n, mean1,
            m1.n > 1 ? Math.max(0, m1.variance(f1)) : 0, CellStatistics.LEVEL);
        ImmutableChange.Builder change = ImmutableChange.builder().subgroup(subgroup)
            .construct(construct).earlierMean(mean1).laterMean(mean2)
            .difference(welch.difference()).differenceInterval(welch.interval()).p(welch.p());
        if (b >= 0) {
          change.breakdown(encoding.breakdowns.get(b));
        }
        changes.add(change);
        ps.add(welch.p().orElse(Double.NaN));
      }
    }
    double[] defined = ps.stream().mapToDouble(Double::doubleValue).filter(p -> p >= 0).toArray();
    double[] qs = CellStatistics.benjaminiHochberg(defined);
    int next = 0;
    ImmutableTrendReport.Builder report = ImmutableTrendReport.builder();
    for (int i = 0; i < changes.size(); i++) {
      if (ps.get(i) >= 0) {
        changes.get(i).q(OptionalDouble.of(qs[next++]));
      }
      report.addChanges(changes.get(i).build());
    }
    return report.build();
  }

  private static boolean comparable(InstrumentComparison comparison, Construct construct) {
    List<String> before = comparison.base().items(construct).stream().filter(
        i -> i.scale().isPresent()).map(Item::id).collect(ImmutableList.toImmutableList());
    List<String> after = comparison.other().items(construct).stream().filter(
        i -> i.scale().isPresent()).map(Item::id).collect(ImmutableList.toImmutableList());
    return before.equals(after) && before.stream().allMatch(comparison::isComparable);
  }

  private void checkOwn(Tally tally) {
    if (!tally.encoding.equals(encoding)) {
      throw new IllegalArgumentException("tally must come from this disaggregation (same "
          + "instrument, breakdowns, hierarchy and tenure bands)");
    }
  }

  /**
   * The release decision: the exact disclosure check over every cell of the release, under the
   * policy of this disaggregation's minimums.
   */
  ReleaseGate gate() {
    return new AnonymityGate(
        AnonymityGate.policyFor(minimumGroupSize, sensitiveMinimumGroupSize));
  }

  @Override
  public String toString() {
    return "Disaggregation[" + encoding.instrument.id() + ", breakdowns="
        + encoding.breakdowns.size() + ", k=" + minimumGroupSize + ", sensitive k="
        + sensitiveMinimumGroupSize + "]";
  }
}
