package dev.belonging.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.belonging.fairness.OutcomeRecord;
import dev.belonging.workforce.Dimension;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Simulates the outcomes of a selection process (promotions, assignments to visible projects, top
 * performance ratings) as {@link OutcomeRecord}s for {@link dev.belonging.fairness.AdverseImpact},
 * with planted disparities: each person is selected independently with probability {@code
 * min(1, rate x ratio)}, where {@code ratio} is the product of the {@link PlantedDisparity}
 * ratios that apply to them (1 when none does).
 *
 * <pre>{@code
 * List<OutcomeRecord> promotions = SelectionSimulator.withDefaults()
 *     .withRate(0.2)
 *     .withDisparity(PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.6))
 *     .records(workforce, 11);
 * }</pre>
 *
 * <p>Each person's outcome depends only on the seed and the person's index (see {@link
 * SeededRandom}), so the records are the same on every JDK, and {@link #records(Stream, long)}
 * streams any number of people. Simulate different processes (promotions and assignments) with
 * different seeds, or their outcomes are correlated.
 *
 * <p>A configured simulator is an immutable value, thread-safe; {@code with*} methods return
 * changed copies. Defaults: rate 0.2, no disparity, no strata.
 */
public final class SelectionSimulator {
  private static final long SELECTION_KEY = 0x53454C45L;
  private static final SelectionSimulator DEFAULTS =
      new SelectionSimulator(0.2, ImmutableList.of(), Optional.empty());

  private final double rate;
  private final ImmutableList<PlantedDisparity> disparities;
  private final Optional<Dimension> strata;

  private SelectionSimulator(double rate, ImmutableList<PlantedDisparity> disparities,
      Optional<Dimension> strata) {
    this.rate = rate;
    this.disparities = disparities;
    this.strata = strata;
  }

  /** Rate 0.2, no disparity, no strata. */
  public static SelectionSimulator withDefaults() {
    return DEFAULTS;
  }

  /**
   * This simulator with another selection probability for people without a disparity.
   *
   * @param probability in [0, 1]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code probability} is outside [0, 1] or NaN
   */
  public SelectionSimulator withRate(double probability) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("rate must be in [0, 1], but was " + probability);
    }
    return new SelectionSimulator(probability, disparities, strata);
  }

  /**
   * This simulator with one more planted disparity on the selection probability.
   *
   * @param disparity the disparity; ratios of several that apply to a person multiply
   * @return the changed simulator
   */
  public SelectionSimulator withDisparity(PlantedDisparity disparity) {
    return new SelectionSimulator(rate, PlantedDisparity.append(disparities, disparity), strata);
  }

  /**
   * This simulator with strata: each record carries the person's value of {@code dimension} (for
   * example {@link Dimension#LOCATION} for sites) as its stratum, or {@code "not stated"} when the
   * person has none, for the Cochran-Mantel-Haenszel analysis of pooled strata.
   *
   * @param dimension the dimension whose values are the strata
   * @return the changed simulator
   */
  public SelectionSimulator withStrata(Dimension dimension) {
    return new SelectionSimulator(rate, disparities,
        Optional.of(requireNonNull(dimension, "dimension")));
  }

  /** The selection probability of people without a disparity, in [0, 1]. */
  public double rate() {
    return rate;
  }

  /** The planted disparities, in the order added. */
  public ImmutableList<PlantedDisparity> disparities() {
    return disparities;
  }

  /** The dimension whose values are the strata; empty for unstratified records. */
  public Optional<Dimension> strata() {
    return strata;
  }

  /**
   * The selection probability of a person: the rate times the ratios of the disparities that
   * apply, capped at 1. The truth a check should recover.
   *
   * @param person the person
   * @return a probability in [0, 1]
   */
  public double probability(Person person) {
    return Math.min(1.0, rate * PlantedDisparity.factor(disparities, person.attributes()));
  }

  /**
   * One record per person of a workforce, in workforce order.
   *
   * @param workforce the people
   * @param seed the seed
   * @return the records
   */
  public ImmutableList<OutcomeRecord> records(SyntheticWorkforce workforce, long seed) {
    return records(workforce.people().stream(), seed)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * One record per streamed person, lazily and in order: nothing is retained.
   *
   * @param people the people
   * @param seed the seed
   * @return the records; equal to {@link #records(SyntheticWorkforce, long)} for the same people
   */
  public Stream<OutcomeRecord> records(Stream<Person> people, long seed) {
    return people.map(p -> record(p, seed));
  }

  private OutcomeRecord record(Person person, long seed) {
    boolean selected =
        SeededRandom.keyed(seed, SELECTION_KEY, person.index()).nextDouble() < probability(person);
    if (strata.isEmpty()) {
      return OutcomeRecord.of(person.attributes(), selected);
    }
    return OutcomeRecord.of(person.attributes(), selected,
        person.attributes().get(strata.get()).orElse("not stated"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SelectionSimulator
        && Double.compare(rate, ((SelectionSimulator) other).rate) == 0
        && disparities.equals(((SelectionSimulator) other).disparities)
        && strata.equals(((SelectionSimulator) other).strata);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(rate, disparities, strata);
  }

  @Override
  public String toString() {
    return "SelectionSimulator{rate=" + rate + ", disparities=" + disparities.size()
        + strata.map(d -> ", strata=" + d.name()).orElse("") + "}";
  }
}
