package dev.belonging.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/**
 * Progress lines on stderr, written only when the tool runs in a terminal: a script or a pipe
 * sees stderr quiet except for errors. Long reads report a running count at most every
 * {@value #COUNT_EVERY} records.
 */
final class Progress {
  static final long COUNT_EVERY = 100_000;

  private final @Nullable PrintWriter err;
  private long nextCount = COUNT_EVERY;

  private Progress(@Nullable PrintWriter err) {
    this.err = err;
  }

  /** Progress on {@code err} when the JVM runs in a terminal, else none. */
  static Progress forTerminal(PrintWriter err) {
    return isTerminal() ? new Progress(err) : quiet();
  }

  /** Progress always written to {@code err}. */
  static Progress to(PrintWriter err) {
    return new Progress(err);
  }

  static Progress quiet() {
    return new Progress(null);
  }

  boolean enabled() {
    return err != null;
  }

  /** A step of a long command. */
  void step(String what) {
    if (err != null) {
      err.println("... " + what);
      err.flush();
    }
  }

  /** A running count of records read so far; written every {@value #COUNT_EVERY}. */
  void count(String what, long count) {
    if (err != null && count >= nextCount) {
      err.println("... " + what + ": " + String.format(java.util.Locale.ROOT, "%,d", count));
      err.flush();
      nextCount = (count / COUNT_EVERY + 1) * COUNT_EVERY;
    }
  }

  /**
   * Whether the JVM is attached to a terminal. JDK 22 and later return a console even when the
   * streams are redirected and add {@code Console.isTerminal()}, which is called reflectively
   * because the tool is compiled for Java 17.
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true; // JDK 17 to 21: a console exists only for a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
