package dev.belonging.cli;

import com.google.common.collect.ImmutableList;
import dev.belonging.fairness.OutcomeRecord;
import dev.belonging.instrument.BuiltInInstruments;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.intervention.OrgShape;
import dev.belonging.intervention.Participant;
import dev.belonging.testkit.OrganisationProfile;
import dev.belonging.testkit.Person;
import dev.belonging.testkit.PlantedDisparity;
import dev.belonging.testkit.PlantedEffect;
import dev.belonging.testkit.ResponseSimulator;
import dev.belonging.testkit.SelectionSimulator;
import dev.belonging.testkit.SimulatedWave;
import dev.belonging.testkit.SyntheticDimensions;
import dev.belonging.testkit.SyntheticWorkforce;
import dev.belonging.testkit.WorkforceGenerator;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.TeamHierarchy;
import dev.belonging.workforce.TenureBands;
import dev.belonging.workforce.WorkArrangement;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The demo's synthetic organisation: a workforce from the testkit answering the built-in belonging
 * index in two waves, with gaps planted where practitioners usually find them, so that the demo
 * shows credible gaps, a win, a fairness finding and recommendations. Everything derives from the
 * seed.
 */
final class DemoScenario {
  /** Remote staff feel less connected (latent standard deviations). */
  static final PlantedEffect REMOTE_CONNECTION =
      PlantedEffect.of(Dimension.WORK_ARRANGEMENT, "REMOTE", Construct.CONNECTION, -0.7);
  /** New joiners speak up less. */
  static final PlantedEffect NEW_JOINER_VOICE = PlantedEffect.of(
      Dimension.TENURE, TenureBands.standard().labels().get(0), Construct.VOICE, -0.6);
  /** An appreciation practice for hybrid staff that starts working in the second wave. */
  static final PlantedEffect HYBRID_RECOGNITION_WIN = PlantedEffect.of(
      Dimension.WORK_ARRANGEMENT, "HYBRID", Construct.RECOGNITION, 0.8).fromWave(1);

  /** Promotion rate; remote staff are promoted at 0.3 times that rate (planted). */
  static final double PROMOTION_RATE = 0.18;
  static final PlantedDisparity REMOTE_PROMOTIONS =
      PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.3);
  /** Share of people who opt in to coffee-chat pairing. */
  static final double PAIRING_OPT_IN = 0.35;

  static final String PREVIOUS_WAVE = "2026-q2";
  static final String CURRENT_WAVE = "2026-q4";

  private final OrganisationProfile profile;
  private final int size;
  private final long seed;

  private DemoScenario(OrganisationProfile profile, int size, long seed) {
    this.profile = profile;
    this.size = size;
    this.seed = seed;
  }

  static DemoScenario of(OrganisationProfile profile, int size, long seed) {
    if (!(size >= profile.minHeadcount() && size <= profile.maxHeadcount())) {
      throw new IllegalArgumentException("size must be in [" + profile.minHeadcount() + ", "
          + profile.maxHeadcount() + "] for profile " + profile + ", but was " + size);
    }
    return new DemoScenario(profile, size, seed);
  }

  OrganisationProfile profile() {
    return profile;
  }

  int size() {
    return size;
  }

  long seed() {
    return seed;
  }

  Instrument instrument() {
    return BuiltInInstruments.belongingIndex();
  }

  SyntheticWorkforce workforce() {
    return WorkforceGenerator.of(profile).withHeadcount(size).withDemographics(true)
        .generate(seed);
  }

  /**
   * The workforce as the survey sees it: each person's team is their department (the team's
   * ancestor at the first level below the organisation). Reporting on the lowest-level teams of
   * a few people each would suppress nearly all of them, and the exact disclosure check is slow
   * on such reports (README, "Disaggregation", known limit).
   */
  static SyntheticWorkforce byDepartment(SyntheticWorkforce workforce) {
    TeamHierarchy hierarchy = workforce.hierarchy();
    List<Person> people = new ArrayList<>(workforce.size());
    for (Person person : workforce.people()) {
      Optional<String> team = person.attributes().get(Dimension.TEAM);
      if (team.isEmpty()) {
        people.add(person);
        continue;
      }
      String department = team.get();
      for (String ancestor : hierarchy.ancestors(team.get())) {
        if (hierarchy.level(ancestor) == 1) {
          department = ancestor;
        }
      }
      people.add(person.withAttributes(person.attributes().with(Dimension.TEAM, department)));
    }
    return SyntheticWorkforce.of(hierarchy, people, workforce.tenureBands());
  }

  ResponseSimulator simulator() {
    return ResponseSimulator.of(instrument())
        .withEffect(REMOTE_CONNECTION)
        .withEffect(NEW_JOINER_VOICE)
        .withEffect(HYBRID_RECOGNITION_WIN)
        .withResponseRate(0.82)
        .withResponseRate(Dimension.WORK_ARRANGEMENT, "FRONTLINE_SHIFT", 0.55);
  }

  /** The earlier wave (ordinal 0) and the current wave (ordinal 1) of the same people. */
  ImmutableList<SimulatedWave> waves(SyntheticWorkforce workforce) {
    ResponseSimulator simulator = simulator();
    return ImmutableList.of(
        simulator.simulate(workforce, PREVIOUS_WAVE, 0, seed),
        simulator.simulate(workforce, CURRENT_WAVE, 1, seed));
  }

  /** This year's promotion decisions, one per person, with the planted disparity. */
  ImmutableList<OutcomeRecord> promotions(SyntheticWorkforce workforce) {
    return SelectionSimulator.withDefaults().withRate(PROMOTION_RATE)
        .withDisparity(REMOTE_PROMOTIONS).records(workforce, seed ^ 0x5EED_F00DL);
  }

  /** The people who opted in to coffee chats, with their working hours. */
  ImmutableList<Participant> participants(SyntheticWorkforce workforce) {
    SplittableRandom random = new SplittableRandom(seed ^ 0xC0FFEEL);
    List<Participant> participants = new ArrayList<>();
    for (Person person : workforce.people()) {
      if (random.nextDouble() >= PAIRING_OPT_IN) {
        continue;
      }
      participants.add(participant(person));
    }
    return ImmutableList.copyOf(participants);
  }

  static Participant participant(Person person) {
    WorkArrangement arrangement = person.attributes().get(Dimension.WORK_ARRANGEMENT)
        .map(WorkArrangement::valueOf).orElse(WorkArrangement.OFFICE);
    String zone = person.attributes().get(Dimension.LOCATION).orElse("UTC");
    LocalTime start = LocalTime.of(9, 0);
    LocalTime end = LocalTime.of(17, 0);
    String shift = person.attributes().get(SyntheticDimensions.SHIFT).orElse("");
    if (shift.equals("early")) {
      start = LocalTime.of(6, 0);
      end = LocalTime.of(14, 0);
    } else if (shift.equals("late")) {
      start = LocalTime.of(14, 0);
      end = LocalTime.of(22, 0);
    } else if (shift.equals("night")) {
      start = LocalTime.of(22, 0);
      end = LocalTime.of(6, 0);
    }
    return Participant.of(person.id(), arrangement, person.team().orElse("unassigned"), zone,
        start, end);
  }

  /** The organisation's declared shapes for the recommender (size-based ones are implied). */
  OrgShape[] shapes() {
    switch (profile) {
      case REMOTE_FIRST:
        return new OrgShape[] {OrgShape.REMOTE_FIRST};
      case FRONTLINE:
        return new OrgShape[] {OrgShape.FRONTLINE_SHIFT};
      default:
        return new OrgShape[0];
    }
  }
}
