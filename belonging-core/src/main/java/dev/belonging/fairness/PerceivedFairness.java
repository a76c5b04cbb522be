package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.anonymity.CellKind;
import dev.belonging.internal.stats.HedgesG;
import dev.belonging.internal.stats.SampleSummary;
import dev.belonging.internal.stats.WelchTTest;
import dev.belonging.workforce.Dimension;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Perceived fairness: does a group see promotions, assignments and reviews as less fair than
 * everyone else? For each published group, the gap in the procedural-fairness construct score
 * against the other published groups pooled, with Welch's t-test (Welch 1947, Biometrika
 * 34:28-35) and Hedges' g (Hedges 1981; Hedges &amp; Olkin 1985).
 *
 * <p>Input is per-group {@link ScoreSummary}s (count, mean, SD), computed from responses with
 * {@link ScoreSummary#fromResponses} or taken from elsewhere.
 *
 * <p><b>Anonymity.</b> A group's count, mean and standard deviation are functions of sums over its
 * respondents (count, sum, sum of squares), so each group is a score cell and passes the exact
 * disclosure check under the check's {@link AnonymityPolicy}, with the overall score (which a
 * survey report usually publishes) treated as known to readers. The rest is pooled exactly from
 * the published summaries (combined mean, and within- plus between-group sums of squares), a
 * linear combination of published cells, never from suppressed groups. Immutable and
 * thread-safe.
 */
public final class PerceivedFairness {
  private static final PerceivedFairness DEFAULTS =
      new PerceivedFairness(0.95, 0.05, AnonymityPolicy.withDefaults());

  private final double level;
  private final double alpha;
  private final AnonymityPolicy policy;

