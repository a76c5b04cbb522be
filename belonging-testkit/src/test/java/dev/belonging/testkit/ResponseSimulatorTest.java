package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Dimension;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResponseSimulatorTest {
  /** About 3,000 remote people: a 0.5 SD effect is then ten standard errors wide. */
  private static final int PEOPLE = 30_000;
  private static final PlantedEffect REMOTE_CONNECTION =
      PlantedEffect.of(Dimension.WORK_ARRANGEMENT, "REMOTE", Construct.CONNECTION, -0.5);
  private static final List<String[]> PROBIT = Statistics.referenceRows("ordinal_probit.csv");

  private static SyntheticWorkforce large;
  private static SimulatedWave planted;

  @BeforeAll
  static void simulateOnce() {
    large = WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
        .withHeadcount(PEOPLE).generate(21);
    planted = ResponseSimulator.of(TestInstruments.SMALL).withResponseRate(1)
        .withMissingRate(0).withEffect(REMOTE_CONNECTION).simulate(large, "w0", 0, 22);
  }

  /** The scipy reference: mean and favorable share for a scale, leniency 0.5, loading 0.8. */
  private static double[] reference(int min, int points, double effect) {
    for (String[] row : PROBIT) {
      if (Integer.parseInt(row[0]) == min && Integer.parseInt(row[1]) == points
          && Double.parseDouble(row[2]) == 0.5 && Double.parseDouble(row[3]) == 0.8
          && Double.parseDouble(row[4]) == effect) {
        return new double[] {Double.parseDouble(row[5]), Double.parseDouble(row[6])};
      }
    }
    throw new IllegalStateException("no reference row");
  }

  private static double[] points(SimulatedWave wave, String item, Predicate<Response> who,
      boolean keyed) {
    return wave.wave().responses().stream().filter(who)
        .filter(r -> r.answers().containsKey(item))
        .mapToDouble(r -> {
          int point = r.answers().get(item);
          return keyed ? TestInstruments.SMALL.item(item).orElseThrow().keyed(point) : point;
        })
        .toArray();
  }

  private static Predicate<Response> remote(boolean remote) {
    return r -> r.attributes().get(Dimension.WORK_ARRANGEMENT).orElseThrow().equals("REMOTE")
        == remote;
  }

  private static void assertMean(double[] values, double expected) {
    double mean = Statistics.mean(values);
    double variance = 0;
    for (double v : values) {
      variance += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(variance / (values.length - 1));
    assertThat(mean).isWithin(Statistics.meanTolerance(sd, values.length)).of(expected);
  }

  @Test
  void plantedEffect_shiftsGroupMeansToTheOrdinalProbitExpectation() {
    double[] remote = points(planted, "connection.known", remote(true), false);
    double[] others = points(planted, "connection.known", remote(false), false);
    assertThat(remote.length).isGreaterThan(2500);
    assertMean(remote, reference(1, 5, -0.5)[0]);
    assertMean(others, reference(1, 5, 0.0)[0]);
    // The difference of means is visible: well over its tolerance.
    double difference = Statistics.mean(others) - Statistics.mean(remote);
    double expected = reference(1, 5, 0.0)[0] - reference(1, 5, -0.5)[0];
    assertThat(difference)
        .isWithin(Statistics.Z * Math.sqrt(1.5 / remote.length + 1.5 / others.length))
        .of(expected);
  }

  @Test
  void plantedEffect_favorableShareMatchesReference() {
    double[] remote = points(planted, "connection.known", remote(true), false);
    double favorable = reference(1, 5, -0.5)[1];
    long top = java.util.Arrays.stream(remote).filter(p -> p >= 4).count();
    assertThat(top / (double) remote.length)
        .isWithin(Statistics.binomialTolerance(favorable, remote.length)).of(favorable);
  }

  @Test
  void reverseKeyedItem_keyedScoresFollowTheConstruct_rawScoresAreReversed() {
    double[] keyed = points(planted, "connection.left-out", remote(true), true);
    double[] raw = points(planted, "connection.left-out", remote(true), false);
    assertMean(keyed, reference(1, 5, -0.5)[0]);
    assertMean(raw, 6 - reference(1, 5, -0.5)[0]);
  }

  @Test
  void plantedEffect_leavesOtherConstructsAlone() {
    assertMean(points(planted, "voice.disagree", remote(true), false), reference(1, 5, 0.0)[0]);
    assertMean(points(planted, "belonging.recommend", remote(true), false),
        reference(0, 11, 0.0)[0]);
  }

  @Test
  void latentLevels_correlateThroughTheGeneralFactor() {
    ResponseSimulator simulator = ResponseSimulator.of(TestInstruments.SMALL);
    int n = 20_000;
    double[] voice = new double[n];
    double[] connection = new double[n];
    for (int i = 0; i < n; i++) {
      Person person = large.people().get(i);
      voice[i] = simulator.latentLevel(person, Construct.VOICE, 0, 5);
      connection[i] = simulator.latentLevel(person, Construct.CONNECTION, 0, 5);
    }
    double expected = 0.7 * 0.7;
    // Fisher's z of a correlation has standard error 1 / sqrt(n - 3).
    assertThat(atanh(Statistics.correlation(voice, connection)))
        .isWithin(Statistics.Z / Math.sqrt(n - 3)).of(atanh(expected));
    assertMean(voice, 0);
  }

  private static double atanh(double r) {
    return 0.5 * Math.log((1 + r) / (1 - r));
  }

  @Test
  void latentLevel_includesPlantedEffect_fromItsWaveOn() {
    Person remote = large.with(Dimension.WORK_ARRANGEMENT, "REMOTE").get(0);
    ResponseSimulator plain = ResponseSimulator.of(TestInstruments.SMALL);
    ResponseSimulator trial = plain.withEffect(REMOTE_CONNECTION.fromWave(2));
    double base = plain.latentLevel(remote, Construct.CONNECTION, 1, 9);
    assertThat(trial.latentLevel(remote, Construct.CONNECTION, 1, 9)).isEqualTo(base);
    assertThat(trial.latentLevel(remote, Construct.CONNECTION, 2, 9)).isWithin(1e-12)
        .of(base - 0.5);
    // The same person keeps the same level across waves.
    assertThat(plain.latentLevel(remote, Construct.CONNECTION, 5, 9)).isEqualTo(base);
  }

  @Test
  void nonResponse_bySubgroup_matchesRates() {
    SimulatedWave wave = ResponseSimulator.of(TestInstruments.SMALL).withResponseRate(0.8)
        .withResponseRate(Dimension.WORK_ARRANGEMENT, "FRONTLINE_SHIFT", 0.5)
        .simulate(large, "w", 0, 3);
    checkRate(wave, "FRONTLINE_SHIFT", 0.5);
    checkRate(wave, "OFFICE", 0.8);
  }

  private static void checkRate(SimulatedWave wave, String arrangement, double expected) {
    int invited = wave.workforce().with(Dimension.WORK_ARRANGEMENT, arrangement).size();
    long answered = wave.wave().responses().stream()
        .filter(r -> r.attributes().get(Dimension.WORK_ARRANGEMENT).orElseThrow()
            .equals(arrangement))
        .count();
    assertThat(answered / (double) invited)
        .isWithin(Statistics.binomialTolerance(expected, invited)).of(expected);
  }

  @Test
  void missingAnswers_completelyAtRandomAndBySubgroup_matchRates() {
    SimulatedWave wave = ResponseSimulator.of(TestInstruments.SMALL).withResponseRate(1)
        .withMissingRate(0.1).withMissingRate(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.3)
        .simulate(large, "w", 0, 4);
    checkMissing(wave, remote(false), 0.1);
    checkMissing(wave, remote(true), 0.3);
  }

  private static void checkMissing(SimulatedWave wave, Predicate<Response> who, double expected) {
    int closedItems = 4;
    List<Response> group = wave.wave().responses().stream().filter(who)
        .collect(ImmutableList.toImmutableList());
    int asked = group.size() * closedItems;
    int missing = asked - group.stream().mapToInt(r -> r.answers().size()).sum();
    assertThat(missing / (double) asked)
        .isWithin(Statistics.binomialTolerance(expected, asked)).of(expected);
  }

  @Test
  void comments_appearAtTheCommentRate_andAreBlandText() {
    SimulatedWave wave = ResponseSimulator.of(TestInstruments.SMALL).withCommentRate(0.25)
        .simulate(large.withPeople(large.people().subList(0, 10_000)), "w", 0, 6);
    int respondents = wave.wave().responses().size();
    List<String> comments = wave.wave().responses().stream()
        .flatMap(r -> r.comments().values().stream()).collect(ImmutableList.toImmutableList());
    assertThat(comments.size() / (double) respondents)
        .isWithin(Statistics.binomialTolerance(0.25, respondents)).of(0.25);
    for (String comment : comments) {
      assertThat(comment).matches("[A-Z][a-z ,]+\\.");
    }
    assertThat(wave.wave().responses().stream()
        .allMatch(r -> r.comments().keySet().stream().allMatch("belonging.comment"::equals)))
        .isTrue();
  }

  @Test
  void simulate_sameSeed_sameWave_otherSeedOtherAnswers() {
    SyntheticWorkforce workforce = WorkforceGenerator.of(OrganisationProfile.SCALE_UP).generate(1);
    ResponseSimulator simulator = ResponseSimulator.of(TestInstruments.SMALL);
    assertThat(simulator.simulate(workforce, "w", 0, 1))
        .isEqualTo(simulator.simulate(workforce, "w", 0, 1));
    assertThat(simulator.simulate(workforce, "w", 0, 1))
        .isNotEqualTo(simulator.simulate(workforce, "w", 0, 2));
  }

  @Test
  void responses_streamed_equalSimulatedWave() {
    WorkforceGenerator generator = WorkforceGenerator.of(OrganisationProfile.FRONTLINE);
    ResponseSimulator simulator = ResponseSimulator.of(TestInstruments.SMALL)
        .withEffect(REMOTE_CONNECTION);
    assertThat(simulator.responses(generator.people(3), 1, 4)
            .collect(ImmutableList.toImmutableList()))
        .isEqualTo(simulator.simulate(generator.generate(3), "w", 1, 4).wave().responses());
  }

  /** 200,000 streamed respondents are simulated and counted without being collected. */
  @Test
  void responses_streamedFromLargeOrganisation_countWithoutCollecting() {
    int[] respondents = {0};
    int[] answers = {0};
    ResponseSimulator.of(TestInstruments.SMALL)
        .responses(WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
            .withHeadcount(200_000).people(8), 0, 8)
        .forEach(r -> {
          respondents[0]++;
          answers[0] += r.answers().size();
        });
    assertThat(respondents[0] / 200_000.0)
        .isWithin(Statistics.binomialTolerance(0.8, 200_000)).of(0.8);
    assertThat(answers[0]).isGreaterThan(respondents[0] * 3);
  }

  @Test
  void responseIds_arePersonIds_andToStringHidesThem() {
    SimulatedWave wave = ResponseSimulator.of(TestInstruments.SMALL)
        .simulate(WorkforceGenerator.of(OrganisationProfile.SMALL_TEAM).generate(1), "w", 0, 1);
    Response first = wave.wave().responses().get(0);
    assertThat(first.respondentId()).matches("p\\d{6}");
    assertThat(first.toString()).doesNotContain(first.respondentId());
    assertThat(wave.toString()).doesNotContain(first.respondentId());
    assertThat(wave.roster().size()).isEqualTo(wave.workforce().size());
  }

  @Test
  void settings_outOfRange_throwWithShapedMessages() {
    ResponseSimulator simulator = ResponseSimulator.of(TestInstruments.SMALL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> simulator.withResponseRate(1.5));
    assertThat(e).hasMessageThat().isEqualTo("responseRate must be in [0, 1], but was 1.5");
    assertThrows(IllegalArgumentException.class, () -> simulator.withMissingRate(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> simulator.withCommentRate(-0.1));
    assertThrows(IllegalArgumentException.class, () -> simulator.withItemLoading(1.1));
    assertThrows(IllegalArgumentException.class, () -> simulator.withLeniency(4));
    assertThrows(IllegalArgumentException.class,
        () -> simulator.withResponseRate(Dimension.ROLE, " ", 0.5));
    assertThrows(IllegalArgumentException.class,
        () -> simulator.simulate(large, "w", -1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> PlantedEffect.of(Dimension.ROLE, "manager", Construct.VOICE, Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> PlantedEffect.of(Dimension.ROLE, "", Construct.VOICE, 0.2));
    assertThrows(IllegalArgumentException.class, () -> REMOTE_CONNECTION.fromWave(-1));
  }

  @Test
  void plantedEffect_toStringHidesTheSubgroupValue() {
    assertThat(REMOTE_CONNECTION.toString()).doesNotContain("REMOTE");
    assertThat(REMOTE_CONNECTION.toString()).contains("connection");
  }
}
