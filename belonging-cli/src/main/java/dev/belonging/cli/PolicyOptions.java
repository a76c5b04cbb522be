package dev.belonging.cli;

import dev.belonging.anonymity.AnonymityPolicy;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The anonymity policy options shared by the analysing commands. */
final class PolicyOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "The anonymity policy (belonging.anonymity-policy JSON); instead of "
          + "--min-group-size and --sensitive-min-group-size.")
  Path policyFile;

  @Option(names = "--min-group-size", paramLabel = "K",
      description = "Minimum respondents for any published number, >= 3 (default: 5).")
  Integer minimumGroupSize;

  @Option(names = "--sensitive-min-group-size", paramLabel = "K",
      description = "Minimum for groups of sensitive demographics, >= the minimum "
          + "(default: 10).")
  Integer sensitiveMinimumGroupSize;

  @Option(names = "--response-rate-warning", paramLabel = "RATE",
      defaultValue = "" + Analysis.Policy.DEFAULT_RESPONSE_RATE_WARNING,
      description = "Flag groups whose response rate is below this proportion "
          + "(default: ${DEFAULT-VALUE}).")
  double responseRateWarning;

  Analysis.Policy policy(Inputs inputs) {
    if (!(responseRateWarning >= 0 && responseRateWarning <= 1)) {
      throw new ParameterException(spec.commandLine(),
          "--response-rate-warning must be in [0, 1], but was " + responseRateWarning);
    }
    if (policyFile != null) {
      if (minimumGroupSize != null || sensitiveMinimumGroupSize != null) {
        throw new ParameterException(spec.commandLine(), "--policy sets the minimum group "
            + "sizes; do not combine it with --min-group-size or --sensitive-min-group-size");
      }
      return new Analysis.Policy(inputs.readJson(policyFile, inputs.json()::readAnonymityPolicy),
          responseRateWarning);
    }
    AnonymityPolicy policy = AnonymityPolicy.withDefaults();
    try {
      if (minimumGroupSize != null) {
        int sensitive = sensitiveMinimumGroupSize != null ? sensitiveMinimumGroupSize
            : Math.max(policy.sensitiveMinimum(), minimumGroupSize);
        // Raise the dependent minimums first so that every step is a valid policy.
        policy = policy.withSensitiveMinimum(Math.max(sensitive, policy.minimumGroupSize()))
            .withCommentMinimum(Math.max(policy.commentMinimum(), minimumGroupSize))
            .withMinimumGroupSize(minimumGroupSize)
            .withSensitiveMinimum(sensitive);
      } else if (sensitiveMinimumGroupSize != null) {
        policy = policy.withSensitiveMinimum(sensitiveMinimumGroupSize);
      }
    } catch (IllegalArgumentException e) {
      String message = e.getMessage()
          .replace("sensitiveMinimum", "--sensitive-min-group-size")
          .replace("minimumGroupSize", "--min-group-size");
      throw new ParameterException(spec.commandLine(), message);
    }
    return new Analysis.Policy(policy, responseRateWarning);
  }
}