  private PerceivedFairness(double level, double alpha, AnonymityPolicy policy) {
    this.level = level;
    this.alpha = alpha;
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** 95% intervals, alpha 0.05, {@link AnonymityPolicy#withDefaults()}. */
  public static PerceivedFairness withDefaults() {
    return DEFAULTS;
  }

  /**
   * This check with another confidence level.
   *
   * @param level in (0, 1)
   * @return the new check
   * @throws IllegalArgumentException if {@code level} is outside (0, 1)
   */
  public PerceivedFairness withLevel(double level) {
    return new PerceivedFairness(Levels.openUnit("level", level), alpha, policy);
  }

  /**
   * This check with another significance level.
   *
   * @param alpha in (0, 1)
   * @return the new check
   * @throws IllegalArgumentException if {@code alpha} is outside (0, 1)
   */
  public PerceivedFairness withAlpha(double alpha) {
    return new PerceivedFairness(level, Levels.openUnit("alpha", alpha), policy);
  }

  /**
   * This check under another anonymity policy; groups are score cells, so its {@link
   * AnonymityPolicy#minimumGroupSize()}, {@link AnonymityPolicy#sensitiveMinimum()} and {@link
   * AnonymityPolicy#coalitionSize()} apply.
   *
   * @param policy the policy, fixed before results exist
   * @return the new check
   * @throws NullPointerException if {@code policy} is null
   */
  public PerceivedFairness withPolicy(AnonymityPolicy policy) {
    return new PerceivedFairness(level, alpha, policy);
  }

  /**
   * This check with another minimum group size: shorthand for {@link #withPolicy} with the
   * policy's score (and response-rate) minimum set to {@code minimumGroupSize}, raising its
   * sensitive and comment minimums to it where they are lower.
   *
   * @param minimumGroupSize {@code >= 3}
   * @return the new check
   * @throws IllegalArgumentException if {@code minimumGroupSize < 3}
   */
  public PerceivedFairness withMinimumGroupSize(int minimumGroupSize) {
    return withPolicy(FairnessRelease.withMinimum(policy, minimumGroupSize));
  }

  /** The confidence level, in (0, 1). */
  public double level() {
    return level;
  }

  /** The significance level, in (0, 1). */
  public double alpha() {
    return alpha;
  }

  /** The anonymity policy. */
  public AnonymityPolicy policy() {
    return policy;
  }

  /** The minimum group size of non-sensitive dimensions, {@code >= 3}. */
  public int minimumGroupSize() {
    return policy.minimumGroupSize();
  }

  /**
   * Compares each group with the other published groups.
   *
   * @param dimension the breakdown dimension (its sensitivity raises the minimum group size)
   * @param summaries one per group
   * @return the result, groups in input order
   * @throws IllegalArgumentException if {@code summaries} is empty or repeats a group (the
   *     message names the position)
   */
  public PerceivedFairnessResult test(Dimension dimension, List<ScoreSummary> summaries) {
    Groups.requireDistinct("summaries", summaries, ScoreSummary::group);
    int groups = summaries.size();
    long[] sizes = new long[groups];
    for (int g = 0; g < groups; g++) {
      sizes[g] = summaries.get(g).n();
    }
    FairnessRelease release =
        FairnessRelease.ofGroups(policy, CellKind.SCORE, dimension.sensitive(), sizes);
    ImmutableList.Builder<GroupResult<GroupFairnessGap>> out = ImmutableList.builder();
    int lower = 0;
    int published = 0;
    for (int g = 0; g < groups; g++) {
      int group = g;
      GroupResult<GroupFairnessGap> r = release.release(FairnessRelease.groupCell(g),
          summaries.get(g).group(), () -> gap(group, summaries, release));
      if (r.isPublished()) {
        published++;
        lower += r.value().lowerAndSupported() ? 1 : 0;
      }
      out.add(r);
    }
    String verdict = published < 2
        ? "Fewer than two groups by '" + dimension.name()
            + "' can be published; there is nothing to compare."
        : "Of " + groups + " groups by '" + dimension.name() + "', " + published
            + " are published (" + (groups - published) + " suppressed); " + lower
            + " see procedures as less fair than the other published groups, with statistical"
            + " support.";
    return ImmutablePerceivedFairnessResult.builder()
        .dimension(dimension.name())
        .minimumGroupSize(policy.minimumFor(CellKind.SCORE, dimension.sensitive()))
        .groups(out.build())
        .verdict(verdict)
        .build();
  }

  private GroupFairnessGap gap(int g, List<ScoreSummary> summaries, FairnessRelease release) {
    ScoreSummary s = summaries.get(g);
    SampleSummary own = s.sample();
    ImmutableGroupFairnessGap.Builder b = ImmutableGroupFairnessGap.builder()
        .group(s.group()).n(s.n()).mean(s.mean()).standardDeviation(own.standardDeviation());
    @Nullable SampleSummary rest = pooledRest(g, summaries, release);
    String name = Text.quoted(s.group());
    if (rest == null) {
      return b.restN(0).lowerAndSupported(false)
          .sentence(name + " has a mean of " + Text.number(s.mean())
              + "; no other group is published to compare with.")
          .build();
    }
    double restMean = rest.mean().getAsDouble();
    double gap = s.mean() - restMean;
    b.restN((int) rest.n()).restMean(restMean).gap(gap);
    Optional<WelchTTest.Result> welch = WelchTTest.test(own, rest, level);
    welch.ifPresent(w -> b.t(w.t()).degreesOfFreedom(w.degreesOfFreedom()).p(w.p())
        .gapInterval(AdverseImpact.interval(w.interval())));
    HedgesG.of(own, rest, level).ifPresent(h -> b.hedgesG(h.g())
        .hedgesGInterval(AdverseImpact.interval(h.interval())));
    boolean supported = welch.isPresent() && welch.get().p() < alpha;
    b.lowerAndSupported(supported && gap < 0);
    String direction = gap < 0 ? " below " : gap > 0 ? " above " : " equal to ";
    String amount = gap == 0 ? "" : Text.number(Math.abs(gap));
    String evidence = welch.isEmpty() ? "; the gap cannot be tested (no variation)."
        : supported ? ", a statistically supported gap (Welch p " + Text.p(welch.get().p()) + ")."
        : ", not statistically supported at this size (Welch p " + Text.p(welch.get().p()) + ").";
    return b.sentence(name + " scores " + Text.number(s.mean()) + ", " + amount + direction
            + "the other published groups (" + Text.number(restMean) + ")" + evidence)
        .build();
  }

  /** The other published groups pooled exactly; null when there are none. */
  private static @Nullable SampleSummary pooledRest(
      int g, List<ScoreSummary> summaries, FairnessRelease release) {
    long n = 0;
    double weighted = 0;
    for (int i = 0; i < summaries.size(); i++) {
      if (i != g && release.isPublished(FairnessRelease.groupCell(i))) {
        n += summaries.get(i).n();
        weighted += summaries.get(i).n() * summaries.get(i).mean();
      }
    }
    if (n == 0) {
      return null;
    }
    double mean = weighted / n;
    double squares = 0;
    for (int i = 0; i < summaries.size(); i++) {
      if (i != g && release.isPublished(FairnessRelease.groupCell(i))) {
        ScoreSummary s = summaries.get(i);
        double sd = s.n() > 1 ? s.standardDeviation() : 0;
        double d = s.mean() - mean;
        squares += (s.n() - 1) * sd * sd + s.n() * d * d;
      }
    }
    return n == 1 ? new SampleSummary(1, OptionalDouble.of(mean), OptionalDouble.empty())
        : SampleSummary.of(n, mean, Math.sqrt(squares / (n - 1)));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PerceivedFairness other && Double.compare(level, other.level) == 0
        && Double.compare(alpha, other.alpha) == 0 && policy.equals(other.policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, alpha, policy);
  }

  @Override
  public String toString() {
    return "PerceivedFairness{level=" + level + ", alpha=" + alpha + ", policy=" + policy + "}";
  }
}
