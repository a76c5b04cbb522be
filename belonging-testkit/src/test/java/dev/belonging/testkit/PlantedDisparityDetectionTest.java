package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import dev.belonging.fairness.AdverseImpact;
import dev.belonging.fairness.AdverseImpactResult;
import dev.belonging.fairness.DisparityVerdict;
import dev.belonging.fairness.GroupResult;
import dev.belonging.fairness.GroupVoice;
import dev.belonging.fairness.Meeting;
import dev.belonging.fairness.RecognitionEquity;
import dev.belonging.fairness.RecognitionResult;
import dev.belonging.fairness.VoiceEquity;
import dev.belonging.fairness.VoiceResult;
import dev.belonging.workforce.Dimension;
import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fairness checks find a large planted disparity at a realistic size and stay quiet when none
 * is planted, over fixed seeds of the outcome simulators.
 *
 * <p><b>How the bounds are derived.</b> Each seed is an independent trial, so the number of seeds
 * on which a check fires is binomial. Detection: where the per-seed power is at least {@link
 * #POWER} (derived in each test from the normal approximation), the number of detecting seeds is
 * stochastically at least Binomial({@link #SEEDS}, {@code POWER}), so requiring at least its
 * {@link #RISK} quantile fails a correct implementation with probability below {@code RISK}. No
 * disparity: with two groups, the exact test (Fisher's, or the conditional binomial test of
 * {@code poisson.test}) rejects equal rates with probability at most alpha = 0.05 at every
 * sample size, so the number of seeds with a supported flag is stochastically at most
 * Binomial({@code SEEDS}, 0.05), and allowing up to its {@code 1 - RISK} quantile fails a correct
 * implementation with probability below {@code RISK}. The seeds are fixed, so the test is
 * deterministic; the bounds say it would pass for almost any other seeds too.
 */
class PlantedDisparityDetectionTest {
  private static final int SEEDS = 40;
  private static final double POWER = 0.99;
  private static final double RISK = 0.001;
  private static final double ALPHA = 0.05;
  /** A two-group split of the same people, for the exact no-disparity bound. */
  private static final Dimension REMOTE = Dimension.of("remote");

  /** About 500 remote, 2,000 office, 1,900 hybrid and 600 frontline people. */
  private static SyntheticWorkforce org;
  /** The same people with {@link #REMOTE} = yes / no. */
  private static SyntheticWorkforce split;

  @BeforeAll
  static void generate() {
    org = WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION).withHeadcount(5_000)
        .generate(2026);
    split = org.withPeople(org.people().stream()
        .map(p -> p.withAttributes(p.attributes().with(REMOTE,
            p.attributes().get(Dimension.WORK_ARRANGEMENT).orElseThrow().equals("REMOTE")
                ? "yes" : "no")))
        .collect(ImmutableList.toImmutableList()));
    assertThat(org.headcounts(Dimension.WORK_ARRANGEMENT).get("REMOTE")).isAtLeast(400);
  }

  private static int leastDetections() {
    return BinomialDistribution.of(SEEDS, POWER).inverseCumulativeProbability(RISK);
  }

  private static int mostFalseAlarms() {
    return BinomialDistribution.of(SEEDS, ALPHA).inverseCumulativeProbability(1 - RISK);
  }

  /**
   * Remote staff promoted at 0.6 times the rate (0.24 against 0.4). Power per seed: Fisher's test
   * of 0.24 of 500 against 0.4 of 2,000 is about 6.6 standard errors from equality (pooled SE
   * 0.024), and the four-fifths flag needs the ratio's log below log 0.8, 0.29 above log 0.6, with
   * SE sqrt(0.76 / 120 + 0.6 / 800) = 0.084, 3.4 SE: a miss has probability below 0.001.
   */
  @Test
  void adverseImpact_remotePromotedAtSixTenths_flaggedAndSupported() {
    SelectionSimulator promotions = SelectionSimulator.withDefaults().withRate(0.4)
        .withDisparity(PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.6));
    int detected = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      AdverseImpactResult result = AdverseImpact.withDefaults()
          .testRecords(Dimension.WORK_ARRANGEMENT, promotions.records(org, seed));
      detected += result.group("REMOTE").orElseThrow().value().verdict()
          == DisparityVerdict.FLAGGED_AND_SUPPORTED ? 1 : 0;
    }
    assertThat(detected).isAtLeast(leastDetections());
  }

  @Test
  void adverseImpact_noDisparity_supportedFlagsAtMostAlpha() {
    SelectionSimulator promotions = SelectionSimulator.withDefaults().withRate(0.4);
    int alarms = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      AdverseImpactResult result =
          AdverseImpact.withDefaults().testRecords(REMOTE, promotions.records(split, seed));
      alarms += countSupported(result.groups()
          .stream().map(g -> g.value().verdict()).collect(ImmutableList.toImmutableList()));
    }
    assertThat(alarms).isAtMost(mostFalseAlarms());
  }

  /**
   * Remote staff recognised at 0.5 times the rate (0.25 against 0.5 events per month over 12
   * months). About 500 remote people observed about 11 months each expect 1,400 events against
   * 11,000 for office staff: the log rate ratio, log 0.5, has SE sqrt(1 / 1,400 + 1 / 11,000) =
   * 0.028, so the ratio's distance to the 0.8 threshold is 17 SE and the exact test's p-value is
   * far below 0.05: a miss has probability far below 0.001.
   */
  @Test
  void recognitionEquity_remoteRecognisedAtHalf_flaggedAndSupported() {
    RecognitionSimulator recognition = RecognitionSimulator.withDefaults()
        .withDisparity(PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.5));
    int detected = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      RecognitionResult result = RecognitionEquity.withDefaults()
          .testRecords(Dimension.WORK_ARRANGEMENT, recognition.records(org, seed));
      detected += result.group("REMOTE").orElseThrow().value().verdict()
          == DisparityVerdict.FLAGGED_AND_SUPPORTED ? 1 : 0;
    }
    assertThat(detected).isAtLeast(leastDetections());
  }

  /**
   * Recognised at 0.7 times the rate, the example, at a realistic size: detected (the
   * ratio is below 0.8) on at least the lower bound of seeds. Per seed the log ratio, log 0.7, has
   * SE sqrt(1 / 1,900 + 1 / 11,000) = 0.025 (about 1,900 remote events), so it lies 5.4 SE below
   * log 0.8, and the exact test's p-value is far below 0.05: power above 0.99.
   */
  @Test
  void recognitionEquity_remoteRecognisedAtSevenTenths_flaggedAndSupported() {
    RecognitionSimulator recognition = RecognitionSimulator.withDefaults()
        .withDisparity(PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.7));
    int detected = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      detected += RecognitionEquity.withDefaults()
          .testRecords(Dimension.WORK_ARRANGEMENT, recognition.records(org, seed))
          .group("REMOTE").orElseThrow().value().verdict()
          == DisparityVerdict.FLAGGED_AND_SUPPORTED ? 1 : 0;
    }
    assertThat(detected).isAtLeast(leastDetections());
  }

  @Test
  void recognitionEquity_noDisparity_supportedFlagsAtMostAlpha() {
    int alarms = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      RecognitionResult result = RecognitionEquity.withDefaults()
          .testRecords(REMOTE, RecognitionSimulator.withDefaults().records(split, seed));
      alarms += countSupported(result.groups()
          .stream().map(g -> g.value().verdict()).collect(ImmutableList.toImmutableList()));
    }
    assertThat(alarms).isAtMost(mostFalseAlarms());
  }

  /**
   * Remote staff speak at half the weight of others. With 200 meetings of about 7 people drawn
   * from the organisation (remote share 0.1) and 3,600 turns, remote attendances expect a turn
   * share of 0.1 x 0.5 / (0.1 x 0.5 + 0.9) = 0.053 against an attendance share of 0.1: a
   * representation ratio of 0.53 with SE about 0.04, so a ratio of 0.8 or more (the detection
   * threshold, as for recognition) is 6 SE away.
   */
  @Test
  void voiceEquity_remoteSpeakAtHalfWeight_representationRatioBelowFourFifths() {
    MeetingSimulator meetings = MeetingSimulator.withDefaults().withMeetings(200)
        .withDisparity(PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.5));
    int detected = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      VoiceResult result = VoiceEquity.withDefaults().test(Dimension.WORK_ARRANGEMENT,
          meetings.meetings(org, Dimension.WORK_ARRANGEMENT, seed));
      detected += result.group("REMOTE").orElseThrow().value().representationRatio()
          .getAsDouble() < 0.8 ? 1 : 0;
    }
    assertThat(detected).isAtLeast(leastDetections());
  }

  /**
   * Without a disparity every turn goes to an attendee of its meeting uniformly, so given the
   * turns per meeting, a group's turns are a sum of independent binomials: meeting m with T_m
   * turns and a share s_m of the group among its attendees contributes mean T_m s_m and variance
   * T_m s_m (1 - s_m). Each group's turns must lie within {@link Statistics#Z} standard errors of
   * that mean.
   */
  @Test
  void voiceEquity_noDisparity_turnsMatchAttendanceWithinBinomialTolerance() {
    for (long seed = 0; seed < 10; seed++) {
      List<Meeting> meetings = MeetingSimulator.withDefaults().withMeetings(200)
          .meetings(org, Dimension.WORK_ARRANGEMENT, seed);
      VoiceResult result = VoiceEquity.withDefaults().test(Dimension.WORK_ARRANGEMENT, meetings);
      for (GroupResult<GroupVoice> group : result.groups()) {
        double mean = 0;
        double variance = 0;
        for (Meeting meeting : meetings) {
          long turns = meeting.topics().stream().mapToLong(List::size).sum();
          double share = meeting.attendees().stream()
              .filter(a -> a.group().equals(group.group())).count()
              / (double) meeting.attendees().size();
          mean += turns * share;
          variance += turns * share * (1 - share);
        }
        assertThat((double) group.value().turns())
            .isWithin(Statistics.Z * Math.sqrt(variance)).of(mean);
      }
    }
  }

  private static int countSupported(List<DisparityVerdict> verdicts) {
    return verdicts.contains(DisparityVerdict.FLAGGED_AND_SUPPORTED) ? 1 : 0;
  }
}
