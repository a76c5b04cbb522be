package dev.belonging.cli;

import dev.belonging.instrument.ConstructScore;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.Scoring;
import dev.belonging.intervention.GroupSummary;
import dev.belonging.intervention.TrialEvaluation;
import dev.belonging.intervention.TrialResult;
import dev.belonging.intervention.TrialWaves;
import dev.belonging.workforce.Dimension;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code belonging evaluate}: did a trial intervention work? */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Evaluate a trial from a wave before and a wave after it: the target group's change in "
            + "a construct against a comparison group's (difference-in-differences with a Welch "
            + "interval; waves are independent cross-sections), and the decision: continue, "
            + "adjust or stop. A credible improvement is a win to celebrate.",
        "Groups smaller than the minimum group size are not evaluated."})
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--instrument", paramLabel = "FILE", required = true,
      description = "The instrument both waves answer (belonging.instrument JSON).")
  Path instrumentFile;

  @Option(names = "--before", paramLabel = "FILE", required = true,
      description = "The wave before the trial (response-wave JSON or .csv).")
  Path beforeFile;

  @Option(names = "--after", paramLabel = "FILE", required = true,
      description = "The wave after the trial.")
  Path afterFile;

  @Option(names = "--construct", paramLabel = "ID", required = true,
      description = "The construct the trial targets, such as connection.")
  String constructId;

  @Option(names = "--target", paramLabel = "DIMENSION=VALUE", required = true,
      description = "The group the trial ran with, such as work_arrangement=REMOTE.")
  String target;

  @Option(names = "--comparison", paramLabel = "DIMENSION=VALUE",
      description = "The comparison group (default: everyone outside the target group).")
  String comparison;

  @Option(names = "--min-group-size", paramLabel = "K", defaultValue = "5",
      description = "Smallest group evaluated (default: ${DEFAULT-VALUE}).")
  int minimumGroupSize;

  @Option(names = "--exclude-invalid",
      description = "Leave out invalid responses and count them instead of stopping.")
  boolean excludeInvalid;

  @Option(names = "--json", paramLabel = "FILE",
      description = "Also write the result as a belonging.trial-result JSON document.")
  Path json;

  @Mixin
  CsvOptionsMixin csv;

  @Override
  public Integer call() {
    Inputs inputs = new Inputs(Progress.forTerminal(spec.commandLine().getErr()));
    Instrument instrument = inputs.instrument(instrumentFile);
    Construct construct = instrument.constructs().stream()
        .filter(c -> c.id().equals(constructId)).findFirst()
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "--construct: '"
            + constructId + "' is not measured by " + instrument.id() + "; choose one of "
            + instrument.constructs().stream().map(Construct::id).sorted().toList()));
    Map<String, Dimension> known = Inputs.knownDimensions(Optional.empty(),
        Set.copyOf(csv.options().sensitive()));
    Predicate<Response> inTarget = group("--target", target, known);
    Predicate<Response> inComparison = comparison == null ? inTarget.negate()
        : group("--comparison", comparison, known);
    Inputs.LoadedWave before = inputs.responses(beforeFile, instrument, csv.options(),
        Optional.empty(), excludeInvalid);
    Inputs.LoadedWave after = inputs.responses(afterFile, instrument, csv.options(),
        Optional.empty(), excludeInvalid);
    TrialEvaluation evaluation;
    try {
      evaluation = TrialEvaluation.withDefaults().withMinimumGroupSize(minimumGroupSize);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--min-group-size: " + e.getMessage());
    }
    Scoring scoring = Scoring.withDefaults();
    GroupSummary targetBefore = summary(beforeFile, "target", before.responses(), inTarget,
        instrument, construct, scoring, minimumGroupSize);
    GroupSummary targetAfter = summary(afterFile, "target", after.responses(), inTarget,
        instrument, construct, scoring, minimumGroupSize);
    GroupSummary comparisonBefore = summary(beforeFile, "comparison", before.responses(),
        inComparison, instrument, construct, scoring, minimumGroupSize);
    GroupSummary comparisonAfter = summary(afterFile, "comparison", after.responses(),
        inComparison, instrument, construct, scoring, minimumGroupSize);
    TrialResult result = evaluation.evaluate(TrialWaves.of(targetBefore, targetAfter,
        comparisonBefore, comparisonAfter));
    if (json != null) {
      Outputs.write(json, o -> inputs.json().write(result, o));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Trial on " + construct.label().toLowerCase(java.util.Locale.ROOT) + " for "
        + target + " against " + (comparison == null ? "everyone else" : comparison) + ":");
    Summary.line(out, "target", describe(targetBefore) + " -> " + describe(targetAfter));
    Summary.line(out, "comparison", describe(comparisonBefore) + " -> "
        + describe(comparisonAfter));
    if (result.groupsLargeEnough()) {
      Summary.line(out, "effect", Html.signed(result.estimate())
          + result.interval().map(i -> " (" + Html.percent(i.level()) + " CI "
              + Html.number(i.lower()) + " to " + Html.number(i.upper()) + ")").orElse(""));
    }
    Summary.line(out, "decision", result.decision().name().toLowerCase(java.util.Locale.ROOT)
        + (result.win() ? " (a win: celebrate it)" : ""));
    Summary.line(out, "why", result.explanation());
    out.flush();
    return ExitCodes.OK;
  }

  private Predicate<Response> group(String option, String spec, Map<String, Dimension> known) {
    int eq = spec.indexOf('=');
    if (eq <= 0 || eq == spec.length() - 1) {
      throw new ParameterException(this.spec.commandLine(), option
          + " must look like DIMENSION=VALUE, such as work_arrangement=REMOTE, but was '" + spec
          + "'");
    }
    String name = spec.substring(0, eq).strip();
    String value = spec.substring(eq + 1).strip();
    return r -> r.attributes().values().entrySet().stream()
        .anyMatch(e -> e.getKey().name().equals(name) && e.getValue().equals(value));
  }

  private static GroupSummary summary(Path file, String role, List<Response> responses,
      Predicate<Response> member, Instrument instrument, Construct construct, Scoring scoring,
      int minimumGroupSize) {
    long n = 0;
    double mean = 0;
    double m2 = 0;
    for (Response r : responses) {
      if (!member.test(r)) {
        continue;
      }
      Optional<ConstructScore> score = scoring.score(instrument, construct, r);
      if (score.isEmpty() || score.get().mean().isEmpty()) {
        continue;
      }
      double x = score.get().mean().getAsDouble();
      n++;
      double delta = x - mean;
      mean += delta / n;
      m2 += delta * (x - mean);
    }
    if (n < Math.max(2, minimumGroupSize)) {
      // The size of a group below the minimum is not printed either.
      throw CliException.invalidInput(file + ": the " + role + " group has fewer than "
          + Math.max(2, minimumGroupSize) + " respondents with a " + construct.id()
          + " score; a trial is evaluated only when every group reaches the minimum group size");
    }
    try {
      return GroupSummary.of(Math.toIntExact(n), mean, Math.sqrt(m2 / (n - 1)));
    } catch (IllegalArgumentException e) {
      throw CliException.invalidInput(file + ": the " + role + " group: " + e.getMessage(), e);
    }
  }

  private static String describe(GroupSummary g) {
    return "n " + g.n() + ", mean " + Html.number(g.mean());
  }
}
