package dev.belonging.cli;

import com.google.common.collect.ImmutableMap;
import dev.belonging.instrument.BuiltInInstruments;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.InstrumentLint;
import dev.belonging.instrument.LintFinding;
import dev.belonging.instrument.LintRule;
import dev.belonging.instrument.LintSeverity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code belonging lint}: an instrument's wording and structure against the lint rules. */
@Command(name = "lint", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Lint an instrument (belonging.instrument JSON, or a built-in one): feeling-only and "
            + "double-barrelled items, double negatives, leading wording, length, missing "
            + "constructs, constructs with fewer than three items. Each finding names the item, "
            + "the rule, its severity and the fix.",
        "Exit code 1 when a finding has severity ERROR (with --strict, any finding)."})
final class LintCommand implements Callable<Integer> {
  static final Map<String, Supplier<Instrument>> BUILT_IN = ImmutableMap.of(
      "pulse", BuiltInInstruments::pulse,
      "belonging-index", BuiltInInstruments::belongingIndex,
      "frontline-short-form", BuiltInInstruments::frontlineShortForm,
      "remote-work-module", BuiltInInstruments::remoteWorkModule);

  @Spec
  CommandSpec spec;

  static final class Source {
    @Parameters(paramLabel = "FILE", description = "The instrument to lint.")
    Path file;

    @Option(names = "--built-in", paramLabel = "NAME",
        description = "Lint a built-in instrument instead: pulse, belonging-index, "
            + "frontline-short-form or remote-work-module.")
    String builtIn;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--max-length", paramLabel = "CHARACTERS",
      description = "Longest item wording before the length rule fires (default: the lint's).")
  Integer maxLength;

  @Option(names = "--without", paramLabel = "RULE", split = ",",
      description = "Rules to switch off: ${COMPLETION-CANDIDATES}.")
  List<LintRule> without = new ArrayList<>();

  @Option(names = "--strict", description = "Fail (exit code 1) on any finding.")
  boolean strict;

  @Override
  public Integer call() {
    Instrument instrument;
    String name;
    if (source.builtIn != null) {
      Supplier<Instrument> builtIn = BUILT_IN.get(source.builtIn.toLowerCase(Locale.ROOT));
      if (builtIn == null) {
        throw new ParameterException(spec.commandLine(), "--built-in must be one of "
            + BUILT_IN.keySet() + ", but was '" + source.builtIn + "'");
      }
      instrument = builtIn.get();
      name = "built-in " + source.builtIn;
    } else {
      instrument = new Inputs(Progress.quiet()).instrument(source.file);
      name = source.file.toString();
    }
    InstrumentLint lint = InstrumentLint.withDefaults();
    if (maxLength != null) {
      try {
        lint = lint.withMaximumLength(maxLength);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--max-length: " + e.getMessage());
      }
    }
    for (LintRule rule : without) {
      lint = lint.without(rule);
    }
    List<LintFinding> findings = lint.lint(instrument);
    PrintWriter out = spec.commandLine().getOut();
    long errors = 0;
    for (LintFinding f : findings) {
      errors += f.severity() == LintSeverity.ERROR ? 1 : 0;
      String where = f.itemId().map(id -> "item '" + id + "'")
          .orElse(f.construct().map(c -> "construct '" + c.id() + "'").orElse("instrument"));
      out.println(name + ": " + where + ": " + f.severity() + " " + f.rule() + ": "
          + f.message() + " (fix: " + f.rule().fix() + ")");
    }
    out.println(name + ": " + instrument.id() + " " + instrument.version() + ", "
        + instrument.items().size() + " items: " + (findings.isEmpty() ? "no findings"
            : findings.size() + " finding(s), " + errors + " error(s)"));
    out.flush();
    boolean fail = strict ? !findings.isEmpty() : errors > 0;
    return fail ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
