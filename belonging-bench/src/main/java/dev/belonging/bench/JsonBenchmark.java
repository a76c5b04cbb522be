package dev.belonging.bench;

import com.google.common.collect.ImmutableMap;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.instrument.SemanticVersion;
import dev.belonging.json.BelongingJson;
import dev.belonging.json.ResponseWaveReader;
import dev.belonging.json.ResponseWaveWriter;
import dev.belonging.testkit.SeededRandom;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjIntConsumer;
import java.util.random.RandomGenerator;
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
 * The belonging-json wire format on a large wave: {@code respondents} responses x 20 five-point
 * items x 4 dimensions, streamed in and out with {@link ResponseWaveReader} and {@link
 * ResponseWaveWriter}. Target: reading 1,000,000 responses in under 3 s on 2 cores.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx6g"})
@State(Scope.Benchmark)
public class JsonBenchmark {
  private static final int ITEMS = 20;
  private static final BelongingJson JSON = BelongingJson.defaults();
  private static final List<Dimension> DIMENSIONS = List.of(Dimension.TEAM, Dimension.TENURE,
      Dimension.WORK_ARRANGEMENT, Dimension.sensitive("gender"));

  @Param({"1000000"})
  public int respondents;

  private ResponseWave header;
  private List<Response> responses;
  private byte[] document;
  private long expectedPointSum;
  private long pointSum;
  private final ObjIntConsumer<String> addPoint = (item, point) -> pointSum += point;

  @Setup(Level.Trial)
  public void setUp() {
    RandomGenerator random = SeededRandom.of(20261122L);
    String[] items = new String[ITEMS];
    for (int i = 0; i < ITEMS; i++) {
      items[i] = String.format("item.%02d", i);
    }
    String[] tenures = {"<6 months", "6-12 months", "1-2 years", "2-5 years", "5+ years"};
    String[] arrangements = {"REMOTE", "HYBRID", "OFFICE", "FRONTLINE_SHIFT"};
    String[] genders = {"woman", "man", "non-binary"};
    responses = new ArrayList<>(respondents);
    for (int r = 0; r < respondents; r++) {
      Attributes attributes = Attributes.of(ImmutableMap.of(
          Dimension.TEAM, "team-" + random.nextInt(50),
          Dimension.TENURE, tenures[random.nextInt(tenures.length)],
          Dimension.WORK_ARRANGEMENT, arrangements[random.nextInt(arrangements.length)],
          DIMENSIONS.get(3), genders[random.nextInt(genders.length)]));
      ImmutableMap.Builder<String, Integer> answers = ImmutableMap.builderWithExpectedSize(ITEMS);
      for (String item : items) {
        answers.put(item, 1 + random.nextInt(5));
      }
      responses.add(Response.builder().respondentId(String.format("r%07d", r))
          .attributes(attributes).putAllAnswers(answers.buildOrThrow()).build());
    }
    pointSum = 0;
    responses.forEach(response -> response.forEachAnswer(addPoint));
    expectedPointSum = pointSum;
    header = ResponseWave.builder().instrumentId("bench").instrumentVersion(
        SemanticVersion.of(1, 0, 0)).waveId("2026-q4").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream(respondents * 400);
    write(out);
    document = out.toByteArray();
  }

  private long write(OutputStream out) {
    try (ResponseWaveWriter writer = JSON.responseWaveWriter(out, header, DIMENSIONS)) {
      for (Response response : responses) {
        writer.write(response);
      }
      return writer.written();
    }
  }

  /**
   * Streams every response of the document into domain values and visits every answer, as a
   * consumer that aggregates would (through {@link Response#forEachAnswer}, as the core's
   * aggregation does, which does not build the {@link Response#answers()} map).
   */
  @Benchmark
  public long readStreaming() {
    long answers = 0;
    pointSum = 0;
    try (ResponseWaveReader reader = JSON.responseWaveReader(new ByteArrayInputStream(document))) {
      while (reader.hasNext()) {
        Response response = reader.next();
        answers += response.answerCount();
        response.forEachAnswer(addPoint);
      }
    }
    if (answers != (long) respondents * ITEMS || pointSum != expectedPointSum) {
      throw new IllegalStateException("read " + answers + " answers, points adding up to "
          + pointSum + " instead of " + expectedPointSum);
    }
    return answers;
  }

  /** Streams every response out to a sink that only counts bytes. */
  @Benchmark
  public long writeStreaming() {
    CountingSink sink = new CountingSink();
    write(sink);
    return sink.count;
  }

  /** An output stream that keeps nothing. */
  private static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
