package dev.belonging.intervention;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Pairs opted-in participants for coffee chats, one round at a time.
 *
 * <p>Configure with {@code PairingScheduler.withDefaults().withNoRepeatRounds(6).withSeed(7)} and
 * call {@link #schedule(List, List)} with the participants and the earlier rounds.
 *
 * <p><b>What a round guarantees.</b>
 *
 * <ul>
 *   <li>Two people are only ever grouped when their working hours overlap by at least {@link
 *       #minimumOverlap()} (a trio: all three together) and they were not in a group together in
 *       the last {@link #noRepeatRounds()} rounds of the history.
 *   <li>Every participant is placed in a pair or trio, or listed as {@link Unmatched} with the
 *       reason.
 *   <li>With an odd number, one person joins a pair as a trio; the person chosen is one with the
 *       fewest trios so far (ties: the better matched so far, then a seeded hash), and the pair
 *       that takes them is one whose members were least often in trios.
 *   <li>The same participants, history and configuration give the same round; the {@link #seed()}
 *       only breaks ties and samples candidates.
 * </ul>
 *
 * <p><b>Weights.</b> A possible pair's quality in [0, 1] is the weighted mean of: different
 * arrangement ({@link #crossArrangementWeight()}), different team ({@link #crossTeamWeight()}),
 * and shared working hours, saturating at four hours ({@link #sharedHoursWeight()}). The matching
 * maximises the sum of {@code (0.05 + quality) * (1 + boost(a) + boost(b))}, where a person's
 * boost is {@link #fairnessWeight()} times their average shortfall from a perfect match in earlier
 * rounds (an unmatched round counts as quality 0): people who got poor matches get priority.
 *
 * <p><b>Working hours and time zones.</b> Hours are placed on the time line on {@link
 * #referenceDate()} in each participant's zone, and repeat every 24 hours; the overlap is computed
 * on that fixed date so that the result does not depend on the clock. Around daylight-saving
 * changes the true overlap can differ by the DST shift (usually one hour) from the computed one:
 * set the reference date to the week of the chats when that matters. Hours that do not exist on
 * the reference date (in a DST gap) move forward as {@link java.time.ZonedDateTime#of} does.
 *
 * <p><b>Matching.</b> Candidate pairs come from the complete graph for rounds of up to {@value
 * #DENSE_LIMIT} participants; above that, from a sparse graph: each participant is offered up to
 * {@link #candidatesPerParticipant()} best partners among a seeded sample drawn from buckets of
 * similar working-hour midpoints (within two hours either way) and every work arrangement. The
 * matching is JGraphT's exact maximum-weight matching, Kolmogorov's Blossom V (Kolmogorov 2009,
 * Math. Prog. Comp. 1:43-67), for graphs of up to {@link #exactMatchingLimit()} participants, and
 * JGraphT's greedy matching above that, which is a 1/2-approximation of the maximum weight (Avis
 * 1983): Blossom V needs about 2 s of CPU for a sparse graph of 10,000 vertices and 60,000 edges,
 * the greedy matching well under 0.1 s. People left over (a few percent with the greedy matching)
 * are matched among themselves in a second pass on their complete graph, exactly when there are at
 * most 150 of them.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class PairingScheduler {
  /** Rounds up to this size use the complete graph of candidate pairs. */
  public static final int DENSE_LIMIT = 400;

  private static final PairingScheduler DEFAULTS = ImmutablePairingScheduler.builder().build();

  PairingScheduler() {}

  /** A scheduler with the defaults documented on each setting. */
  public static PairingScheduler withDefaults() {
    return DEFAULTS;
  }

  /** Number of most recent rounds whose groups may not meet again, {@code >= 0}; default 4. */
  @Value.Default
  public int noRepeatRounds() {
    return 4;
  }

  /** Seed for tie-breaking and candidate sampling; default 0. */
  @Value.Default
  public long seed() {
    return 0L;
  }

  /** Least shared working time of a group, positive and at most 24 hours; default 30 minutes. */
  @Value.Default
  public Duration minimumOverlap() {
    return Duration.ofMinutes(30);
  }

  /** Date on which working hours are placed in time; default 2026-01-14. */
  @Value.Default
  public LocalDate referenceDate() {
    return LocalDate.of(2026, 1, 14);
  }

  /** Weight of meeting someone with another work arrangement, {@code >= 0}; default 1.0. */
  @Value.Default
  public double crossArrangementWeight() {
    return 1.0;
  }

  /** Weight of meeting someone from another team, {@code >= 0}; default 0.6. */
  @Value.Default
  public double crossTeamWeight() {
    return 0.6;
  }

  /** Weight of shared working hours (saturating at four hours), {@code >= 0}; default 0.3. */
  @Value.Default
  public double sharedHoursWeight() {
    return 0.3;
  }

  /** How strongly earlier poor matches raise priority, {@code >= 0}; default 0.5. */
  @Value.Default
  public double fairnessWeight() {
    return 0.5;
  }

  /** Candidate partners kept per participant in the sparse graph, {@code >= 2}; default 12. */
  @Value.Default
  public int candidatesPerParticipant() {
    return 12;
  }

  /** Largest round matched exactly (Blossom V), {@code >= 2}; default 2,000. */
  @Value.Default
  public int exactMatchingLimit() {
    return 2_000;
  }

  /**
   * This scheduler with another no-repeat window.
   *
   * @param rounds at least 0
   * @return the new scheduler
   * @throws IllegalArgumentException if {@code rounds < 0}
   */
  public abstract PairingScheduler withNoRepeatRounds(int rounds);

  /**
   * This scheduler with another seed.
   *
   * @param seed any value
   * @return the new scheduler
   */
  public abstract PairingScheduler withSeed(long seed);

  /**
   * This scheduler with another minimum overlap.
   *
   * @param overlap positive, at most 24 hours
   * @return the new scheduler
   * @throws IllegalArgumentException if {@code overlap} is not positive or longer than a day
   */
  public abstract PairingScheduler withMinimumOverlap(Duration overlap);

  /**
   * This scheduler with another reference date.
   *
   * @param date the date on which working hours are placed in time
   * @return the new scheduler
   */
  public abstract PairingScheduler withReferenceDate(LocalDate date);

  /**
   * This scheduler with another cross-arrangement weight.
   *
   * @param weight finite, {@code >= 0}
   * @return the new scheduler
   * @throws IllegalArgumentException if negative or not finite, or all three weights are zero
   */
  public abstract PairingScheduler withCrossArrangementWeight(double weight);

  /**
   * This scheduler with another cross-team weight.
   *
   * @param weight finite, {@code >= 0}
   * @return the new scheduler
   * @throws IllegalArgumentException if negative or not finite, or all three weights are zero
   */
  public abstract PairingScheduler withCrossTeamWeight(double weight);

  /**
   * This scheduler with another shared-hours weight.
   *
   * @param weight finite, {@code >= 0}
   * @return the new scheduler
   * @throws IllegalArgumentException if negative or not finite, or all three weights are zero
   */
  public abstract PairingScheduler withSharedHoursWeight(double weight);

  /**
   * This scheduler with another fairness weight.
   *
   * @param weight finite, {@code >= 0}
   * @return the new scheduler
   * @throws IllegalArgumentException if negative or not finite
   */
  public abstract PairingScheduler withFairnessWeight(double weight);

  /**
   * This scheduler with another number of candidates per participant in the sparse graph.
   *
   * @param candidates at least 2
   * @return the new scheduler
   * @throws IllegalArgumentException if {@code candidates < 2}
   */
  public abstract PairingScheduler withCandidatesPerParticipant(int candidates);

  /**
   * This scheduler with another limit for exact matching.
   *
   * @param participants at least 2
   * @return the new scheduler
   * @throws IllegalArgumentException if {@code participants < 2}
   */
  public abstract PairingScheduler withExactMatchingLimit(int participants);

  @Value.Check
  void check() {
    if (noRepeatRounds() < 0) {
      throw new IllegalArgumentException(
          "noRepeatRounds must be >= 0, but was " + noRepeatRounds());
    }
    if (minimumOverlap().isNegative() || minimumOverlap().isZero()
        || minimumOverlap().compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException(
          "minimumOverlap must be in (0, 24h], but was " + minimumOverlap());
    }
    nonNegative("crossArrangementWeight", crossArrangementWeight());
    nonNegative("crossTeamWeight", crossTeamWeight());
    nonNegative("sharedHoursWeight", sharedHoursWeight());
    nonNegative("fairnessWeight", fairnessWeight());
    if (!(crossArrangementWeight() + crossTeamWeight() + sharedHoursWeight() > 0)) {
      throw new IllegalArgumentException(
          "the sum of crossArrangementWeight, crossTeamWeight and sharedHoursWeight must be > 0, "
              + "but was 0");
    }
    if (candidatesPerParticipant() < 2) {
      throw new IllegalArgumentException(
          "candidatesPerParticipant must be >= 2, but was " + candidatesPerParticipant());
    }
    if (exactMatchingLimit() < 2) {
      throw new IllegalArgumentException(
          "exactMatchingLimit must be >= 2, but was " + exactMatchingLimit());
    }
  }

  private static void nonNegative(String name, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, but was " + value);
    }
  }

  /**
   * Schedules one round.
   *
   * @param participants the opted-in participants of this round, at least two, with distinct ids;
   *     their order does not matter
   * @param history earlier rounds, oldest first; ids that are not participants now are ignored
   * @return the round: groups and unmatched participants with reasons
   * @throws IllegalArgumentException if there are fewer than two participants or two share an id
   */
  public PairingRound schedule(List<Participant> participants, List<PairingRound> history) {
    if (participants.size() < 2) {
      throw new IllegalArgumentException(
          "participants must contain at least 2 people to pair, but had " + participants.size());
    }
    return new PairingEngine(this, participants, ImmutableList.copyOf(history)).run();
  }
}
