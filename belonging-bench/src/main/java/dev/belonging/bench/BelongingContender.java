package dev.belonging.bench;

import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.BreakdownResult;
import dev.belonging.disaggregation.CellResult;
import dev.belonging.disaggregation.Disaggregation;
import dev.belonging.disaggregation.DisaggregationReport;
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

  BelongingContender(AggregationData data, int threads) {
    Instrument.Builder instrument = Instrument.builder().id("bench").version("1.0.0")
        .title("Benchmark survey");
    for (int i = 0; i < AggregationData.ITEMS; i++) {
      instrument.addItems(Item.agreement("item" + i, CONSTRUCTS[i / 4],
          "Benchmark statement number " + i + "."));
    }
    List<Breakdown> breakdowns = new ArrayList<>();
    for (int[] b : AggregationData.breakdowns()) {
      breakdowns.add(b[1] < 0 ? Breakdown.of(DIMENSIONS[b[0]])
          : Breakdown.of(DIMENSIONS[b[0]], DIMENSIONS[b[1]]));
    }
    disaggregation = Disaggregation.of(instrument.build()).withBreakdowns(breakdowns)
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

  DisaggregationReport aggregateAndReport() {
    return disaggregation.report(disaggregation.aggregate(table));
  }

  /**
   * Checks that belonging's released histograms equal the loop's, cell by cell: every non-empty
   * loop cell is listed; a cell is suppressed only when it is too small for the minimum group
   * size of 3 (no item answered 3 times), and a published cell has exactly the loop's counts.
   *
   * @throws IllegalStateException if they differ
   */
  void verifyAgainst(long[] loop) {
    DisaggregationReport report = aggregateAndReport();
    int[][] breakdowns = AggregationData.breakdowns();
    int cellWidth = AggregationData.ITEMS * AggregationData.POINTS;
    int base = 0;
    long checkedCells = 0;
    for (int b = 0; b < breakdowns.length; b++) {
      BreakdownResult result = report.breakdowns().get(b);
      long nonEmpty = 0;
      for (int cell = 0; cell < AggregationData.cells(breakdowns[b]); cell++) {
        long total = 0;
        for (int s = 0; s < cellWidth; s++) {
          total += loop[base + cell * cellWidth + s];
        }
        nonEmpty += total > 0 ? 1 : 0;
      }
      for (CellResult cell : result.cells()) {
        int first = code(cell, DIMENSIONS[breakdowns[b][0]]);
        int index = breakdowns[b][1] < 0 ? first
            : first * AggregationData.CARDINALITY[breakdowns[b][1]]
                + code(cell, DIMENSIONS[breakdowns[b][1]]);
        if (!cell.isPublished()) {
          for (int i = 0; i < AggregationData.ITEMS; i++) {
            long answers = 0;
            for (int p = 0; p < AggregationData.POINTS; p++) {
              answers += loop[base + index * cellWidth + i * AggregationData.POINTS + p];
            }
            if (answers >= 3) {
              throw new IllegalStateException("a cell of " + result.breakdown()
                  + " with at least 3 respondents is suppressed");
            }
          }
          continue;
        }
        List<ItemStatistics> items = cell.statistics().orElseThrow().items();
        for (int i = 0; i < AggregationData.ITEMS; i++) {
          for (int p = 1; p <= AggregationData.POINTS; p++) {
            long expected = loop[base + index * cellWidth + i * AggregationData.POINTS + p - 1];
            long actual = items.get(i).histogram().get(p);
            if (expected != actual) {
              throw new IllegalStateException("histograms differ in " + result.breakdown()
                  + " cell " + index + " item " + i + " point " + p);
            }
          }
        }
        checkedCells++;
      }
      if (result.cells().size() != nonEmpty) {
        throw new IllegalStateException("cell counts differ in " + result.breakdown());
      }
      base += AggregationData.cells(breakdowns[b]) * cellWidth;
    }
    if (checkedCells == 0) {
      throw new IllegalStateException("no cell checked");
    }
  }

  private static int code(CellResult cell, Dimension dimension) {
    return Integer.parseInt(cell.subgroup().values().get(dimension).substring(1));
  }
}
