package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import dev.belonging.workforce.Dimension;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Recognition events (public credit, awards, shout-outs) received by one group: how many people,
 * how many person-periods they were observed for, and how many events they received.
 *
 * <p>{@code people >= 1}, {@code personPeriods} finite and {@code > 0} (for example person-months),
 * {@code events >= 0}. {@link #toString()} shows counts only. Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class RecognitionCount {
  RecognitionCount() {}

  /** The group's label; not blank. */
  @Value.Parameter
  public abstract String group();

  /** The number of distinct people in the group, {@code >= 1}. */
  @Value.Parameter
  public abstract int people();

  /** The exposure in person-periods, finite and {@code > 0}. */
  @Value.Parameter
  public abstract double personPeriods();

  /** The number of recognition events, {@code >= 0}. */
  @Value.Parameter
  public abstract long events();

  /** Events per person-period, {@code >= 0}. */
  public final double rate() {
    return events() / personPeriods();
  }

  /**
   * The counts of one group.
   *
   * @param group the group's label, not blank
   * @param people distinct people, {@code >= 1}
   * @param personPeriods exposure, finite and {@code > 0}
   * @param events recognition events, {@code >= 0}
   * @return the counts
   * @throws IllegalArgumentException if an argument breaks its rule (the message names the group)
   */
  public static RecognitionCount of(String group, int people, double personPeriods, long events) {
    return ImmutableRecognitionCount.of(group, people, personPeriods, events);
  }

  /**
   * Adds up people's records by group.
   *
   * @param dimension the breakdown dimension
   * @param records one record per person
   * @return one count per group, ordered by label
   * @throws IllegalArgumentException if {@code records} is empty or a record has no value for
   *     {@code dimension} (the message names its position)
   */
  public static ImmutableList<RecognitionCount> fromRecords(
      Dimension dimension, List<RecognitionRecord> records) {
    if (records.isEmpty()) {
      throw new IllegalArgumentException("records must not be empty");
    }
    Map<String, double[]> sums = new TreeMap<>();
    for (int i = 0; i < records.size(); i++) {
      RecognitionRecord r = records.get(i);
      int position = i;
      String group = r.attributes().get(dimension).orElseThrow(() -> new IllegalArgumentException(
          "records[" + position + "] has no value for dimension '" + dimension.name() + "'"));
      double[] s = sums.computeIfAbsent(group, g -> new double[3]);
      s[0]++;
      s[1] += r.periods();
      s[2] += r.events();
    }
    ImmutableList.Builder<RecognitionCount> out = ImmutableList.builder();
    sums.forEach((group, s) -> out.add(of(group, (int) s[0], s[1], (long) s[2])));
    return out.build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("group", group());
    if (people() < 1) {
      throw new IllegalArgumentException(
          "group '" + group() + "': people must be >= 1 (empty group), but was " + people());
    }
    if (!(personPeriods() > 0 && personPeriods() < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("group '" + group()
          + "': personPeriods must be finite and > 0, but was " + personPeriods());
    }
    if (events() < 0) {
      throw new IllegalArgumentException(
          "group '" + group() + "': events must be >= 0, but was " + events());
    }
  }

  /** Counts only, never the label. */
  @Override
  public String toString() {
    return "RecognitionCount{people=" + people() + ", personPeriods=" + personPeriods()
        + ", events=" + events() + "}";
  }
}
