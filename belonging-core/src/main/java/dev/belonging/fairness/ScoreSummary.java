package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.ConstructScore;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.Scoring;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import dev.belonging.internal.stats.SampleSummary;
import dev.belonging.workforce.Dimension;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The construct scores of one group summarised: count, mean and sample standard deviation
 * ({@code n - 1} denominator), for example of the procedural-fairness construct.
 *
 * <p>{@code n >= 1}; mean finite; standard deviation finite and {@code >= 0} (ignored when
 * {@code n = 1}). {@link #toString()} shows the count only. Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class ScoreSummary {
  ScoreSummary() {}

  /** The group's label; not blank. */
  @Value.Parameter
  public abstract String group();

  /** The number of scored respondents, {@code >= 1}. */
  @Value.Parameter
  public abstract int n();

  /** The mean score, on the construct's scale. */
  @Value.Parameter
  public abstract double mean();

  /** The sample standard deviation, {@code >= 0}; ignored when {@code n = 1}. */
  @Value.Parameter
  public abstract double standardDeviation();

  /**
   * A summary.
   *
   * @param group the label, not blank
   * @param n scored respondents, {@code >= 1}
   * @param mean the mean, finite
   * @param standardDeviation the sample SD, finite and {@code >= 0}
   * @return the summary
   * @throws IllegalArgumentException if an argument breaks its rule (the message names the group)
   */
  public static ScoreSummary of(String group, int n, double mean, double standardDeviation) {
    return ImmutableScoreSummary.of(group, n, mean, standardDeviation);
  }

  /**
   * Scores responses with {@link Scoring} and summarises one construct by group, exactly: each
   * construct score is a mean of at most m item points, so it is an integer once multiplied by
   * lcm(1..m), and the sums are kept in integers. Respondents without a score for the construct
   * (too few items answered) are left out.
   *
   * @param instrument the instrument answered
   * @param construct the construct, for example {@link Construct#PROCEDURAL_FAIRNESS}
   * @param scoring the scoring configuration
   * @param dimension the breakdown dimension
   * @param responses validated responses
   * @return one summary per group with at least one score, ordered by label
   * @throws IllegalArgumentException if a response has no value for {@code dimension} (the
   *     message names its position), an answer is off its scale, or no response has a score
   */
  public static ImmutableList<ScoreSummary> fromResponses(Instrument instrument,
      Construct construct, Scoring scoring, Dimension dimension, List<Response> responses) {
    Map<String, long[]> sums = new TreeMap<>(); // n, sum
    Map<String, BigInteger> squares = new TreeMap<>();
    long scale = -1;
    for (int i = 0; i < responses.size(); i++) {
      Response r = responses.get(i);
      int position = i;
      String group = r.attributes().get(dimension).orElseThrow(() -> new IllegalArgumentException(
          "responses[" + position + "] has no value for dimension '" + dimension.name() + "'"));
      Optional<ConstructScore> score = scoring.score(instrument, construct, r);
      if (score.isEmpty() || score.get().mean().isEmpty()) {
        continue;
      }
      ConstructScore s = score.get();
      if (scale < 0) {
        scale = lcmUpTo(s.items());
      }
      long sum = Math.round(s.mean().getAsDouble() * s.answered());
      long k = sum * (scale / s.answered());
      long[] c = sums.computeIfAbsent(group, g -> new long[2]);
      c[0]++;
      c[1] = Math.addExact(c[1], k);
      squares.merge(group, BigInteger.valueOf(k).pow(2), BigInteger::add);
    }
    if (sums.isEmpty()) {
      throw new IllegalArgumentException(
          "no response has a score for construct '" + construct.id() + "'");
    }
    long lcm = scale;
    ImmutableList.Builder<ScoreSummary> out = ImmutableList.builder();
    sums.forEach((group, c) -> {
      SampleSummary s = SampleSummary.fromSums(c[0], c[1], squares.get(group), lcm);
      out.add(of(group, (int) c[0], s.mean().getAsDouble(), s.standardDeviation().orElse(0)));
    });
    return out.build();
  }

  private static long lcmUpTo(int m) {
    long l = 1;
    for (int i = 2; i <= m; i++) {
      l = l / BigInteger.valueOf(l).gcd(BigInteger.valueOf(i)).longValueExact() * i;
    }
    return l;
  }

  /** This summary for the internal statistics. */
  final SampleSummary sample() {
    return n() == 1
        ? new SampleSummary(1, OptionalDouble.of(mean()), OptionalDouble.empty())
        : SampleSummary.of(n(), mean(), standardDeviation());
  }

  @Value.Check
  void check() {
    Checks.notBlank("group", group());
    if (n() < 1) {
      throw new IllegalArgumentException(
          "group '" + group() + "': n must be >= 1 (empty group), but was " + n());
    }
    if (!Double.isFinite(mean())) {
      throw new IllegalArgumentException("group '" + group() + "': mean must be finite");
    }
    if (!(standardDeviation() >= 0 && standardDeviation() < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "group '" + group() + "': standardDeviation must be finite and >= 0");
    }
  }

  /** The count only, never the label or scores. */
  @Override
  public String toString() {
    return "ScoreSummary{n=" + n() + "}";
  }
}
