package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Response;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.Roster;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * How many people of one group were invited to a survey wave and how many responded.
 *
 * <p>{@code invited >= 1}, {@code 0 <= responded <= invited}. {@link #toString()} shows counts
 * only. Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class ParticipationCount {
  ParticipationCount() {}

  /** The group's label; not blank. */
  @Value.Parameter
  public abstract String group();

  /** The number of people invited, {@code >= 1}. */
  @Value.Parameter
  public abstract int invited();

  /** The number who responded, in [0, invited]. */
  @Value.Parameter
  public abstract int responded();

  /** The response rate {@code responded / invited}, a proportion in [0, 1]. */
  public final double rate() {
    return (double) responded() / invited();
  }

  /**
   * The counts of one group.
   *
   * @param group the label, not blank
   * @param invited invited people, {@code >= 1}
   * @param responded respondents, in [0, invited]
   * @return the counts
   * @throws IllegalArgumentException if a count breaks its rule (the message names the group)
   */
  public static ParticipationCount of(String group, int invited, int responded) {
    return ImmutableParticipationCount.of(group, invited, responded);
  }

  /**
   * Counts invited people (from the roster) and respondents (from the wave's responses) by
   * group.
   *
   * @param dimension the breakdown dimension
   * @param roster the people invited to the wave
   * @param responses the wave's responses, at most one per person
   * @return one count per group of the roster, ordered by label
   * @throws IllegalArgumentException if the roster is empty, an invited person or a response has
   *     no value for {@code dimension} (the message names the position), or a group has more
   *     responses than invited people
   */
  public static ImmutableList<ParticipationCount> fromRoster(
      Dimension dimension, Roster roster, List<Response> responses) {
    if (roster.size() == 0) {
      throw new IllegalArgumentException("roster must not be empty");
    }
    Map<String, int[]> counts = new TreeMap<>();
    for (int i = 0; i < roster.size(); i++) {
      counts.computeIfAbsent(value(dimension, roster.invited().get(i), "roster.invited", i),
          g -> new int[2])[0]++;
    }
    for (int i = 0; i < responses.size(); i++) {
      String group = value(dimension, responses.get(i).attributes(), "responses", i);
      counts.computeIfAbsent(group, g -> new int[2])[1]++;
    }
    ImmutableList.Builder<ParticipationCount> out = ImmutableList.builder();
    counts.forEach((group, c) -> {
      if (c[1] > c[0]) {
        throw new IllegalArgumentException("group '" + group + "' has " + c[1]
            + " responses but only " + c[0] + " invited people (responses must be <= invited)");
      }
      out.add(of(group, c[0], c[1]));
    });
    return out.build();
  }

  private static String value(Dimension dimension, Attributes attributes, String list, int i) {
    return attributes.get(dimension).orElseThrow(() -> new IllegalArgumentException(
        list + "[" + i + "] has no value for dimension '" + dimension.name() + "'"));
  }

  @Value.Check
  void check() {
    Checks.notBlank("group", group());
    if (invited() < 1) {
      throw new IllegalArgumentException(
          "group '" + group() + "': invited must be >= 1 (empty group), but was " + invited());
    }
    if (responded() < 0) {
      throw new IllegalArgumentException(
          "group '" + group() + "': responded must be >= 0, but was " + responded());
    }
    if (responded() > invited()) {
      throw new IllegalArgumentException("group '" + group() + "': responded must be <= invited ("
          + invited() + "), but was " + responded());
    }
  }

  /** Counts only, never the label. */
  @Override
  public String toString() {
    return "ParticipationCount{invited=" + invited() + ", responded=" + responded() + "}";
  }
}
