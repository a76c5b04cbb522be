package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.belonging.internal.aggregate.CellTally;
import dev.belonging.internal.aggregate.Layout;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cells requested for release and what they are made of: membership only, never answers. Cell
 * 0 is the whole organisation; then each breakdown's non-empty cells in report order. The atoms
 * are the distinct combinations of every dimension's value (team: the respondent's own team,
 * before roll-up; a missing value is its own value), with their respondent counts; a cell is the
 * union of the atoms it contains. This is what the anonymity engine needs.
 */
final class CellMembership {
  private final Tally tally;
  /** Per requested cell: breakdown index (-1 for the whole organisation). */
  final int[] breakdown;
  /** Per requested cell: dense index in the layout. */
  final int[] denseCell;
  final ImmutableList<Subgroup> subgroups;
  private final boolean[] sensitive;
  /** Requested cell index by dense cell index; built on first use. */
  private @Nullable Map<Integer, Integer> requestedByDense;

  CellMembership(Tally tally) {
    this.tally = tally;
    Layout layout = tally.cells.layout();
    CellTally cells = tally.cells;
    Encoding encoding = tally.encoding;
    List<Integer> bs = new ArrayList<>();
    List<Integer> dense = new ArrayList<>();
    ImmutableList.Builder<Subgroup> groups = ImmutableList.builder();
    bs.add(-1);
    dense.add(0);
    groups.add(Subgroup.everyone());
    int base = 1;
    for (int b = 0; b < layout.breakdowns(); b++) {
      int[] dims = layout.breakdownDimensions(b);
      List<int[]> present = new ArrayList<>();
      for (int local = 0; local < layout.cellCount(b); local++) {
        if (cells.respondents(base + local) > 0) {
          present.add(layout.cellCodes(b, local));
        }
      }
      present.sort(order(encoding, dims, tally.dictionaries));
      for (int[] codes : present) {
        bs.add(b);
        dense.add(layout.cellIndex(b, codes));
        ImmutableSortedMap.Builder<Dimension, String> values = ImmutableSortedMap.naturalOrder();
        for (int k = 0; k < dims.length; k++) {
          values.put(encoding.dimensions.get(dims[k]), tally.dictionaries.get(dims[k]).get(codes[k]));
        }
        groups.add(Subgroup.of(values.build()));
      }
      base += layout.cellCount(b);
    }
    this.breakdown = bs.stream().mapToInt(Integer::intValue).toArray();
    this.denseCell = dense.stream().mapToInt(Integer::intValue).toArray();
    this.subgroups = groups.build();
    this.sensitive = new boolean[breakdown.length];
    for (int c = 0; c < breakdown.length; c++) {
      sensitive[c] = breakdown[c] >= 0 && encoding.breakdowns.get(breakdown[c]).sensitive();
    }
  }

  private static Comparator<int[]> order(Encoding encoding, int[] dims,
      List<? extends List<String>> dictionaries) {
    return (x, y) -> {
      for (int k = 0; k < dims.length; k++) {
        int d = dims[k];
        int byValue = encoding.fixedDictionary(d) ? Integer.compare(x[k], y[k])
            : dictionaries.get(d).get(x[k]).compareTo(dictionaries.get(d).get(y[k]));
        if (byValue != 0) {
          return byValue;
        }
      }
      return 0;
    };
  }

  /** Number of requested cells. */
  int cellCount() {
    return breakdown.length;
  }

  /** Respondents in requested cell {@code c}. */
  long size(int c) {
    return tally.cells.respondents(denseCell[c]);
  }

  /** Whether requested cell {@code c} belongs to a sensitive breakdown. */
  boolean sensitive(int c) {
    return sensitive[c];
  }

  /** The atom keys of the release, ascending. */
  long[] atoms() {
    return tally.cells.atoms().sortedKeys();
  }

  /** Respondents of an atom. */
  long atomSize(long atom) {
    return tally.cells.atoms().get(atom);
  }

  /** Whether atom {@code atom} lies in requested cell {@code c}. */
  boolean contains(int c, long atom) {
    Layout layout = tally.cells.layout();
    for (int cell : layout.cellsOf(layout.atomCodes(atom))) {
      if (cell == denseCell[c]) {
        return true;
      }
    }
    return false;
  }

  /** Number of dimensions of requested cell {@code c}: 0 for the whole organisation. */
  int dimensionCount(int c) {
    return breakdown[c] < 0 ? 0 : tally.encoding.breakdowns.get(breakdown[c]).dimensions().size();
  }

  /**
   * The requested cells an atom lies in, ascending: the inverse of {@link #contains(int, long)},
   * computed once per atom rather than once per atom and cell.
   */
  int[] requestedCellsOf(long atom) {
    if (requestedByDense == null) {
      Map<Integer, Integer> map = new HashMap<>();
      for (int c = 0; c < denseCell.length; c++) {
        map.put(denseCell[c], c);
      }
      requestedByDense = map;
    }
    Layout layout = tally.cells.layout();
    return Arrays.stream(layout.cellsOf(layout.atomCodes(atom)))
        .map(dense -> requestedByDense.getOrDefault(dense, -1))
        .filter(c -> c >= 0).sorted().toArray();
  }

  @Override
  public String toString() {
    return "CellMembership[cells=" + breakdown.length + "]";
  }
}
