package dev.belonging.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.belonging.fairness.Attendee;
import dev.belonging.fairness.Meeting;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Simulates meetings with ordered speaking turns as {@link Meeting}s for {@link
 * dev.belonging.fairness.VoiceEquity}, with planted disparities in who gets to speak: remote staff
 * taking turns at half the weight of their colleagues,
 *
 * <pre>{@code
 * List<Meeting> meetings = MeetingSimulator.withDefaults()
 *     .withDisparity(PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.5))
 *     .meetings(workforce, Dimension.WORK_ARRANGEMENT, 13);
 * }</pre>
 *
 * <p><b>Model.</b> Each meeting draws its size uniformly from the attendee range and its
 * attendees uniformly without replacement (Floyd's algorithm; Bentley 1987, "A sample of
 * brilliance", CACM 30(9)) among the people with a value of the breakdown dimension; the
 * attendee's group is that value, the id the person's pseudonymous id, the seniority a rank of the
 * person's role (individual contributors and associates 0, senior staff, leads and shift leads
 * 1, managers 2, directors 3, executives 4). Each topic gets a Poisson number of turns; each turn
 * goes to an attendee with probability proportional to their speaking weight, the product of the
 * {@link PlantedDisparity} ratios that apply to them (1 when none does). With a first-voice rate,
 * that share of topics opens with a most junior attendee. Without disparities every attendance
 * expects the same turns, so each group's share of turns matches its share of attendances up to
 * chance.
 *
 * <p>Everything depends only on the seed and the meeting's number (see {@link SeededRandom}), the
 * same on every JDK. A configured simulator is an immutable value, thread-safe; {@code with*}
 * methods return changed copies. Defaults: 40 meetings of 4 to 10 attendees, 3 topics of on
 * average 6 turns, no first-voice rule, no disparity.
 */
public final class MeetingSimulator {
  /** The most meetings, attendees per meeting, topics per meeting or mean turns accepted. */
  public static final int MAX_COUNT = 100_000;

  private static final long MEETING_KEY = 0x4D454554L;
  private static final MeetingSimulator DEFAULTS =
      new MeetingSimulator(40, 4, 10, 3, 6.0, 0.0, ImmutableList.of());

  private final int meetings;
  private final int minAttendees;
  private final int maxAttendees;
  private final int topics;
  private final double meanTurns;
  private final double firstVoiceRate;
  private final ImmutableList<PlantedDisparity> disparities;

  private MeetingSimulator(int meetings, int minAttendees, int maxAttendees, int topics,
      double meanTurns, double firstVoiceRate, ImmutableList<PlantedDisparity> disparities) {
    this.meetings = meetings;
    this.minAttendees = minAttendees;
    this.maxAttendees = maxAttendees;
    this.topics = topics;
    this.meanTurns = meanTurns;
    this.firstVoiceRate = firstVoiceRate;
    this.disparities = disparities;
  }

  /** 40 meetings of 4 to 10 attendees, 3 topics of on average 6 turns, no disparity. */
  public static MeetingSimulator withDefaults() {
    return DEFAULTS;
  }

  /**
   * This simulator with another number of meetings.
   *
   * @param count in [1, {@link #MAX_COUNT}]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code count} is out of range
   */
  public MeetingSimulator withMeetings(int count) {
    return new MeetingSimulator(count("meetings", count, 1), minAttendees, maxAttendees, topics,
        meanTurns, firstVoiceRate, disparities);
  }

  /**
   * This simulator with another range of meeting sizes.
   *
   * @param min the fewest attendees, in [1, {@link #MAX_COUNT}]
   * @param max the most attendees, in [{@code min}, {@link #MAX_COUNT}]
   * @return the changed simulator
   * @throws IllegalArgumentException if a bound is out of range
   */
  public MeetingSimulator withAttendees(int min, int max) {
    count("minimum attendees", min, 1);
    count("maximum attendees", max, min);
    return new MeetingSimulator(meetings, min, max, topics, meanTurns, firstVoiceRate,
        disparities);
  }

