package dev.belonging.disaggregation;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.TeamHierarchy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Merging tallies is exact: associative, commutative, independent of partitioning, batch size and
 * input path; and released counts equal brute-force counts.
 */
class TallyProperties {
  static final TeamHierarchy TEAMS =
      TeamHierarchy.ofPaths("org", List.of("eng/platform", "eng/apps", "sales"));
  private static final String[] TEAM = {"eng", "eng/platform", "eng/apps", "sales"};
  private static final String[] ARRANGEMENT = {"REMOTE", "HYBRID", "OFFICE"};
  private static final String[] ITEMS = {"a", "b", "c"};
  static final Disaggregation DISAGGREGATION = Disaggregation.of(Surveys.THREE_ITEMS)
      .withHierarchy(TEAMS)
      .withBreakdowns(List.of(Breakdown.of(Dimension.TEAM), Breakdown.of(Dimension.WORK_ARRANGEMENT),
          Breakdown.of(Dimension.TEAM, Dimension.WORK_ARRANGEMENT)))
      .withMinimumGroupSize(3).withParallelism(2);

  /** Rows: team index, arrangement index (-1 none), three answers (0 = not answered). */
  @Provide
  Arbitrary<List<int[]>> rows() {
    Arbitrary<int[]> row = Arbitraries.integers().between(0, 5).array(int[].class).ofSize(5)
        .map(r -> new int[] {r[0] % 4, r[1] % 4 - 1, r[2], r[3], r[4]});
    return row.list().ofMaxSize(60);
  }

  static List<Response> responses(List<int[]> rows) {
    List<Response> result = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int[] r = rows.get(i);
      Map<Dimension, String> attributes = new HashMap<>();
      attributes.put(Dimension.TEAM, TEAM[r[0]]);
      if (r[1] >= 0) {
        attributes.put(Dimension.WORK_ARRANGEMENT, ARRANGEMENT[r[1]]);
      }
      result.add(Surveys.response("p" + i, attributes, ITEMS, r[2], r[3], r[4]));
    }
    return result;
  }

  private static Tally tally(List<int[]> rows) {
    return DISAGGREGATION.aggregate(responses(rows));
  }

  @Property(tries = 60)
  void merge_anyPartition_equalsWholeInput(@ForAll("rows") List<int[]> rows,
      @ForAll @IntRange(min = 1, max = 5) int parts) {
    Tally whole = tally(rows);
    Tally merged = null;
    int size = (rows.size() + parts - 1) / parts;
    for (int p = 0; p < parts; p++) {
      List<int[]> part = rows.subList(Math.min(rows.size(), p * size),
          Math.min(rows.size(), (p + 1) * size));
      Tally t = tally(part);
      merged = merged == null ? t : merged.merge(t);
    }
    assertThat(merged).isEqualTo(whole);
    assertThat(DISAGGREGATION.report(merged)).isEqualTo(DISAGGREGATION.report(whole));
  }

  @Property(tries = 40)
  void merge_commutativeAndAssociative(@ForAll("rows") List<int[]> x,
      @ForAll("rows") List<int[]> y, @ForAll("rows") List<int[]> z) {
    Tally a = tally(x);
    Tally b = tally(y);
    Tally c = tally(z);
    assertThat(a.merge(b)).isEqualTo(b.merge(a));
    assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
    assertThat(DISAGGREGATION.report(a.merge(b))).isEqualTo(DISAGGREGATION.report(b.merge(a)));
  }

  @Property(tries = 40)
  void aggregate_batchSizeAndTablePath_sameTally(@ForAll("rows") List<int[]> rows,
      @ForAll @IntRange(min = 1, max = 7) int batch) {
    Tally whole = tally(rows);
    assertThat(DISAGGREGATION.withBatchSize(batch).aggregate(responses(rows))).isEqualTo(whole);
    ResponseTable.Builder table = DISAGGREGATION.tableBuilder()
        .dimensionValues(Dimension.WORK_ARRANGEMENT, List.of(ARRANGEMENT));
    responses(rows).forEach(table::add);
    assertThat(DISAGGREGATION.aggregate(table.build())).isEqualTo(whole);
  }

  @Property(tries = 25)
  void report_publishedCounts_equalBruteForce(@ForAll("rows") List<int[]> rows) {
    DisaggregationReport report = DISAGGREGATION.report(tally(rows));
    List<Response> responses = responses(rows);
    List<List<CellResult>> all = new ArrayList<>();
    report.breakdowns().forEach(result -> all.add(result.cells()));
    all.add(List.of(report.overall()));
    for (List<CellResult> cells : all) {
      for (CellResult cell : cells) {
        List<Response> members = new ArrayList<>();
        for (Response r : responses) {
          if (inCell(r, cell.subgroup())) {
            members.add(r);
          }
        }
        // The primary rule exactly; above it the exact check may suppress a complement.
        if (members.size() < 3) {
          assertThat(cell.isPublished()).isFalse();
          assertThat(((CellResult.Suppressed) cell).reason())
              .isEqualTo(SuppressionReason.BELOW_MINIMUM);
        } else if (!cell.isPublished()) {
          assertThat(((CellResult.Suppressed) cell).reason())
              .isEqualTo(SuppressionReason.COMPLEMENTARY);
        }
        if (!cell.isPublished()) {
          assertThat(members.isEmpty()).isEqualTo(cell.subgroup().isEveryone() && rows.isEmpty());
          continue;
        }
        GroupStatistics s = cell.statistics().orElseThrow();
        assertThat(s.respondents()).isEqualTo(members.size());
        for (String item : ITEMS) {
          Map<Integer, Long> expected = new HashMap<>();
          for (int p = 1; p <= 5; p++) {
            expected.put(p, 0L);
          }
          for (Response r : members) {
            Integer point = r.answers().get(item);
            if (point != null) {
              int keyed = Surveys.THREE_ITEMS.item(item).orElseThrow().keyed(point);
              expected.merge(keyed, 1L, Long::sum);
            }
          }
          assertThat(s.item(item).orElseThrow().histogram()).isEqualTo(expected);
        }
      }
    }
  }

  private static boolean inCell(Response r, Subgroup cell) {
    for (Map.Entry<Dimension, String> e : cell.values().entrySet()) {
      String value = r.attributes().get(e.getKey()).orElse(null);
      if (value == null) {
        return false;
      }
      if (e.getKey().equals(Dimension.TEAM)) {
        if (!TEAMS.ancestors(value).contains(e.getValue())) {
          return false;
        }
      } else if (!value.equals(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  static ImmutableList<String> teams() {
    return ImmutableList.copyOf(TEAM);
  }
}
