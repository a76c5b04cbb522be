package dev.belonging.cli;

import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.testkit.OrganisationProfile;
import dev.belonging.testkit.SimulatedWave;
import dev.belonging.testkit.SyntheticWorkforce;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Analysis results for HTML tests. */
final class Reports {
  private Reports() {}

  static final String SCRIPT = "<script>alert('title')</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final String TEAM = "<b onmouseover=alert(2)>ops</b>";

  /** A report whose instrument, labels and group names are all hostile markup. */
  static Analysis.Result hostile() {
    Construct voice = Construct.of("voice", "Voice " + SCRIPT);
    Instrument instrument = Instrument.builder().id("hostile").version("1.0.0")
        .title("Pulse " + SCRIPT)
        .addItems(
            Item.agreement("voice.a", voice, "In the last month I was asked " + IMG),
            Item.agreement("voice.b", voice, "In the last month I disagreed openly."),
            Item.agreement("voice.c", voice, "In the last month I raised a concern."))
        .build();
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String team = i < 20 ? TEAM : i < 38 ? "sales & <i>support</i>" : "tiny";
      int point = i < 20 ? 2 + i % 2 : 3 + i % 3;
      responses.add(Response.of("r" + i, Attributes.of(Map.of(Dimension.TEAM, team)),
          Map.of("voice.a", point, "voice.b", point, "voice.c", 1 + (point + i) % 5)));
    }
    Analysis.Input input = new Analysis.Input(instrument, "w<1>", responses,
        List.of("2 response(s) excluded: " + SCRIPT), Optional.empty(), Optional.empty(),
        Analysis.Policy.defaults(), List.of(Breakdown.of(Dimension.TEAM)),
        Optional.empty(), List.of(), List.of(), Analysis.orgProfile(40), List.of(), 1);
    return Analysis.run(input, Progress.quiet());
  }

  /** The demo's analysis at a given size, as {@code belonging demo} runs it. */
  static Analysis.Result demo(int size, long seed) {
    DemoScenario scenario = DemoScenario.of(OrganisationProfile.SCALE_UP, size, seed);
    SyntheticWorkforce teams = scenario.workforce();
    SyntheticWorkforce workforce = DemoScenario.byDepartment(teams);
    ImmutableList<SimulatedWave> waves = scenario.waves(workforce);
    Instrument instrument = scenario.instrument();
    Analysis.Input input = new Analysis.Input(instrument, waves.get(1).wave().waveId(),
        waves.get(1).wave().responses(), List.of(), Optional.of(waves.get(1).roster()),
        Optional.of(new Analysis.Previous(instrument, waves.get(0).wave().waveId(),
            waves.get(0).wave().responses())),
        Analysis.Policy.defaults(), DemoCommand.breakdowns(), Optional.empty(),
        List.of(Dimension.WORK_ARRANGEMENT), scenario.promotions(workforce),
        Analysis.orgProfile(size, scenario.shapes()), scenario.participants(teams), seed);
    return Analysis.run(input, Progress.quiet());
  }
}
