package dev.belonging.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Simulates a series of survey waves over time: between waves people leave, others join and
 * everyone's tenure grows, and planted effects that start at a later wave ({@link
 * PlantedEffect#fromWave(int)}) model an intervention for trial tests.
 *
 * <p>Between two waves each person leaves with the leaver rate, and about the joiner rate times
 * the headcount join (a binomial count). A joiner takes the team, role, arrangement, location and
 * demographics of a randomly chosen current colleague (a replacement hire) with a tenure under
 * the interval between waves. Stayers keep their latent levels (see {@link ResponseSimulator}).
 * Waves have ids {@code "wave-0"}, {@code "wave-1"}, ... and ordinals 0, 1, ...
 *
 * <p>A configured series is an immutable value, thread-safe. Defaults: 4 waves, 3 months apart,
 * leaver rate 0.04 and joiner rate 0.05 per interval.
 */
public final class WaveSeries {
  private static final long TURNOVER_KEY = 0x5455524EL;

  private final ResponseSimulator simulator;
  private final int waves;
  private final int monthsBetweenWaves;
  private final double leaverRate;
  private final double joinerRate;

  private WaveSeries(ResponseSimulator simulator, int waves, int monthsBetweenWaves,
      double leaverRate, double joinerRate) {
    this.simulator = simulator;
    this.waves = waves;
    this.monthsBetweenWaves = monthsBetweenWaves;
    this.leaverRate = leaverRate;
    this.joinerRate = joinerRate;
  }

  /**
   * A series answered with {@code simulator}, with the default settings.
   *
   * @param simulator the response simulator, with its planted effects
   * @return the series
   */
  public static WaveSeries of(ResponseSimulator simulator) {
    return new WaveSeries(requireNonNull(simulator, "simulator"), 4, 3, 0.04, 0.05);
  }

  /**
   * This series with another number of waves.
   *
   * @param count in [1, 100]
   * @return the changed series
   * @throws IllegalArgumentException if {@code count} is out of range
   */
  public WaveSeries withWaves(int count) {
    if (count < 1 || count > 100) {
      throw new IllegalArgumentException("waves must be in [1, 100], but was " + count);
    }
    return new WaveSeries(simulator, count, monthsBetweenWaves, leaverRate, joinerRate);
  }

  /**
   * This series with another interval between waves.
   *
   * @param months in [1, 60]
   * @return the changed series
   * @throws IllegalArgumentException if {@code months} is out of range
   */
  public WaveSeries withMonthsBetweenWaves(int months) {
    if (months < 1 || months > 60) {
      throw new IllegalArgumentException(
          "monthsBetweenWaves must be in [1, 60], but was " + months);
    }
    return new WaveSeries(simulator, waves, months, leaverRate, joinerRate);
  }

  /**
   * This series with another chance that a person leaves between two waves.
   *
   * @param rate a probability in [0, 1]
   * @return the changed series
   * @throws IllegalArgumentException if {@code rate} is outside [0, 1] or NaN
   */
  public WaveSeries withLeaverRate(double rate) {
    return new WaveSeries(simulator, waves, monthsBetweenWaves, probability("leaverRate", rate),
        joinerRate);
  }

  /**
   * This series with another number of joiners between two waves, as a share of the headcount.
   *
   * @param rate a proportion in [0, 1]
   * @return the changed series
   * @throws IllegalArgumentException if {@code rate} is outside [0, 1] or NaN
   */
  public WaveSeries withJoinerRate(double rate) {
    return new WaveSeries(simulator, waves, monthsBetweenWaves, leaverRate,
        probability("joinerRate", rate));
  }

  /**
   * Simulates the waves.
   *
   * @param initial the workforce at wave 0
   * @param seed the simulation seed (turnover and answers)
   * @return one simulated wave per ordinal, in order
   */
  public ImmutableList<SimulatedWave> simulate(SyntheticWorkforce initial, long seed) {
    ImmutableList.Builder<SimulatedWave> result = ImmutableList.builder();
    SyntheticWorkforce current = initial;
    for (int ordinal = 0; ordinal < waves; ordinal++) {
      if (ordinal > 0) {
        current = turnover(current, ordinal, seed);
      }
      result.add(simulator.simulate(current, "wave-" + ordinal, ordinal, seed));
    }
    return result.build();
  }

  private SyntheticWorkforce turnover(SyntheticWorkforce workforce, int ordinal, long seed) {
    RandomGenerator random = SeededRandom.keyed(seed, TURNOVER_KEY, ordinal);
    List<Person> next = new ArrayList<>();
    for (Person person : workforce.people()) {
      if (random.nextDouble() < leaverRate) {
        continue;
      }
      next.add(retenure(workforce, person, person.tenureMonths() + monthsBetweenWaves));
    }
    int nextIndex = workforce.nextIndex();
    if (workforce.size() > 0) {
      for (int i = 0; i < workforce.size(); i++) {
        if (random.nextDouble() < joinerRate) {
          Person model = workforce.people().get(random.nextInt(workforce.size()));
          Person joiner = Person.of(nextIndex++, model.attributes(),
              random.nextInt(monthsBetweenWaves));
          next.add(retenure(workforce, joiner, joiner.tenureMonths()));
        }
      }
    }
    return workforce.withPeople(next);
  }

  private static Person retenure(SyntheticWorkforce workforce, Person person, int months) {
    Person moved = person.withTenureMonths(months);
    if (person.attributes().get(Dimension.TENURE).isPresent()) {
      moved = moved.withAttributes(person.attributes()
          .with(Dimension.TENURE, workforce.tenureBands().band(months)));
    }
    return moved;
  }

  private static double probability(String name, double value) {
    if (value >= 0 && value <= 1) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be in [0, 1], but was " + value);
  }

  @Override
  public String toString() {
    return "WaveSeries{waves=" + waves + ", monthsBetweenWaves=" + monthsBetweenWaves + "}";
  }
}
