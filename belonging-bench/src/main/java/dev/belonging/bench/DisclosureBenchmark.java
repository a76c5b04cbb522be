package dev.belonging.bench;

import dev.belonging.anonymity.CertificateVerifier;
import dev.belonging.anonymity.DisclosureControl;
import dev.belonging.anonymity.Release;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Disclosure control on the workload ({@link DisclosureWorkload}): one release of every
 * requested cell, protection plus certificate, at {@code respondents} people; the fork's heap is
 * capped at 1 GB, the memory target. Targets (2 cores): 2,000 respondents under 0.5 s, 20,000
 * under 5 s, with scaling figures at 100,000. Setup checks that the certificate verifies. The
 * dashboard case is {@link DisclosureLedgerBenchmark}.
 *
 * <p>The default parameter is 2,000 only: at the engine's current speed (budget-bound searches,
 * see BENCHMARKS.md) one release at 20,000 takes far longer than a benchmark run should. Measure
 * the larger sizes with {@code bench/run DisclosureBenchmark -p respondents=20000,100000}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class DisclosureBenchmark {
  @Param({"2000"})
  public int respondents;

  private DisclosureWorkload.Workload workload;

  @Setup(Level.Trial)
  public void setUp() {
    workload = DisclosureWorkload.generate(respondents, 20261122L);
    Release release = protect();
    if (!CertificateVerifier.create().verify(release.certificate())) {
      throw new IllegalStateException("certificate does not verify: "
          + CertificateVerifier.create().problems(release.certificate()));
    }
  }

  /** One release of the whole workload: decisions and the certificate. */
  @Benchmark
  public Release protect() {
    return DisclosureControl.withDefaults().protect(workload.respondents(), workload.requests());
  }
}
