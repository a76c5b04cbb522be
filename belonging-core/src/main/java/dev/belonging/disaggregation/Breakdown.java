package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One way of cutting results: a single dimension (team, tenure, role ...) or an intersection of
 * several ({@code work_arrangement x tenure}), and the {@link Baseline} each cell is compared
 * with.
 *
 * <p>A breakdown over {@link Dimension#TEAM} rolls up the team hierarchy given to {@link
 * Disaggregation#withHierarchy}: a respondent of team {@code x} counts in the cell of {@code x}
 * and of every team above it. A breakdown is {@linkplain #sensitive() sensitive} when one of its
 * dimensions is; stricter minimum group sizes then apply.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class Breakdown {
  Breakdown() {}

  /** The dimensions, in the order given; at least one, distinct by name. */
  public abstract ImmutableList<Dimension> dimensions();

  /** The baseline of every cell; the rest of the organisation unless set. */
  @Value.Default
  public Baseline baseline() {
    return Baseline.restOfOrganisation();
  }

  /** Whether any dimension is sensitive. */
  public final boolean sensitive() {
    return dimensions().stream().anyMatch(Dimension::sensitive);
  }

  /** The name, the dimension names joined by {@code " x "}. */
  public final String name() {
    return dimensions().stream().map(Dimension::name).collect(Collectors.joining(" x "));
  }

  /**
   * A breakdown by one dimension or the intersection of several, against the rest of the
   * organisation.
   *
   * @param dimensions at least one dimension, distinct by name
   * @return the breakdown
   * @throws IllegalArgumentException if no dimension is given or a name repeats
   */
  public static Breakdown of(Dimension... dimensions) {
    return ImmutableBreakdown.builder().addDimensions(dimensions).build();
  }

  /**
   * This breakdown with another baseline.
   *
   * @param baseline the baseline; a reference group must fix exactly this breakdown's dimensions
   * @return the breakdown
   * @throws IllegalArgumentException if a reference group has other dimensions
   */
  public Breakdown withBaseline(Baseline baseline) {
    return ImmutableBreakdown.builder().from(this).baseline(baseline).build();
  }

  /**
   * Every single dimension and every two-way intersection of the given dimensions, in order:
   * singles first, then pairs {@code (d_i, d_j)} with {@code i < j}.
   *
   * @param dimensions distinct dimensions
   * @return {@code k + k(k-1)/2} breakdowns against the rest of the organisation
   * @throws IllegalArgumentException if a dimension repeats
   */
  public static ImmutableList<Breakdown> singlesAndPairs(List<Dimension> dimensions) {
    List<Breakdown> result = new ArrayList<>();
    for (Dimension d : dimensions) {
      result.add(of(d));
    }
    for (int i = 0; i < dimensions.size(); i++) {
      for (int j = i + 1; j < dimensions.size(); j++) {
        result.add(of(dimensions.get(i), dimensions.get(j)));
      }
    }
    return ImmutableList.copyOf(result);
  }

  @Value.Check
  void check() {
    if (dimensions().isEmpty()) {
      throw new IllegalArgumentException("breakdown must have at least 1 dimension");
    }
    HashSet<String> names = new HashSet<>();
    for (Dimension d : dimensions()) {
      if (!names.add(d.name())) {
        throw new IllegalArgumentException(
            "breakdown dimensions must be distinct, but '" + d.name() + "' repeats");
      }
    }
    baseline().referenceGroup().ifPresent(group -> {
      if (!group.values().keySet().equals(new HashSet<>(dimensions()))) {
        throw new IllegalArgumentException("reference group of breakdown '" + name()
            + "' must fix exactly its dimensions, but fixed " + group.values().keySet());
      }
    });
  }

  @Override
  public String toString() {
    return "Breakdown[" + name() + ", " + baseline().kind() + "]";
  }
}
