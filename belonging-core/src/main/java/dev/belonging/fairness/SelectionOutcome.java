package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import dev.belonging.workforce.Dimension;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * How many people of one group were selected (promoted, assigned to a visible project, rated in
 * the top band) out of the group's size, optionally within one stratum (a site or period).
 *
 * <p>Counts are people: {@code 0 <= selected <= size} and {@code size >= 1}. The group label is a
 * published group name (a value of the breakdown dimension). {@link #toString()} shows counts
 * only. Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class SelectionOutcome {
  SelectionOutcome() {}

  /** The group's label, a value of the breakdown dimension; not blank. */
  @Value.Parameter
  public abstract String group();

  /** The number of people selected, in [0, size]. */
  @Value.Parameter
  public abstract int selected();

  /** The number of people in the group who could be selected, {@code >= 1}. */
  @Value.Parameter
  public abstract int size();

  /** The stratum (site, period) these counts belong to; empty for unstratified data. */
  @Value.Parameter
  public abstract Optional<String> stratum();

  /** The selection rate {@code selected / size}, a proportion in [0, 1]. */
  public final double rate() {
    return (double) selected() / size();
  }

  /**
   * Unstratified counts of one group.
   *
   * @param group the group's label, not blank
   * @param selected the number selected, in [0, size]
   * @param size the group's size, {@code >= 1}
   * @return the outcome
   * @throws IllegalArgumentException if a count breaks its rule (the message names the group)
   */
  public static SelectionOutcome of(String group, int selected, int size) {
    return ImmutableSelectionOutcome.of(group, selected, size, Optional.empty());
  }

  /**
   * Counts of one group within one stratum, for pooling with Cochran-Mantel-Haenszel.
   *
   * @param group the group's label, not blank
   * @param stratum the stratum's label (a site, a period), not blank
   * @param selected the number selected, in [0, size]
   * @param size the group's size within the stratum, {@code >= 1}
   * @return the outcome
   * @throws IllegalArgumentException if a count breaks its rule or a label is blank
   */
  public static SelectionOutcome inStratum(String group, String stratum, int selected, int size) {
    return ImmutableSelectionOutcome.of(group, selected, size, Optional.of(stratum));
  }

  /**
   * Counts people's outcomes by group (and stratum, when the records carry one).
   *
   * @param dimension the breakdown dimension; its value in each record's attributes is the group
   * @param records one record per person, all with a stratum or all without
   * @return one outcome per group (and stratum), ordered by group label, then stratum
   * @throws IllegalArgumentException if {@code records} is empty, a record has no value for
   *     {@code dimension}, or some records have a stratum and others not (the message names the
   *     record's position)
   */
  public static ImmutableList<SelectionOutcome> fromRecords(
      Dimension dimension, List<OutcomeRecord> records) {
    if (records.isEmpty()) {
      throw new IllegalArgumentException("records must not be empty");
    }
    boolean stratified = records.get(0).stratum().isPresent();
    Map<String, Map<String, int[]>> counts = new TreeMap<>();
    for (int i = 0; i < records.size(); i++) {
      OutcomeRecord r = records.get(i);
      int position = i;
      String group = r.attributes().get(dimension).orElseThrow(() -> new IllegalArgumentException(
          "records[" + position + "] has no value for dimension '" + dimension.name() + "'"));
      if (r.stratum().isPresent() != stratified) {
        throw new IllegalArgumentException("records[" + i + "] "
            + (stratified ? "has no stratum, but records[0] has one"
                : "has a stratum, but records[0] has none")
            + " (mismatched periods or sites)");
      }
      int[] c = counts.computeIfAbsent(group, g -> new TreeMap<>())
          .computeIfAbsent(r.stratum().orElse(""), s -> new int[2]);
      c[0] += r.selected() ? 1 : 0;
      c[1]++;
    }
    ImmutableList.Builder<SelectionOutcome> out = ImmutableList.builder();
    counts.forEach((group, byStratum) -> byStratum.forEach((stratum, c) -> out.add(
        ImmutableSelectionOutcome.of(group, c[0], c[1],
            stratified ? Optional.of(stratum) : Optional.empty()))));
    return out.build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("group", group());
    stratum().ifPresent(s -> Checks.notBlank("stratum of group '" + group() + "'", s));
    if (size() < 1) {
      throw new IllegalArgumentException("group '" + group()
          + "': size must be >= 1 (an empty group has no rate), but was " + size());
    }
    if (selected() < 0) {
      throw new IllegalArgumentException(
          "group '" + group() + "': selected must be >= 0, but was " + selected());
    }
    if (selected() > size()) {
      throw new IllegalArgumentException("group '" + group() + "': selected must be <= size ("
          + size() + "), but was " + selected());
    }
  }

  /** Counts only, never the group label. */
  @Override
  public String toString() {
    return "SelectionOutcome{selected=" + selected() + ", size=" + size()
        + (stratum().isPresent() ? ", stratified" : "") + "}";
  }
}
