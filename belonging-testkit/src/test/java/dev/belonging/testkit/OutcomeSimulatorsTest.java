package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import dev.belonging.fairness.AdverseImpact;
import dev.belonging.fairness.Meeting;
import dev.belonging.fairness.MeetingVoice;
import dev.belonging.fairness.OutcomeRecord;
import dev.belonging.fairness.RecognitionRecord;
import dev.belonging.fairness.VoiceEquity;
import dev.belonging.workforce.Dimension;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OutcomeSimulatorsTest {
  private static final PlantedDisparity REMOTE_SIX_TENTHS =
      PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.6);

  private static SyntheticWorkforce org;

  @BeforeAll
  static void generate() {
    org = WorkforceGenerator.of(OrganisationProfile.REMOTE_FIRST).withHeadcount(20_000)
        .generate(5);
  }

  @Test
  void selection_sameSeed_sameRecords_otherSeed_otherRecords() {
    SelectionSimulator simulator = SelectionSimulator.withDefaults().withDisparity(REMOTE_SIX_TENTHS);
    assertThat(simulator.records(org, 1)).isEqualTo(simulator.records(org, 1));
    assertThat(simulator.records(org, 1)).isNotEqualTo(simulator.records(org, 2));
    assertThat(simulator.records(org.people().stream(), 1).collect(ImmutableList.toImmutableList()))
        .isEqualTo(simulator.records(org, 1));
  }

  @Test
  void selection_ratesPerGroup_matchPlantedProbabilitiesWithinBinomialTolerance() {
    SelectionSimulator simulator = SelectionSimulator.withDefaults().withRate(0.25)
        .withDisparity(REMOTE_SIX_TENTHS);
    ImmutableList<OutcomeRecord> records = simulator.records(org, 3);
    for (String arrangement : List.of("REMOTE", "HYBRID", "OFFICE")) {
      int n = 0;
      int selected = 0;
      for (OutcomeRecord r : records) {
        if (r.attributes().get(Dimension.WORK_ARRANGEMENT).orElseThrow().equals(arrangement)) {
          n++;
          selected += r.selected() ? 1 : 0;
        }
      }
      double expected = arrangement.equals("REMOTE") ? 0.15 : 0.25;
      assertThat((double) selected / n)
          .isWithin(Statistics.binomialTolerance(expected, n)).of(expected);
    }
  }

  @Test
  void selection_probability_multipliesRatiosAndCapsAtOne() {
    Person remote = org.with(Dimension.WORK_ARRANGEMENT, "REMOTE").get(0);
    Person office = org.with(Dimension.WORK_ARRANGEMENT, "OFFICE").get(0);
    SelectionSimulator simulator = SelectionSimulator.withDefaults().withRate(0.5)
        .withDisparity(REMOTE_SIX_TENTHS)
        .withDisparity(PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.5));
    assertThat(simulator.probability(remote)).isWithin(1e-15).of(0.15);
    assertThat(simulator.probability(office)).isEqualTo(0.5);
    assertThat(SelectionSimulator.withDefaults().withRate(0.5)
        .withDisparity(PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 3))
        .probability(remote)).isEqualTo(1.0);
  }

  @Test
  void selection_withStrata_recordsCarryLocation_andAdverseImpactPools() {
    ImmutableList<OutcomeRecord> records = SelectionSimulator.withDefaults()
        .withStrata(Dimension.LOCATION).records(org, 4);
    for (int i = 0; i < records.size(); i++) {
      assertThat(records.get(i).stratum())
          .isEqualTo(org.people().get(i).attributes().get(Dimension.LOCATION));
    }
    assertThat(AdverseImpact.withDefaults().testRecords(Dimension.WORK_ARRANGEMENT, records)
        .group("REMOTE").orElseThrow().value().pooled()).isPresent();
  }

  @Test
  void recognition_eventsPerGroup_matchPlantedRatesWithinPoissonTolerance() {
    RecognitionSimulator simulator = RecognitionSimulator.withDefaults().withRate(0.3)
        .withPeriods(6).withDisparity(PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE",
            0.7));
    ImmutableList<RecognitionRecord> records = simulator.records(org, 6);
    for (String arrangement : List.of("REMOTE", "HYBRID")) {
      double exposure = 0;
      long events = 0;
      for (int i = 0; i < records.size(); i++) {
        RecognitionRecord r = records.get(i);
        if (r.attributes().get(Dimension.WORK_ARRANGEMENT).orElseThrow().equals(arrangement)) {
          assertThat(r.periods())
              .isEqualTo(Math.min(6, org.people().get(i).tenureMonths() + 1));
          exposure += r.periods();
          events += r.events();
        }
      }
      double rate = arrangement.equals("REMOTE") ? 0.21 : 0.3;
      double expected = rate * exposure;
      // Poisson: the variance equals the mean.
      assertThat((double) events).isWithin(Statistics.Z * Math.sqrt(expected)).of(expected);
    }
    assertThat(simulator.records(org, 6)).isEqualTo(records);
  }

  @Test
  void poisson_largeMean_matchesMeanAndVariance() {
    // Means above one chunk (30) are sums of chunks; mean 75 over 20,000 draws.
    java.util.random.RandomGenerator random = SeededRandom.of(9);
    int n = 20_000;
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      long k = Poisson.sample(random, 75);
      sum += k;
      squares += (double) k * k;
    }
    double mean = sum / n;
    assertThat(mean).isWithin(Statistics.meanTolerance(Math.sqrt(75), n)).of(75);
    // The sample variance of n draws has variance about (mu4 - sigma^4) / n; for a Poisson of
    // mean m, mu4 = m (1 + 3 m) and sigma^4 = m^2, so (m + 2 m^2) / n.
    assertThat(squares / n - mean * mean)
        .isWithin(Statistics.Z * Math.sqrt((75 + 2.0 * 75 * 75) / n)).of(75);
    assertThat(Poisson.sample(random, 0)).isEqualTo(0);
  }

  @Test
  void meetings_haveSizesTopicsAndAttendeesFromTheWorkforce() {
    MeetingSimulator simulator = MeetingSimulator.withDefaults().withMeetings(50)
        .withAttendees(3, 5).withTopics(2).withMeanTurns(4);
    ImmutableList<Meeting> meetings = simulator.meetings(org, Dimension.WORK_ARRANGEMENT, 8);
    assertThat(meetings).hasSize(50);
    Set<String> ids = new HashSet<>();
    org.people().forEach(p -> ids.add(p.id()));
    Set<Integer> sizes = new HashSet<>();
    for (Meeting meeting : meetings) {
      sizes.add(meeting.attendees().size());
      assertThat(meeting.topics()).hasSize(2);
      meeting.attendees().forEach(a -> assertThat(ids).contains(a.id()));
    }
    assertThat(sizes).containsExactly(3, 4, 5);
    assertThat(simulator.meetings(org, Dimension.WORK_ARRANGEMENT, 8)).isEqualTo(meetings);
    assertThat(simulator.meetings(org, Dimension.WORK_ARRANGEMENT, 9)).isNotEqualTo(meetings);
  }

  @Test
  void meetings_smallPool_everyoneAttends() {
    SyntheticWorkforce small = WorkforceGenerator.of(OrganisationProfile.SMALL_TEAM)
        .withHeadcount(3).generate(1);
    ImmutableList<Meeting> meetings = MeetingSimulator.withDefaults().withMeetings(2)
        .meetings(small, Dimension.WORK_ARRANGEMENT, 1);
    assertThat(meetings.get(0).attendees()).hasSize(3);
  }

  @Test
  void meetings_firstVoiceRateOne_everyTopicOpensWithAMostJuniorAttendee() {
    MeetingVoice voice = VoiceEquity.withDefaults().test(Dimension.WORK_ARRANGEMENT,
        MeetingSimulator.withDefaults().withFirstVoiceRate(1)
            .meetings(org, Dimension.WORK_ARRANGEMENT, 10))
        .overall().value();
    assertThat(voice.topicsWithTurns()).isGreaterThan(100);
    assertThat(voice.firstVoiceTopics()).isEqualTo(voice.topicsWithTurns());
  }

  @Test
  void meetings_zeroWeightGroup_neverSpeaks() {
    ImmutableList<Meeting> meetings = MeetingSimulator.withDefaults()
        .withDisparity(PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0))
        .meetings(org, Dimension.WORK_ARRANGEMENT, 11);
    assertThat(VoiceEquity.withDefaults().test(Dimension.WORK_ARRANGEMENT, meetings)
        .group("REMOTE").orElseThrow().value().turns()).isEqualTo(0);
  }

  @Test
  void seniority_ranksRolesOfTheProfiles() {
    assertThat(MeetingSimulator.seniority("individual_contributor")).isEqualTo(0);
    assertThat(MeetingSimulator.seniority("associate")).isEqualTo(0);
    assertThat(MeetingSimulator.seniority("shift_lead")).isEqualTo(1);
    assertThat(MeetingSimulator.seniority("site_manager")).isEqualTo(2);
    assertThat(MeetingSimulator.seniority("director")).isEqualTo(3);
    assertThat(MeetingSimulator.seniority("executive")).isEqualTo(4);
  }

  @Test
  void invalidSettings_throwNamingTheSetting() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SelectionSimulator.withDefaults().withRate(1.5));
    assertThat(e).hasMessageThat().isEqualTo("rate must be in [0, 1], but was 1.5");
    assertThrows(IllegalArgumentException.class,
        () -> SelectionSimulator.withDefaults().withRate(Double.NaN));
    e = assertThrows(IllegalArgumentException.class,
        () -> PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", -0.1));
    assertThat(e).hasMessageThat().isEqualTo("ratio must be in [0, 10.0], but was -0.1");
    assertThrows(IllegalArgumentException.class,
        () -> PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, " ", 0.5));
    assertThrows(IllegalArgumentException.class,
        () -> RecognitionSimulator.withDefaults().withPeriods(0));
    assertThrows(IllegalArgumentException.class,
        () -> RecognitionSimulator.withDefaults().withRate(Double.POSITIVE_INFINITY));
    e = assertThrows(IllegalArgumentException.class,
        () -> MeetingSimulator.withDefaults().withAttendees(5, 4));
    assertThat(e).hasMessageThat()
        .isEqualTo("maximum attendees must be in [5, 100000], but was 4");
    assertThrows(IllegalArgumentException.class,
        () -> MeetingSimulator.withDefaults().withFirstVoiceRate(-1));
    assertThrows(IllegalArgumentException.class,
        () -> MeetingSimulator.withDefaults().meetings(org, Dimension.of("nobody"), 1));
  }

  @Test
  void values_equalByConfiguration_andToStringHidesSubgroupValues() {
    new EqualsTester()
        .addEqualityGroup(REMOTE_SIX_TENTHS,
            PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.6))
        .addEqualityGroup(PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "OFFICE", 0.6))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SelectionSimulator.withDefaults(),
            SelectionSimulator.withDefaults().withRate(0.2))
        .addEqualityGroup(SelectionSimulator.withDefaults().withDisparity(REMOTE_SIX_TENTHS))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RecognitionSimulator.withDefaults(),
            RecognitionSimulator.withDefaults().withPeriods(12))
        .addEqualityGroup(RecognitionSimulator.withDefaults().withRate(1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(MeetingSimulator.withDefaults(),
            MeetingSimulator.withDefaults().withMeetings(40))
        .addEqualityGroup(MeetingSimulator.withDefaults().withTopics(4))
        .testEquals();
    assertThat(REMOTE_SIX_TENTHS.toString()).doesNotContain("REMOTE");
    assertThat(SelectionSimulator.withDefaults().withDisparity(REMOTE_SIX_TENTHS).toString())
        .doesNotContain("REMOTE");
  }
}
