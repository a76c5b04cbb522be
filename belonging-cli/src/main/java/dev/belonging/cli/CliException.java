package dev.belonging.cli;

/**
 * A failure the user can act on, with the exit code to leave with. The message names the file
 * and the place in it (line, row or JSON pointer) and the rule broken; never respondent data.
 */
final class CliException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  private CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  static CliException invalidInput(String message) {
    return new CliException(ExitCodes.INVALID_INPUT, message);
  }

  static CliException invalidInput(String message, Throwable cause) {
    return new CliException(ExitCodes.INVALID_INPUT, message, cause);
  }

  static CliException output(String message, Throwable cause) {
    return new CliException(ExitCodes.INTERNAL, message, cause);
  }

  int exitCode() {
    return exitCode;
  }
}
