package dev.belonging.bench;

import dev.belonging.disaggregation.Tally;
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
 * Scaling of aggregation with the number of respondents (the aggregation workload: 20 items, 6
 * dimensions, 21 breakdowns), belonging's encoded fast path beside the primitive loop. Run with
 * {@code -prof gc}: allocation per operation should stay flat (it grows with cells and atoms, not
 * respondents) while time grows linearly.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx8g"})
@State(Scope.Benchmark)
public class ScalingBenchmark {
  @Param({"10000", "100000", "1000000", "5000000"})
  public int respondents;

  private AggregationData data;
  private PrimitiveLoopBaseline loop;
  private BelongingContender belonging;

  @Setup(Level.Trial)
  public void setUp() {
    data = AggregationData.generate(respondents, 20261122L);
    loop = new PrimitiveLoopBaseline();
    belonging = new BelongingContender(data, 2);
    if (respondents <= 1_000_000) {
      belonging.verifyAgainst(data, loop.aggregate(data, 2));
    }
  }

  @Benchmark
  public Tally belonging() {
    return belonging.aggregate();
  }

  @Benchmark
  public long[] baselinePrimitiveLoop() {
    return loop.aggregate(data, 2);
  }
}
