package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Dimension;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WaveSeriesTest {
  private static final List<String[]> PROBIT = Statistics.referenceRows("ordinal_probit.csv");

  private static double referenceMean(double effect) {
    return PROBIT.stream()
        .filter(r -> r[0].equals("1") && r[1].equals("5") && Double.parseDouble(r[2]) == 0.5
            && Double.parseDouble(r[4]) == effect)
        .mapToDouble(r -> Double.parseDouble(r[5])).findFirst().orElseThrow();
  }

  @Test
  void simulate_waves_haveOrdinalsIdsAndTurnover() {
    SyntheticWorkforce initial = WorkforceGenerator.of(OrganisationProfile.REMOTE_FIRST)
        .withHeadcount(5_000).generate(1);
    ImmutableList<SimulatedWave> waves = WaveSeries.of(ResponseSimulator.of(TestInstruments.SMALL))
        .withWaves(3).withMonthsBetweenWaves(6).withLeaverRate(0.1).withJoinerRate(0.08)
        .simulate(initial, 2);
    assertThat(waves).hasSize(3);
    assertThat(waves.get(0).workforce()).isEqualTo(initial);
    assertThat(waves.get(2).ordinal()).isEqualTo(2);
    assertThat(waves.get(2).wave().waveId()).isEqualTo("wave-2");

    Map<Integer, Person> before = byIndex(waves.get(0).workforce());
    Map<Integer, Person> after = byIndex(waves.get(1).workforce());
    long stayers = after.keySet().stream().filter(before::containsKey).count();
    long joiners = after.size() - stayers;
    int n = initial.size();
    assertThat(stayers / (double) n).isWithin(Statistics.binomialTolerance(0.9, n)).of(0.9);
    assertThat(joiners / (double) n).isWithin(Statistics.binomialTolerance(0.08, n)).of(0.08);

    for (Person person : after.values()) {
      Person earlier = before.get(person.index());
      if (earlier != null) {
        assertThat(person.tenureMonths()).isEqualTo(earlier.tenureMonths() + 6);
      } else {
        assertThat(person.index()).isAtLeast(initial.nextIndex());
        assertThat(person.tenureMonths()).isLessThan(6);
      }
      assertThat(person.attributes().get(Dimension.TENURE))
          .hasValue(initial.tenureBands().band(person.tenureMonths()));
    }
  }

  private static Map<Integer, Person> byIndex(SyntheticWorkforce workforce) {
    return workforce.people().stream()
        .collect(Collectors.toMap(Person::index, Function.identity()));
  }

  /**
   * A trial: remote staff's connection rises by half a standard deviation from wave 2; the rise
   * shows in their item means (against the scipy reference) and office staff stay put.
   */
  @Test
  void simulate_interventionFromWaveTwo_showsFromWaveTwoInTheSubgroupOnly() {
    SyntheticWorkforce initial = WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
        .withHeadcount(20_000).generate(3);
    ResponseSimulator simulator = ResponseSimulator.of(TestInstruments.SMALL).withResponseRate(1)
        .withMissingRate(0).withEffect(PlantedEffect.of(Dimension.WORK_ARRANGEMENT, "REMOTE",
            Construct.CONNECTION, 0.5).fromWave(2));
    ImmutableList<SimulatedWave> waves = WaveSeries.of(simulator).withWaves(3).simulate(initial, 4);
    assertGroupMean(waves.get(1), "REMOTE", referenceMean(0.0));
    assertGroupMean(waves.get(2), "REMOTE", referenceMean(0.5));
    assertGroupMean(waves.get(1), "OFFICE", referenceMean(0.0));
    assertGroupMean(waves.get(2), "OFFICE", referenceMean(0.0));
  }

  private static void assertGroupMean(SimulatedWave wave, String arrangement, double expected) {
    double[] points = wave.wave().responses().stream()
        .filter(r -> r.attributes().get(Dimension.WORK_ARRANGEMENT).orElseThrow()
            .equals(arrangement))
        .mapToDouble(r -> r.answers().get("connection.known")).toArray();
    // Points lie in [1, 5], so their standard deviation is at most 2.
    assertThat(Statistics.mean(points))
        .isWithin(Statistics.meanTolerance(2, points.length)).of(expected);
  }

  @Test
  void simulate_stayersKeepTheirLatentLevels() {
    SyntheticWorkforce initial = WorkforceGenerator.of(OrganisationProfile.SCALE_UP).generate(5);
    ResponseSimulator simulator = ResponseSimulator.of(TestInstruments.SMALL);
    ImmutableList<SimulatedWave> waves = WaveSeries.of(simulator).withWaves(2).simulate(initial, 6);
    Map<Integer, Person> first = byIndex(waves.get(0).workforce());
    int compared = 0;
    for (Person person : waves.get(1).workforce().people()) {
      if (first.containsKey(person.index())) {
        assertThat(simulator.latentLevel(person, Construct.VOICE, 1, 6))
            .isEqualTo(simulator.latentLevel(first.get(person.index()), Construct.VOICE, 0, 6));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(150); // of 200, with a 4% leaver rate
    // Answers differ between waves: fresh response noise.
    ImmutableMap<String, Response> firstAnswers = waves.get(0).wave().responses().stream()
        .collect(ImmutableMap.toImmutableMap(Response::respondentId, r -> r));
    long changed = waves.get(1).wave().responses().stream()
        .filter(r -> firstAnswers.containsKey(r.respondentId()))
        .filter(r -> !r.answers().equals(firstAnswers.get(r.respondentId()).answers()))
        .count();
    assertThat(changed).isGreaterThan(50);
  }

  @Test
  void simulate_sameSeed_sameSeries() {
    SyntheticWorkforce initial = WorkforceGenerator.of(OrganisationProfile.SMALL_TEAM).generate(5);
    WaveSeries series = WaveSeries.of(ResponseSimulator.of(TestInstruments.SMALL));
    assertThat(series.simulate(initial, 1)).isEqualTo(series.simulate(initial, 1));
  }

  @Test
  void settings_outOfRange_throw() {
    WaveSeries series = WaveSeries.of(ResponseSimulator.of(TestInstruments.SMALL));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> series.withWaves(0));
    assertThat(e).hasMessageThat().isEqualTo("waves must be in [1, 100], but was 0");
    assertThrows(IllegalArgumentException.class, () -> series.withMonthsBetweenWaves(0));
    assertThrows(IllegalArgumentException.class, () -> series.withLeaverRate(2));
    assertThrows(IllegalArgumentException.class, () -> series.withJoinerRate(Double.NaN));
  }
}
