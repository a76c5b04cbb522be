package dev.belonging.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The anonymity policy options shared by the analysing commands. */
final class PolicyOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--min-group-size", paramLabel = "K", defaultValue = "5",
      description = "Minimum respondents for any published number, >= 3 "
          + "(default: ${DEFAULT-VALUE}).")
  int minimumGroupSize;

  @Option(names = "--sensitive-min-group-size", paramLabel = "K", defaultValue = "10",
      description = "Minimum for groups of sensitive demographics, >= the minimum "
          + "(default: ${DEFAULT-VALUE}).")
  int sensitiveMinimumGroupSize;

  @Option(names = "--response-rate-warning", paramLabel = "RATE", defaultValue = "0.60",
      description = "Flag groups whose response rate is below this proportion "
          + "(default: ${DEFAULT-VALUE}).")
  double responseRateWarning;

  Analysis.Policy policy() {
    if (minimumGroupSize < 3) {
      throw new ParameterException(spec.commandLine(),
          "--min-group-size must be >= 3, but was " + minimumGroupSize);
    }
    if (sensitiveMinimumGroupSize < minimumGroupSize) {
      throw new ParameterException(spec.commandLine(), "--sensitive-min-group-size must be >= "
          + "--min-group-size (" + minimumGroupSize + "), but was " + sensitiveMinimumGroupSize);
    }
    if (!(responseRateWarning >= 0 && responseRateWarning <= 1)) {
      throw new ParameterException(spec.commandLine(),
          "--response-rate-warning must be in [0, 1], but was " + responseRateWarning);
    }
    return new Analysis.Policy(minimumGroupSize, sensitiveMinimumGroupSize, responseRateWarning);
  }
}
