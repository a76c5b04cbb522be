package dev.belonging.bench;

import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.anonymity.CellDecision;
import dev.belonging.anonymity.DisclosureLedger;
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
 * The dashboard case of disclosure control: one cell at a time of the workload ({@link
 * DisclosureWorkload}) against a {@link DisclosureLedger} holding everything released so far, in
 * a seeded random order (a user clicking through filters). Sample mode gives the decision-time
 * percentiles (BENCHMARKS.md shows p99 as its own row); target p99 under 50 ms. When every cell
 * is decided the ledger starts again, empty. The fork's heap is capped at 1 GB. Larger sizes:
 * {@code -p respondents=20000}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class DisclosureLedgerBenchmark {
  @Param({"2000"})
  public int respondents;

  private DisclosureWorkload.Workload workload;
  private int[] order;
  private int next;
  private DisclosureLedger ledger;

  @Setup(Level.Trial)
  public void setUp() {
    workload = DisclosureWorkload.generate(respondents, 20261122L);
    order = DisclosureWorkload.shuffledOrder(workload.requests().size(), 7L);
    next = order.length;
  }

  /** The next cell's decision. */
  @Benchmark
  public CellDecision decide() {
    if (next == order.length) {
      ledger = DisclosureLedger.create(AnonymityPolicy.withDefaults(), workload.respondents());
      next = 0;
    }
    return ledger.decide(workload.requests().get(order[next++]));
  }
}
