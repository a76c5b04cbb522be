package dev.belonging.cli;

import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.instrument.Instrument;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.Roster;
import dev.belonging.workforce.TeamHierarchy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code belonging report}: one wave's responses to an HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Analyse one survey wave: disaggregation under the anonymity policy, gaps, response "
            + "rates (with --roster), trends and wins (with --previous), fairness checks and "
            + "recommended interventions; write the HTML report and/or the report as a "
            + "belonging.report JSON document.",
        "Responses are a belonging.response-wave JSON document, or a CSV export when the file "
            + "name ends in .csv (see the CSV options)."})
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--instrument", paramLabel = "FILE", required = true,
      description = "The instrument (belonging.instrument JSON).")
  Path instrumentFile;

  @Option(names = "--responses", paramLabel = "FILE", required = true,
      description = "The wave's responses (belonging.response-wave JSON, or .csv).")
  Path responsesFile;

  @Option(names = "--roster", paramLabel = "FILE",
      description = "Everyone invited (belonging.roster JSON), for response rates and "
          + "participation checks.")
  Path rosterFile;

  @Option(names = "--previous", paramLabel = "FILE",
      description = "An earlier wave of the same breakdowns, for trends and wins.")
  Path previousFile;

  @Option(names = "--previous-instrument", paramLabel = "FILE",
      description = "The earlier wave's instrument, when it differs (default: --instrument).")
  Path previousInstrumentFile;

  @Option(names = "--breakdowns", paramLabel = "FILE",
      description = "The breakdowns (belonging.breakdown-request JSON); instead of --by.")
  Path breakdownsFile;

  @Option(names = "--by", paramLabel = "DIMENSION[,DIMENSION]",
      description = "A breakdown: one dimension, or an intersection such as "
          + "work_arrangement,tenure. Repeatable (default: every dimension in the responses, "
          + "alone).")
  List<String> by = new ArrayList<>();

  @Option(names = "--team-separator", paramLabel = "CHAR",
      description = "Team values are paths (such as eng.platform with '.'): roll team cells "
          + "up the hierarchy they spell.")
  String teamSeparator;

  @Option(names = "--fairness-by", paramLabel = "DIMENSION",
      description = "Dimension of the fairness checks, repeatable (default: work_arrangement "
          + "when the responses have it).")
  List<String> fairnessBy = new ArrayList<>();

  @Option(names = "--exclude-invalid",
      description = "Leave out responses that break a validation rule and count them, instead "
          + "of stopping at the first.")
  boolean excludeInvalid;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Where to write the HTML report.")
  Path html;

  @Option(names = "--json", paramLabel = "FILE",
      description = "Where to write the report as a belonging.report JSON document.")
  Path json;

  @Option(names = "--trend-json", paramLabel = "FILE",
      description = "Where to write the trend against --previous as a belonging.trend-report "
          + "JSON document.")
  Path trendJson;

  @Mixin
  PolicyOptions policy;

  @Mixin
  CsvOptionsMixin csv;

  @Override
  public Integer call() {
    if (html == null && json == null) {
      throw new ParameterException(spec.commandLine(),
          "an output is required: --html FILE and/or --json FILE");
    }
    if (trendJson != null && previousFile == null) {
      throw new ParameterException(spec.commandLine(), "--trend-json needs --previous");
    }
    if (breakdownsFile != null && !by.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--breakdowns and --by cannot be combined");
    }
    Inputs.CsvOptions csvOptions = csv.options();
    Progress progress = Progress.forTerminal(spec.commandLine().getErr());
    Inputs inputs = new Inputs(progress);
    Analysis.Policy p = policy.policy(inputs);
    Instrument instrument = inputs.instrument(instrumentFile);
    Optional<Roster> roster = Optional.ofNullable(rosterFile).map(inputs::roster);
    Inputs.LoadedWave wave = inputs.responses(responsesFile, instrument, csvOptions, roster,
        excludeInvalid);
    if (wave.responses().isEmpty()) {
      throw CliException.invalidInput(responsesFile + ": no valid response to analyse");
    }
    Optional<Analysis.Previous> previous = Optional.empty();
    if (previousFile != null) {
      Instrument earlier = previousInstrumentFile == null ? instrument
          : inputs.instrument(previousInstrumentFile);
      Inputs.LoadedWave before = inputs.responses(previousFile, earlier, csvOptions, roster,
          excludeInvalid);
      previous = Optional.of(new Analysis.Previous(earlier, before.waveId(),
          before.responses()));
    } else if (previousInstrumentFile != null) {
      throw new ParameterException(spec.commandLine(),
          "--previous-instrument needs --previous");
    }

    Map<String, Dimension> known = Inputs.knownDimensions(roster, csvOptions.sensitive());
    wave.responses().forEach(r -> r.attributes().values().keySet()
        .forEach(d -> known.put(d.name(), d)));
    ImmutableList<Breakdown> breakdowns = breakdownsFile != null
        ? inputs.readJson(breakdownsFile, inputs.json()::readBreakdownRequest).breakdowns()
        : by.isEmpty() ? Analysis.defaultBreakdowns(wave.responses()) : breakdowns(known, wave);
    Optional<TeamHierarchy> hierarchy = Optional.ofNullable(teamSeparator)
        .map(sep -> hierarchy(sep, wave));
    List<Dimension> fairness = new ArrayList<>();
    if (fairnessBy.isEmpty()) {
      if (known.containsKey(Dimension.WORK_ARRANGEMENT.name()) && wave.responses().stream()
          .anyMatch(r -> r.attributes().get(Dimension.WORK_ARRANGEMENT).isPresent())) {
        fairness.add(Dimension.WORK_ARRANGEMENT);
      }
    } else {
      fairnessBy.forEach(name -> fairness.add(Inputs.dimension(name, known)));
    }
    List<String> exclusions = new ArrayList<>(wave.exclusions());
    Analysis.Input input = new Analysis.Input(instrument, wave.waveId(), wave.responses(),
        exclusions, roster, previous, p, breakdowns, hierarchy, fairness, List.of(),
        Analysis.orgProfile(roster.map(Roster::size).orElse(wave.responses().size())),
        List.of(), 0);
    Analysis.Result result;
    try {
      result = Analysis.run(input, progress);
    } catch (IllegalArgumentException e) {
      // The domain rejects inputs that do not fit together (a team outside the hierarchy, more
      // respondents than invited people, waves broken down differently).
      throw CliException.invalidInput(responsesFile + ": " + e.getMessage(), e);
    }
    List<Path> written = new ArrayList<>();
    if (json != null) {
      Outputs.write(json, o -> inputs.json().write(result.report(), o));
      written.add(json);
    }
    if (trendJson != null) {
      Outputs.write(trendJson, o -> inputs.json().write(result.trend().orElseThrow(), o));
      written.add(trendJson);
    }
    if (html != null) {
      Outputs.writeString(html, HtmlReport.render(result, BelongingCli.version()));
      written.add(html);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("belonging report: " + instrument.title() + ", wave " + wave.waveId());
    out.println();
    Summary.print(result, out);
    out.println();
    out.println("Wrote " + written.stream().map(Path::toString)
        .collect(java.util.stream.Collectors.joining(", ")));
    out.flush();
    return ExitCodes.OK;
  }

  private ImmutableList<Breakdown> breakdowns(Map<String, Dimension> known,
      Inputs.LoadedWave wave) {
    Set<String> present = Inputs.dimensionNames(wave.responses());
    ImmutableList.Builder<Breakdown> breakdowns = ImmutableList.builder();
    for (String spec : by) {
      List<Dimension> dims = new ArrayList<>();
      for (String name : spec.split(",")) {
        String n = name.strip();
        if (!present.contains(n)) {
          throw new ParameterException(this.spec.commandLine(), "--by: dimension '" + n
              + "' is not in the responses; they have " + present);
        }
        dims.add(Inputs.dimension(n, known));
      }
      breakdowns.add(Breakdown.of(dims.toArray(new Dimension[0])));
    }
    return breakdowns.build();
  }

  private TeamHierarchy hierarchy(String separator, Inputs.LoadedWave wave) {
    if (separator.length() != 1) {
      throw new ParameterException(spec.commandLine(),
          "--team-separator must be one character, but was '" + separator + "'");
    }
    Set<String> teams = new TreeSet<>();
    wave.responses().forEach(r -> r.attributes().get(Dimension.TEAM).ifPresent(teams::add));
    TeamHierarchy.Builder b = TeamHierarchy.builder("organisation");
    Set<String> added = new TreeSet<>();
    for (String team : teams) {
      String parent = "organisation";
      int from = 0;
      while (true) {
        int next = team.indexOf(separator.charAt(0), from);
        String id = next < 0 ? team : team.substring(0, next);
        if (added.add(id)) {
          try {
            b.add(id, parent);
          } catch (IllegalArgumentException e) {
            throw CliException.invalidInput(responsesFile + ": team hierarchy: "
                + e.getMessage(), e);
          }
        }
        if (next < 0) {
          break;
        }
        parent = id;
        from = next + 1;
      }
    }
    return b.build();
  }
}
