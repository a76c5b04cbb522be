package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Instrument;
import dev.belonging.internal.aggregate.CellTally;
import dev.belonging.internal.aggregate.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The aggregated, not yet released state of one disaggregation: exact integer sufficient
 * statistics of every cell, which {@link Disaggregation#report} turns into a released report.
 *
 * <p>A tally has no accessor for any number: cells below the anonymity threshold must not be
 * readable. Tallies of the same {@link Disaggregation} computed on different threads, machines or
 * tenants {@linkplain #merge(Tally) merge} exactly: merging is associative and commutative and the
 * merged tally equals the tally of all responses at once, whatever the partitioning.
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives no counts.
 */
public final class Tally {
  final Encoding encoding;
  final ImmutableList<ImmutableList<String>> dictionaries;
  final CellTally cells;

  Tally(Encoding encoding, ImmutableList<ImmutableList<String>> dictionaries, CellTally cells) {
    this.encoding = encoding;
    this.dictionaries = dictionaries;
    this.cells = cells;
  }

  /** The instrument the responses answered. */
  public Instrument instrument() {
    return encoding.instrument;
  }

  /**
   * The tally of this tally's responses and {@code other}'s together.
   *
   * @param other a tally of the same disaggregation (instrument, breakdowns, hierarchy, bands)
   * @return the merged tally; neither input changes
   * @throws IllegalArgumentException if the tallies come from different disaggregations
   */
  public Tally merge(Tally other) {
    if (!encoding.equals(other.encoding)) {
      throw new IllegalArgumentException(
          "tallies must come from the same disaggregation to merge");
    }
    if (dictionaries.equals(other.dictionaries)) {
      Layout layout = cells.layout();
      CellTally sum = cells.remap(layout, identity()).addAll(other.cells);
      return new Tally(encoding, dictionaries, sum);
    }
    List<List<String>> union = new ArrayList<>();
    for (int d = 0; d < dictionaries.size(); d++) {
      List<String> values = new ArrayList<>(dictionaries.get(d));
      TreeSet<String> fresh = new TreeSet<>(other.dictionaries.get(d));
      fresh.removeAll(dictionaries.get(d));
      values.addAll(fresh);
      union.add(values);
    }
    Encoding.Dictionaries target = encoding.newDictionaries().copyOf(union);
    Layout layout = encoding.layout(target);
    CellTally sum = cells.remap(layout, codeMap(dictionaries, target))
        .addAll(other.cells.remap(layout, codeMap(other.dictionaries, target)));
    return new Tally(encoding, target.snapshot(), sum);
  }

  private int[][] identity() {
    int[][] map = new int[dictionaries.size()][];
    for (int d = 0; d < map.length; d++) {
      map[d] = new int[dictionaries.get(d).size()];
      for (int i = 0; i < map[d].length; i++) {
        map[d][i] = i;
      }
    }
    return map;
  }

  private static int[][] codeMap(List<? extends List<String>> from, Encoding.Dictionaries to) {
    int[][] map = new int[from.size()][];
    for (int d = 0; d < map.length; d++) {
      map[d] = new int[from.get(d).size()];
      for (int i = 0; i < map[d].length; i++) {
        map[d][i] = to.code(d, from.get(d).get(i));
      }
    }
    return map;
  }

  /** This tally re-expressed over the given dictionaries (supersets of this one's). */
  private CellTally over(List<List<String>> target) {
    Encoding.Dictionaries dictionaries = encoding.newDictionaries().copyOf(target);
    return cells.remap(encoding.layout(dictionaries), codeMap(this.dictionaries, dictionaries));
  }

  /**
   * Equal when from the same disaggregation with identical integer contents per cell value; a
   * dictionary value without respondents makes no difference.
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Tally)) {
      return false;
    }
    Tally that = (Tally) other;
    if (!encoding.equals(that.encoding)) {
      return false;
    }
    List<List<String>> union = new ArrayList<>();
    for (int d = 0; d < dictionaries.size(); d++) {
      if (encoding.fixedDictionary(d)) {
        union.add(dictionaries.get(d));
      } else {
        TreeSet<String> values = new TreeSet<>(dictionaries.get(d));
        values.addAll(that.dictionaries.get(d));
        union.add(new ArrayList<>(values));
      }
    }
    return over(union).sameContent(that.over(union));
  }

  @Override
  public int hashCode() {
    return encoding.hashCode();
  }

  /** Names the instrument and the number of breakdowns; never a count. */
  @Override
  public String toString() {
    return "Tally[" + encoding.instrument.id() + ", breakdowns=" + encoding.breakdowns.size()
        + "]";
  }
}
