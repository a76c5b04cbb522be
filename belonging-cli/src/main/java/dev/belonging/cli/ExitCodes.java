package dev.belonging.cli;

/**
 * The documented exit codes of every command. Scripts may rely on them; they are listed in every
 * command's {@code --help} and in README.md.
 */
final class ExitCodes {
  /** The command did its job. */
  static final int OK = 0;
  /** A check ran and found problems: {@code lint} found an error-level finding. */
  static final int FINDINGS = 1;
  /** The command line is wrong: unknown option, missing parameter, bad value. */
  static final int USAGE = 2;
  /** An input file is missing, unreadable or breaks a rule of its format or of the domain. */
  static final int INVALID_INPUT = 3;
  /** A bug in belonging, or an output file could not be written. */
  static final int INTERNAL = 4;

  /** The exit-code list of {@code --help}, in picocli's {@code key:description} form. */
  static final String[] HELP = {
      "0:success",
      "1:findings (lint found an error-level problem)",
      "2:usage error (unknown option, missing or bad parameter)",
      "3:invalid input (missing file, or a rule broken; the message names the file, line or "
          + "JSON pointer and the rule)",
      "4:internal error, or an output could not be written"};

  private ExitCodes() {}
}