  /**
   * This simulator with another number of topics per meeting.
   *
   * @param count in [1, {@link #MAX_COUNT}]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code count} is out of range
   */
  public MeetingSimulator withTopics(int count) {
    return new MeetingSimulator(meetings, minAttendees, maxAttendees,
        count("topics", count, 1), meanTurns, firstVoiceRate, disparities);
  }

  /**
   * This simulator with another mean number of turns per topic.
   *
   * @param mean the Poisson mean, in [0, {@link #MAX_COUNT}]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code mean} is out of range or NaN
   */
  public MeetingSimulator withMeanTurns(double mean) {
    if (!(mean >= 0 && mean <= MAX_COUNT)) {
      throw new IllegalArgumentException(
          "mean turns must be in [0, " + MAX_COUNT + "], but was " + mean);
    }
    return new MeetingSimulator(meetings, minAttendees, maxAttendees, topics, mean,
        firstVoiceRate, disparities);
  }

  /**
   * This simulator with a first-voice rule kept on a share of topics: such a topic opens with a
   * most junior attendee (chosen at random among them).
   *
   * @param rate a proportion of topics in [0, 1]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code rate} is outside [0, 1] or NaN
   */
  public MeetingSimulator withFirstVoiceRate(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("firstVoiceRate must be in [0, 1], but was " + rate);
    }
    return new MeetingSimulator(meetings, minAttendees, maxAttendees, topics, meanTurns, rate,
        disparities);
  }

  /**
   * This simulator with one more planted disparity on the speaking weight.
   *
   * @param disparity the disparity; ratios of several that apply to a person multiply
   * @return the changed simulator
   */
  public MeetingSimulator withDisparity(PlantedDisparity disparity) {
    return new MeetingSimulator(meetings, minAttendees, maxAttendees, topics, meanTurns,
        firstVoiceRate, PlantedDisparity.append(disparities, disparity));
  }

  /** The number of meetings. */
  public int meetings() {
    return meetings;
  }

  /** The fewest attendees of a meeting. */
  public int minAttendees() {
    return minAttendees;
  }

  /** The most attendees of a meeting. */
  public int maxAttendees() {
    return maxAttendees;
  }

  /** Topics per meeting. */
  public int topics() {
    return topics;
  }

  /** The mean number of turns per topic. */
  public double meanTurns() {
    return meanTurns;
  }

  /** The share of topics opened by a most junior attendee by rule, in [0, 1]. */
  public double firstVoiceRate() {
    return firstVoiceRate;
  }

  /** The planted disparities, in the order added. */
  public ImmutableList<PlantedDisparity> disparities() {
    return disparities;
  }

  /**
   * The speaking weight of a person: the product of the ratios of the disparities that apply.
   *
   * @param person the person
   * @return a weight {@code >= 0}; 1 without disparities
   */
  public double speakingWeight(Person person) {
    return PlantedDisparity.factor(disparities, person.attributes());
  }

  /**
   * The seniority rank of a role of the synthetic profiles, as {@link Attendee#seniority()}.
   *
   * @param role a role value, such as {@code "manager"}
   * @return 0 for individual contributors, associates and unknown roles; 1 for senior staff,
   *     leads and shift leads; 2 for managers and site managers; 3 for directors; 4 for executives
   */
  public static int seniority(String role) {
    switch (role) {
      case "senior":
      case "lead":
      case "shift_lead":
        return 1;
      case "manager":
      case "site_manager":
        return 2;
      case "director":
        return 3;
      case "executive":
        return 4;
      default:
        return 0;
    }
  }

  /**
   * Simulates the meetings among the people of a workforce who have a value of {@code
   * dimension}; a meeting is as large as drawn or, in a smaller pool, everyone in the pool.
   *
   * @param workforce the people
   * @param dimension the breakdown dimension: attendees' groups are their values of it
   * @param seed the seed
   * @return the meetings, in order
   * @throws IllegalArgumentException if nobody in the workforce has a value of {@code dimension}
   */
  public ImmutableList<Meeting> meetings(
      SyntheticWorkforce workforce, Dimension dimension, long seed) {
    requireNonNull(dimension, "dimension");
    List<Person> pool = new ArrayList<>();
    for (Person person : workforce.people()) {
      if (person.attributes().get(dimension).isPresent()) {
        pool.add(person);
      }
    }
    if (pool.isEmpty()) {
      throw new IllegalArgumentException(
          "some people must have a value of dimension '" + dimension.name() + "', but none has");
    }
    ImmutableList.Builder<Meeting> out = ImmutableList.builderWithExpectedSize(meetings);
    for (int m = 0; m < meetings; m++) {
      out.add(meeting(pool, dimension, SeededRandom.keyed(seed, MEETING_KEY, m)));
    }
    return out.build();
  }

  private Meeting meeting(List<Person> pool, Dimension dimension, RandomGenerator random) {
    int size = Math.min(pool.size(),
        minAttendees + (int) (random.nextDouble() * (maxAttendees - minAttendees + 1)));
    int[] chosen = sample(pool.size(), size, random);
    List<Attendee> attendees = new ArrayList<>(size);
    double[] cumulative = new double[size];
    double total = 0;
    int junior = Integer.MAX_VALUE;
    for (int i = 0; i < size; i++) {
      Person person = pool.get(chosen[i]);
      int rank = seniority(person.attributes().get(Dimension.ROLE).orElse(""));
      junior = Math.min(junior, rank);
      attendees.add(Attendee.of(
          person.id(), person.attributes().get(dimension).orElseThrow(), rank));
      total += speakingWeight(person);
      cumulative[i] = total;
    }
    List<Integer> juniors = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (attendees.get(i).seniority() == junior) {
        juniors.add(i);
      }
    }
    List<List<String>> turns = new ArrayList<>(topics);
    for (int t = 0; t < topics; t++) {
      long count = total > 0 ? Poisson.sample(random, meanTurns) : 0;
      boolean firstVoice = random.nextDouble() < firstVoiceRate;
      List<String> topic = new ArrayList<>();
      for (long k = 0; k < count; k++) {
        int speaker = k == 0 && firstVoice
            ? juniors.get((int) (random.nextDouble() * juniors.size()))
            : pick(cumulative, total, random.nextDouble());
        topic.add(attendees.get(speaker).id());
      }
      turns.add(topic);
    }
    return Meeting.of(attendees, turns);
  }

  /** The index whose cumulative weight first exceeds {@code u * total}. */
  private static int pick(double[] cumulative, double total, double u) {
    double target = u * total;
    for (int i = 0; i < cumulative.length - 1; i++) {
      if (target < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  /** {@code size} distinct indices of {@code [0, n)} by Floyd's algorithm, ascending. */
  private static int[] sample(int n, int size, RandomGenerator random) {
    java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>();
    for (int j = n - size; j < n; j++) {
      int t = (int) (random.nextDouble() * (j + 1));
      if (!chosen.add(t)) {
        chosen.add(j);
      }
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int count(String name, int value, int min) {
    if (value < min || value > MAX_COUNT) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + MAX_COUNT + "], but was " + value);
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MeetingSimulator)) {
      return false;
    }
    MeetingSimulator that = (MeetingSimulator) other;
    return meetings == that.meetings && minAttendees == that.minAttendees
        && maxAttendees == that.maxAttendees && topics == that.topics
        && Double.compare(meanTurns, that.meanTurns) == 0
        && Double.compare(firstVoiceRate, that.firstVoiceRate) == 0
        && disparities.equals(that.disparities);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(meetings, minAttendees, maxAttendees, topics, meanTurns,
        firstVoiceRate, disparities);
  }

  @Override
  public String toString() {
    return "MeetingSimulator{meetings=" + meetings + ", attendees=" + minAttendees + ".."
        + maxAttendees + ", topics=" + topics + ", disparities=" + disparities.size() + "}";
  }
}
