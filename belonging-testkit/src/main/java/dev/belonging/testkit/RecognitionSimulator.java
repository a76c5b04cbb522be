package dev.belonging.testkit;

import com.google.common.collect.ImmutableList;
import dev.belonging.fairness.RecognitionRecord;
import java.util.stream.Stream;

/**
 * Simulates recognition events (public credit, awards, shout-outs) as {@link RecognitionRecord}s
 * for {@link dev.belonging.fairness.RecognitionEquity}, with planted disparities: a person
 * observed for {@code t} periods receives a Poisson number of events with mean {@code rate x
 * ratio x t}, where {@code ratio} is the product of the {@link PlantedDisparity} ratios that apply
 * to them (1 when none does). Remote staff recognised at 0.7 times the office rate:
 *
 * <pre>{@code
 * List<RecognitionRecord> recognition = RecognitionSimulator.withDefaults()
 *     .withDisparity(PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.7))
 *     .records(workforce, 12);
 * }</pre>
 *
 * <p>Periods are months: a person is observed for {@code min(periods, tenureMonths + 1)} of the
 * configured periods, so recent joiners contribute less exposure, as in real records. Events are
 * Poisson given the exposure, the assumption of the recognition-equity test. Each person's
 * events depend only on the seed and the person's index (see {@link SeededRandom}).
 *
 * <p>A configured simulator is an immutable value, thread-safe; {@code with*} methods return
 * changed copies. Defaults: 0.5 events per person-month over 12 months, no disparity.
 */
public final class RecognitionSimulator {
  /** The largest rate per period accepted. */
  public static final double MAX_RATE = 100;
  /** The most periods accepted. */
  public static final int MAX_PERIODS = 1_200;

  private static final long RECOGNITION_KEY = 0x5245434FL;
  private static final RecognitionSimulator DEFAULTS =
      new RecognitionSimulator(0.5, 12, ImmutableList.of());

  private final double rate;
  private final int periods;
  private final ImmutableList<PlantedDisparity> disparities;

  private RecognitionSimulator(
      double rate, int periods, ImmutableList<PlantedDisparity> disparities) {
    this.rate = rate;
    this.periods = periods;
    this.disparities = disparities;
  }

  /** 0.5 events per person-month over 12 months, no disparity. */
  public static RecognitionSimulator withDefaults() {
    return DEFAULTS;
  }

  /**
   * This simulator with another event rate for people without a disparity.
   *
   * @param eventsPerPeriod expected events per person and period, in [0, {@link #MAX_RATE}]
   * @return the changed simulator
   * @throws IllegalArgumentException if the rate is out of range or NaN
   */
  public RecognitionSimulator withRate(double eventsPerPeriod) {
    if (!(eventsPerPeriod >= 0 && eventsPerPeriod <= MAX_RATE)) {
      throw new IllegalArgumentException(
          "rate must be in [0, " + MAX_RATE + "], but was " + eventsPerPeriod);
    }
    return new RecognitionSimulator(eventsPerPeriod, periods, disparities);
  }

  /**
   * This simulator with another observation window.
   *
   * @param months the periods observed, in [1, {@link #MAX_PERIODS}]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code months} is out of range
   */
  public RecognitionSimulator withPeriods(int months) {
    if (months < 1 || months > MAX_PERIODS) {
      throw new IllegalArgumentException(
          "periods must be in [1, " + MAX_PERIODS + "], but was " + months);
    }
    return new RecognitionSimulator(rate, months, disparities);
  }

  /**
   * This simulator with one more planted disparity on the event rate.
   *
   * @param disparity the disparity; ratios of several that apply to a person multiply
   * @return the changed simulator
   */
  public RecognitionSimulator withDisparity(PlantedDisparity disparity) {
    return new RecognitionSimulator(rate, periods,
        PlantedDisparity.append(disparities, disparity));
  }

  /** Expected events per person and period without a disparity. */
  public double rate() {
    return rate;
  }

  /** The observation window in periods (months). */
  public int periods() {
    return periods;
  }

  /** The planted disparities, in the order added. */
  public ImmutableList<PlantedDisparity> disparities() {
    return disparities;
  }

  /**
   * The periods a person is observed: {@code min(periods, tenureMonths + 1)}.
   *
   * @param person the person
   * @return at least 1
   */
  public int periodsObserved(Person person) {
    return (int) Math.min(periods, person.tenureMonths() + 1L);
  }

  /**
   * The expected events per period of a person: the rate times the ratios of the disparities
   * that apply. The truth a check should recover.
   *
   * @param person the person
   * @return a rate {@code >= 0}
   */
  public double rate(Person person) {
    return rate * PlantedDisparity.factor(disparities, person.attributes());
  }

  /**
   * One record per person of a workforce, in workforce order.
   *
   * @param workforce the people
   * @param seed the seed
   * @return the records
   */
  public ImmutableList<RecognitionRecord> records(SyntheticWorkforce workforce, long seed) {
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
  public Stream<RecognitionRecord> records(Stream<Person> people, long seed) {
    return people.map(p -> record(p, seed));
  }

  private RecognitionRecord record(Person person, long seed) {
    int observed = periodsObserved(person);
    long events = Poisson.sample(
        SeededRandom.keyed(seed, RECOGNITION_KEY, person.index()), rate(person) * observed);
    return RecognitionRecord.of(person.attributes(), observed, events);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecognitionSimulator
        && Double.compare(rate, ((RecognitionSimulator) other).rate) == 0
        && periods == ((RecognitionSimulator) other).periods
        && disparities.equals(((RecognitionSimulator) other).disparities);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(rate, periods, disparities);
  }

  @Override
  public String toString() {
    return "RecognitionSimulator{rate=" + rate + ", periods=" + periods + ", disparities="
        + disparities.size() + "}";
  }
}
