package dev.belonging.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void isTerminal_underTheTestRunner_isFalse() {
    // Surefire's forked JVM talks to Maven through pipes: no terminal, so no progress.
    assertThat(Progress.isTerminal()).isFalse();
  }

  @Test
  void forTerminal_withoutATerminal_writesNothing() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.forTerminal(new PrintWriter(err, true));
    progress.step("reading");
    for (long n = 1; n <= 300_000; n++) {
      progress.count("responses", n);
    }

    assertThat(progress.enabled()).isFalse();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void count_onATerminal_reportsEveryHundredThousand() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.to(new PrintWriter(err, true));
    for (long n = 1; n <= 1_000_000; n++) {
      progress.count("responses read", n);
    }

    assertThat(err.toString().lines().count()).isEqualTo(10);
    assertThat(err.toString()).startsWith("... responses read: 100,000\n");
    assertThat(err.toString()).endsWith("... responses read: 1,000,000\n");
  }
}
