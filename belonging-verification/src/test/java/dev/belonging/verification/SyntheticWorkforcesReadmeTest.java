package dev.belonging.verification;

import static com.google.common.truth.Truth.assertThat;

import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.testkit.AnonymityTradeOff;
import dev.belonging.testkit.Calibration;
import dev.belonging.testkit.CalibrationResult;
import dev.belonging.testkit.OrganisationProfile;
import dev.belonging.testkit.PlantedEffect;
import dev.belonging.testkit.Power;
import dev.belonging.testkit.PowerResult;
import dev.belonging.testkit.ResponseSimulator;
import dev.belonging.testkit.SimulatedWave;
import dev.belonging.testkit.SyntheticWorkforce;
import dev.belonging.testkit.TradeOffResult;
import dev.belonging.testkit.WorkforceGenerator;
import dev.belonging.workforce.Dimension;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Synthetic workforces" examples are this test's {@code simulation()} and {@code
 * power()} bodies, verbatim.
 */
class SyntheticWorkforcesReadmeTest {

  @Test
  void simulation() {
    // TESTKIT-EXAMPLE-BEGIN
    Instrument pulse = Instrument.builder().id("connection-pulse").version("1.0.0")
        .title("Connection pulse")
        .addItems(Item.agreement("connection.known", Construct.CONNECTION,
            "I know what my colleagues care about outside work."))
        .build();
    SyntheticWorkforce org = WorkforceGenerator.of(OrganisationProfile.REMOTE_FIRST)
        .withHeadcount(2_000).withDemographics(true).generate(42);   // same seed, same people
    SimulatedWave wave = ResponseSimulator.of(pulse)
        .withEffect(PlantedEffect.of(
            Dimension.WORK_ARRANGEMENT, "REMOTE", Construct.CONNECTION, -0.5))  // -0.5 SD
        .withResponseRate(Dimension.WORK_ARRANGEMENT, "OFFICE", 0.6)
        .simulate(org, "2026-q4", 0, 7);

    Map<String, Double> means = wave.wave().responses().stream()   // synthetic: no threshold
        .filter(r -> r.answers().containsKey("connection.known"))
        .collect(Collectors.groupingBy(
            r -> r.attributes().get(Dimension.WORK_ARRANGEMENT).orElseThrow(), TreeMap::new,
            Collectors.averagingInt(r -> r.answers().get("connection.known"))));
    assertThat(means.get("HYBRID") - means.get("REMOTE")).isGreaterThan(0.2);  // gap shows
    assertThat(wave.roster().size()).isEqualTo(2_000);         // everyone was invited

    long respondents = ResponseSimulator.of(pulse)             // streamed, never held
        .responses(WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
            .withHeadcount(100_000).people(42), 0, 7)
        .filter(r -> !r.answers().isEmpty())
        .count();
    assertThat(respondents).isGreaterThan(75_000);
    // TESTKIT-EXAMPLE-END
  }

  @Test
  void power() {
    // TESTKIT-POWER-EXAMPLE-BEGIN
    Power design = Power.withDefaults()     // 3 connection items, 80% answer
        .withEffect(-0.4)                   // remote staff 0.4 latent SD lower
        .withMinimumGroupSize(5)            // the report's anonymity threshold
        .withRuns(100);                     // surveys simulated, seeds 1..100
    PowerResult small = design.withGroupSizes(12, 48).simulate(1);
    PowerResult large = design.withGroupSizes(60, 240).simulate(1);
    assertThat(large.power()).isGreaterThan(small.power());     // 0.53 against 0.12
    assertThat(design.withGroupSizes(60, 240).analyticPower())   // 0.56, no simulation
        .isWithin(0.1).of(large.power());                        // 2 Monte Carlo SEs

    CalibrationResult calibration = Calibration.withDefaults().withRuns(200).simulate(1);
    assertThat(calibration.withinAcceptance()).isTrue();  // 95% intervals cover ~95%

    TradeOffResult cost = AnonymityTradeOff.withDefaults().simulate(1);  // 120 people
    assertThat(cost.at(10).orElseThrow().suppressed())                 // cells hidden
        .isGreaterThan(cost.at(3).orElseThrow().suppressed());
    // TESTKIT-POWER-EXAMPLE-END
  }
}
