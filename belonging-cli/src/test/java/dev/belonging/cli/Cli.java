package dev.belonging.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the tool in-process with captured streams, as a test would run it from a shell. */
final class Cli {
  private Cli() {}

  /** What a run printed and returned. */
  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  static Run run(Object... args) {
    String[] strings = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = String.valueOf(args[i]);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BelongingCli.execute(strings, new PrintWriter(out, true),
        new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }
}
