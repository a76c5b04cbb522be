package dev.belonging.cli;

import dev.belonging.csv.SurveyCsvWriter;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.json.BelongingJson;
import dev.belonging.testkit.OrganisationProfile;
import dev.belonging.testkit.PlantedEffect;
import dev.belonging.testkit.ResponseSimulator;
import dev.belonging.testkit.SimulatedWave;
import dev.belonging.testkit.SyntheticWorkforce;
import dev.belonging.workforce.Dimension;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code belonging simulate}: a synthetic organisation's survey as wire-format files. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Write a synthetic organisation's instrument, roster and responses as wire-format JSON "
            + "(instrument.json, roster.json, responses.json) or with the responses as CSV "
            + "(responses.csv).",
        "Answers come from the testkit's latent-trait model; --effect plants a subgroup gap "
            + "(by default the demo's: remote staff -0.7 SD on connection, new joiners -0.6 SD "
            + "on voice)."})
final class SimulateCommand implements Callable<Integer> {
  private static final Pattern EFFECT =
      Pattern.compile("([^=]+)=([^:]+):([a-z_]+):(-?[0-9]+(?:\\.[0-9]+)?)");

  @Spec
  CommandSpec spec;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "SCALE_UP",
      description = "Organisation shape: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OrganisationProfile profile;

  @Option(names = "--size", paramLabel = "PEOPLE",
      description = "Headcount (default: the profile's default).")
  Integer size;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42",
      description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--wave", paramLabel = "ORDINAL", defaultValue = "0",
      description = "The wave's position in time, >= 0; effects of later waves are off "
          + "(default: ${DEFAULT-VALUE}).")
  int wave;

  @Option(names = "--wave-id", paramLabel = "ID", defaultValue = "wave-1",
      description = "The wave's id (default: ${DEFAULT-VALUE}).")
  String waveId;

  @Option(names = "--effect", paramLabel = "DIMENSION=VALUE:CONSTRUCT:SD",
      description = "Plant a gap, such as 'work_arrangement=REMOTE:connection:-0.5' (latent "
          + "standard deviations). Repeatable; replaces the default effects.")
  List<String> effects = new ArrayList<>();

  @Option(names = "--no-effects", description = "Plant no gap at all.")
  boolean noEffects;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "Responses as json or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "belonging-out/simulated",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("json") && !fmt.equals("csv")) {
      throw new ParameterException(spec.commandLine(),
          "--format must be json or csv, but was '" + format + "'");
    }
    if (wave < 0) {
      throw new ParameterException(spec.commandLine(), "--wave must be >= 0, but was " + wave);
    }
    int headcount = size != null ? size : profile.defaultHeadcount();
    DemoScenario scenario;
    try {
      scenario = DemoScenario.of(profile, headcount, seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--size: " + e.getMessage());
    }
    Instrument instrument = scenario.instrument();
    ResponseSimulator simulator = ResponseSimulator.of(instrument).withResponseRate(0.82);
    for (PlantedEffect effect : plantedEffects(instrument)) {
      simulator = simulator.withEffect(effect);
    }
    Progress progress = Progress.forTerminal(spec.commandLine().getErr());
    progress.step("generating " + headcount + " people");
    SyntheticWorkforce workforce = DemoScenario.byDepartment(scenario.workforce());
    SimulatedWave simulated;
    try {
      simulated = simulator.simulate(workforce, waveId, wave, seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    BelongingJson json = BelongingJson.defaults();
    Outputs.write(out.resolve("instrument.json"), o -> json.write(instrument, o));
    Outputs.write(out.resolve("roster.json"), o -> json.write(simulated.roster(), o));
    Path responses = out.resolve("responses." + fmt);
    if (fmt.equals("json")) {
      Outputs.write(responses, o -> json.write(simulated.wave(), o));
    } else {
      Set<Dimension> dimensions = new TreeSet<>();
      simulated.wave().responses().forEach(r -> dimensions.addAll(r.attributes().values()
          .keySet()));
      SurveyCsvWriter writer = SurveyCsvWriter.forInstrument(instrument)
          .withDimensions(dimensions);
      Outputs.write(responses, o -> {
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
        writer.write(simulated.wave().responses(), w);
        w.flush();
      });
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("Simulated " + Html.count(headcount) + " people ("
        + profile.name().toLowerCase(Locale.ROOT) + ", seed " + seed + "): "
        + Html.count(simulated.wave().responses().size()) + " responses to "
        + instrument.title() + ", wave " + waveId + ".");
    stdout.println("Wrote " + out.resolve("instrument.json") + ", " + out.resolve("roster.json")
        + " and " + responses + ".");
    stdout.flush();
    return ExitCodes.OK;
  }

  private List<PlantedEffect> plantedEffects(Instrument instrument) {
    if (noEffects) {
      if (!effects.isEmpty()) {
        throw new ParameterException(spec.commandLine(),
            "--no-effects and --effect cannot be combined");
      }
      return List.of();
    }
    if (effects.isEmpty()) {
      return List.of(DemoScenario.REMOTE_CONNECTION, DemoScenario.NEW_JOINER_VOICE);
    }
    Map<String, Dimension> known = Inputs.knownDimensions(java.util.Optional.empty(), Set.of());
    List<PlantedEffect> planted = new ArrayList<>();
    for (String effect : effects) {
      Matcher m = EFFECT.matcher(effect);
      if (!m.matches()) {
        throw new ParameterException(spec.commandLine(), "--effect must look like "
            + "DIMENSION=VALUE:CONSTRUCT:SD, such as work_arrangement=REMOTE:connection:-0.5, "
            + "but was '" + effect + "'");
      }
      Construct construct = instrument.constructs().stream()
          .filter(c -> c.id().equals(m.group(3))).findFirst()
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "--effect: construct '"
              + m.group(3) + "' is not measured by " + instrument.id() + "; choose one of "
              + instrument.constructs().stream().map(Construct::id).sorted().toList()));
      try {
        planted.add(PlantedEffect.of(Inputs.dimension(m.group(1), known), m.group(2), construct,
            Double.parseDouble(m.group(4))));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--effect: " + e.getMessage());
      }
    }
    return planted;
  }
}
