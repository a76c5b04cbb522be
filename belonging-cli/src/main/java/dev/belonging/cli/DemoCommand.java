package dev.belonging.cli;

import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.BreakdownRequest;
import dev.belonging.instrument.Instrument;
import dev.belonging.json.BelongingJson;
import dev.belonging.testkit.OrganisationProfile;
import dev.belonging.testkit.SimulatedWave;
import dev.belonging.testkit.SyntheticDimensions;
import dev.belonging.testkit.SyntheticWorkforce;
import dev.belonging.workforce.Dimension;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code belonging demo}: the whole cycle on a synthetic organisation, no files needed. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Run the whole cycle on a synthetic organisation: the built-in belonging index answered "
            + "in two waves (with planted gaps and a planted win), disaggregation under the "
            + "anonymity policy, gaps, trends, fairness checks on promotions and participation, "
            + "recommended interventions and a coffee-chat pairing round.",
        "Writes report.html, report.json, trend-report.json, recommendations.json, "
            + "promotions-result.json and pairing-round.json, and the inputs (instrument, "
            + "roster, both waves, policy, breakdowns, promotions, participants) as wire-format "
            + "JSON to the output directory, and prints a summary."})
final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "SCALE_UP",
      description = "Organisation shape: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OrganisationProfile profile;

  @Option(names = "--size", paramLabel = "PEOPLE",
      description = "Headcount (default: 400, or the profile's smallest or largest size when "
          + "400 is outside its range).")
  Integer size;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42",
      description = "Seed: the same seed gives the same organisation, answers and report "
          + "(default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "belonging-out/demo",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  PolicyOptions policy;

  /** The default headcount: large enough for credible gaps, small enough for a few seconds. */
  static final int DEFAULT_SIZE = 400;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    Progress progress = Progress.forTerminal(spec.commandLine().getErr());
    int headcount = size != null ? size
        : Math.max(profile.minHeadcount(), Math.min(profile.maxHeadcount(), DEFAULT_SIZE));
    DemoScenario scenario;
    try {
      scenario = DemoScenario.of(profile, headcount, seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--size: " + e.getMessage());
    }
    Analysis.Policy p = policy.policy(new Inputs(Progress.quiet()));
    progress.step("generating a " + profile.name().toLowerCase(java.util.Locale.ROOT)
        + " organisation of " + headcount + " people");
    SyntheticWorkforce teams = scenario.workforce();
    SyntheticWorkforce workforce = DemoScenario.byDepartment(teams);
    progress.step("simulating two survey waves");
    ImmutableList<SimulatedWave> waves = scenario.waves(workforce);
    SimulatedWave previous = waves.get(0);
    SimulatedWave current = waves.get(1);
    Instrument instrument = scenario.instrument();

    Analysis.Input input = new Analysis.Input(instrument, current.wave().waveId(),
        current.wave().responses(), List.of(), Optional.of(current.roster()),
        Optional.of(new Analysis.Previous(instrument, previous.wave().waveId(),
            previous.wave().responses())),
        p, breakdowns(), Optional.empty(),
        List.of(Dimension.WORK_ARRANGEMENT), scenario.promotions(workforce),
        Analysis.orgProfile(headcount, scenario.shapes()), scenario.participants(teams),
        seed);
    Analysis.Result result = Analysis.run(input, progress);

    progress.step("writing " + out);
    BelongingJson json = BelongingJson.defaults();
    Path instrumentFile = out.resolve("instrument.json");
    Path rosterFile = out.resolve("roster.json");
    Path previousFile = out.resolve("responses-" + previous.wave().waveId() + ".json");
    Path currentFile = out.resolve("responses-" + current.wave().waveId() + ".json");
    Path policyFile = out.resolve("policy.json");
    Path breakdownsFile = out.resolve("breakdowns.json");
    Path reportFile = out.resolve("report.json");
    Path trendFile = out.resolve("trend-report.json");
    Path participantsFile = out.resolve("participants.json");
    Path pairsFile = out.resolve("pairing-round.json");
    Path recommendationsFile = out.resolve("recommendations.json");
    Path promotionsFile = out.resolve("promotions.json");
    Path promotionsResultFile = out.resolve("promotions-result.json");
    Path html = out.resolve("report.html");
    Outputs.write(instrumentFile, o -> json.write(instrument, o));
    Outputs.write(rosterFile, o -> json.write(current.roster(), o));
    Outputs.write(previousFile, o -> json.write(previous.wave(), o));
    Outputs.write(currentFile, o -> json.write(current.wave(), o));
    Outputs.write(policyFile, o -> json.write(p.anonymity(), o));
    Outputs.write(breakdownsFile, o -> json.write(BreakdownRequest.of(input.breakdowns()), o));
    Outputs.write(reportFile, o -> json.write(result.report(), o));
    Outputs.write(trendFile, o -> json.write(result.trend().orElseThrow(), o));
    Outputs.write(participantsFile, o -> json.writeParticipants(input.participants(), o));
    result.pairing().ifPresent(round -> Outputs.write(pairsFile, o -> json.write(round, o)));
    Outputs.write(recommendationsFile, o -> json.write(result.recommendations(), o));
    Outputs.write(promotionsFile, o -> json.writeOutcomeRecords(input.promotions(), o));
    Outputs.write(promotionsResultFile, o -> json.write(result.promotions().get(0), o));
    Outputs.writeString(html, HtmlReport.render(result, BelongingCli.version()));

    stdout.println("belonging demo: a synthetic "
        + profile.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " organisation of " + Html.count(headcount) + " people (seed " + seed
        + "), two waves of the " + instrument.title() + " (" + previous.wave().waveId() + ", "
        + current.wave().waveId() + ")");
    stdout.println();
    Summary.print(result, stdout);
    stdout.println();
    stdout.println("Wrote to " + out + ":");
    Summary.line(stdout, "report.html", "the report: open it in a browser");
    Summary.line(stdout, "report.json", "the report (belonging.report)");
    Summary.line(stdout, "trend-report.json", "changes since the earlier wave "
        + "(belonging.trend-report)");
    Summary.line(stdout, "policy.json", "the anonymity policy (belonging.anonymity-policy)");
    Summary.line(stdout, "breakdowns.json", "the breakdowns (belonging.breakdown-request)");
    Summary.line(stdout, "instrument.json", "the survey (belonging.instrument)");
    Summary.line(stdout, "roster.json", "everyone invited (belonging.roster)");
    Summary.line(stdout, previousFile.getFileName().toString(),
        "earlier wave (belonging.response-wave)");
    Summary.line(stdout, currentFile.getFileName().toString(),
        "current wave (belonging.response-wave)");
    Summary.line(stdout, "recommendations.json", "the recommended interventions "
        + "(belonging.recommendations)");
    Summary.line(stdout, "promotions.json", "this year's promotions (belonging.outcome-records)");
    Summary.line(stdout, "promotions-result.json", "their adverse-impact check "
        + "(belonging.adverse-impact-result)");
    Summary.line(stdout, "participants.json", "people who opted in to coffee chats "
        + "(belonging.participants)");
    if (result.pairing().isPresent()) {
      Summary.line(stdout, "pairing-round.json", "this round's pairs and trios "
          + "(belonging.pairing-round)");
    }
    stdout.println();
    stdout.println("Analyse the same files yourself:");
    stdout.println("  ./belonging report --instrument " + instrumentFile + " --roster "
        + rosterFile + " \\");
    stdout.println("      --responses " + currentFile + " --previous " + previousFile + " \\");
    stdout.println("      --policy " + policyFile + " --breakdowns " + breakdownsFile
        + " --json report.json --html report.html");
    stdout.flush();
    return ExitCodes.OK;
  }

  /** Arrangement, tenure, role, department, gender (sensitive), arrangement x tenure. */
  static ImmutableList<Breakdown> breakdowns() {
    ImmutableList.Builder<Breakdown> b = ImmutableList.<Breakdown>builder()
        .add(Breakdown.of(Dimension.WORK_ARRANGEMENT))
        .add(Breakdown.of(Dimension.TENURE))
        .add(Breakdown.of(Dimension.ROLE))
        .add(Breakdown.of(Dimension.TEAM))
        .add(Breakdown.of(SyntheticDimensions.GENDER))
        .add(Breakdown.of(Dimension.WORK_ARRANGEMENT, Dimension.TENURE));
    return b.build();
  }
}
