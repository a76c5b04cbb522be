package dev.belonging.bench;

import dev.belonging.disaggregation.Tally;
import java.sql.SQLException;
import java.util.Arrays;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Aggregation: {@code respondents} x 20 five-point items x 6 dimensions, all 6 single and 15
 * two-way breakdowns with per-item histograms, from in-memory data. Contenders run in the same
 * JMH run: belonging's encoded fast path, the hand-tuned primitive loop (the floor) and DuckDB
 * over JDBC (what a tool builder would use).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx8g"})
@State(Scope.Benchmark)
public class AggregationBenchmark {
  @Param({"1000000"})
  public int respondents;

  private AggregationData data;
  private PrimitiveLoopBaseline loop;
  private DuckDbBaseline duckDb;
  private BelongingContender belonging;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    data = AggregationData.generate(respondents, 20261122L);
    loop = new PrimitiveLoopBaseline();
    duckDb = new DuckDbBaseline(data);
    // Both contenders must compute the same thing: the total count of histogram entries agrees.
    long loopTotal = Arrays.stream(loop.aggregate(data, 2)).sum();
    long duckTotal = duckDb.aggregate()[1];
    if (loopTotal != duckTotal) {
      throw new IllegalStateException(
          "baselines disagree: loop counted " + loopTotal + ", DuckDB " + duckTotal);
    }
    belonging = new BelongingContender(data, 2);
    // belonging must compute the same histograms as the loop, cell by cell.
    belonging.verifyAgainst(data, loop.aggregate(data, 2));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    duckDb.close();
  }

  @Benchmark
  public long[] baselinePrimitiveLoop() {
    return loop.aggregate(data, 2);
  }

  /** belonging's encoded fast path: histograms, construct moments and atoms, on 2 threads. */
  @Benchmark
  public Tally belonging() {
    return belonging.aggregate();
  }

  @Benchmark
  public long[] baselineDuckDb() throws SQLException {
    return duckDb.aggregate();
  }
}
