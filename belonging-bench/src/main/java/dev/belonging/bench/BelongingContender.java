package dev.belonging.bench;

import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.Disaggregation;
import dev.belonging.disaggregation.ItemStatistics;
import dev.belonging.disaggregation.ResponseTable;
import dev.belonging.disaggregation.Tally;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.List;

/**
 * belonging's contender on the aggregation workload: the encoded fast path ({@link ResponseTable}
 * filled with the same codes and points as {@link AggregationData}), 20 agreement items in 5
 * constructs of 4, the same 6 single and 15 two-way breakdowns. Besides the per-item histograms
 * of the loop it keeps construct-score moments and respondents per atom.
 */
final class BelongingContender {
  static final Construct[] CONSTRUCTS = {Construct.VOICE, Construct.RECOGNITION,
      Construct.CONNECTION, Construct.AUTHENTICITY, Construct.PSYCHOLOGICAL_SAFETY};
  /** The workload's dimensions in {@link AggregationData#DIMENSION_NAMES} order. */
  static final Dimension[] DIMENSIONS = {Dimension.TEAM, Dimension.TENURE, Dimension.ROLE,
      Dimension.WORK_ARRANGEMENT, Dimension.LOCATION, Dimension.sensitive("demographic")};

  final Disaggregation disaggregation;
  final ResponseTable table;
  private final Instrument instrument;

  BelongingContender(AggregationData data, int threads) {
    Instrument.Builder builderOfInstrument = Instrument.builder().id("bench").version("1.0.0")
        .title("Benchmark survey");
    for (int i = 0; i < AggregationData.ITEMS; i++) {
      builderOfInstrument.addItems(Item.agreement("item" + i, CONSTRUCTS[i / 4],
          "Benchmark statement number " + i + "."));
    }
    List<Breakdown> breakdowns = new ArrayList<>();
    for (int[] b : AggregationData.breakdowns()) {
      breakdowns.add(b[1] < 0 ? Breakdown.of(DIMENSIONS[b[0]])
          : Breakdown.of(DIMENSIONS[b[0]], DIMENSIONS[b[1]]));
    }
    this.instrument = builderOfInstrument.build();
    disaggregation = Disaggregation.of(this.instrument).withBreakdowns(breakdowns)
        .withParallelism(threads).withMinimumGroupSize(3).withSensitiveMinimumGroupSize(3);
    ResponseTable.Builder builder = disaggregation.tableBuilder();
    ImmutableList<Dimension> columns = builder.dimensions();
    int[] column = new int[AggregationData.DIMENSIONS];
    for (int d = 0; d < AggregationData.DIMENSIONS; d++) {
      List<String> values = new ArrayList<>();
      for (int v = 0; v < AggregationData.CARDINALITY[d]; v++) {
        values.add("v" + v);
      }
      builder.dimensionValues(DIMENSIONS[d], values);
      column[d] = columns.indexOf(DIMENSIONS[d]);
    }
    int[] codes = new int[AggregationData.DIMENSIONS];
    int[] points = new int[AggregationData.ITEMS];
    for (int r = 0; r < data.respondents; r++) {
      for (int d = 0; d < AggregationData.DIMENSIONS; d++) {
        codes[column[d]] = data.codes[r * AggregationData.DIMENSIONS + d];
      }
      for (int i = 0; i < AggregationData.ITEMS; i++) {
        int p = data.answers[r * AggregationData.ITEMS + i];
        points[i] = p == 0 ? ResponseTable.NOT_ANSWERED : p;
      }
      builder.addRow(codes, points);
    }
    table = builder.build();
  }

  Tally aggregate() {
    return disaggregation.aggregate(table);
  }

  /**
   * Checks that belonging counts what the loop counts: the whole organisation's released
   * histogram of every item, from the same rows through the public API, equals the loop's totals.
   * (Releasing all 21 breakdowns of a million respondents through the exact disclosure check is
   * not feasible yet; cell-by-cell equality with brute-force counting is proven by the core's
   * {@code TallyProperties}.)
   *
   * @throws IllegalStateException if they differ
   */
  void verifyAgainst(AggregationData data, long[] loop) {
    Disaggregation whole = Disaggregation.of(instrument).withMinimumGroupSize(3)
        .withParallelism(2);
    ResponseTable.Builder rows = whole.tableBuilder();
    int[] none = new int[rows.dimensions().size()];
    int[] points = new int[AggregationData.ITEMS];
    for (int r = 0; r < data.respondents; r++) {
      for (int i = 0; i < AggregationData.ITEMS; i++) {
        int p = data.answers[r * AggregationData.ITEMS + i];
        points[i] = p == 0 ? ResponseTable.NOT_ANSWERED : p;
      }
      rows.addRow(none, points);
    }
    List<ItemStatistics> items = whole.report(whole.aggregate(rows.build())).overall()
        .statistics().orElseThrow(() -> new IllegalStateException("whole organisation suppressed"))
        .items();
    // The first breakdown (team alone) partitions everyone: its cells sum to the totals.
    int cellWidth = AggregationData.ITEMS * AggregationData.POINTS;
    for (int i = 0; i < AggregationData.ITEMS; i++) {
      for (int p = 1; p <= AggregationData.POINTS; p++) {
        long expected = 0;
        for (int cell = 0; cell < AggregationData.CARDINALITY[0]; cell++) {
          expected += loop[cell * cellWidth + i * AggregationData.POINTS + p - 1];
        }
        long actual = items.get(i).histogram().get(p);
        if (expected != actual) {
          throw new IllegalStateException(
              "histograms differ for item " + i + " point " + p + ": " + actual + " != " + expected);
        }
      }
    }
  }
}
