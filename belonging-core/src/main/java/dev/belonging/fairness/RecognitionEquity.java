package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.anonymity.CellKind;
import dev.belonging.internal.stats.PoissonRateRatio;
import dev.belonging.workforce.Dimension;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Recognition equity: are recognition events (public credit, awards, shout-outs) spread fairly
 * across groups, remote against office staff being the classic case ("out of sight, out of
 * mind")?
 *
 * <p>For each published group: events per person-period and the rate ratio against the
 * reference group, the published group with the highest rate (ties: more person-periods, then
 * the earlier group), with the exact conditional test and interval of R's {@code poisson.test}
 * (Przyborowski &amp; Wilenski 1940; Breslow &amp; Day 1987, §2.6). A group is flagged when its ratio is
 * below the threshold (0.8 by default); the flag is "supported" when the exact p-value is below
 * alpha (0.05), as in {@link DisparityVerdict}. Events are assumed to be Poisson given the
 * exposure; strongly clustered recognition (a few people receiving most) makes the test too
 * liberal.
 *
 * <p><b>Anonymity</b> as in {@link AdverseImpact}: every group passes the exact disclosure check
 * under the check's {@link AnonymityPolicy}, with the total over all groups treated as known to
 * readers. A person may receive many events over many periods, but the cell is the set of people:
 * the minimum counts people, not events or person-periods. Immutable and thread-safe.
 */
public final class RecognitionEquity {
  private static final RecognitionEquity DEFAULTS =
      new RecognitionEquity(0.8, 0.95, 0.05, AnonymityPolicy.withDefaults());

  private final double threshold;
  private final double level;
  private final double alpha;
  private final AnonymityPolicy policy;

  private RecognitionEquity(double threshold, double level, double alpha,
      AnonymityPolicy policy) {
    this.threshold = threshold;
    this.level = level;
    this.alpha = alpha;
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** Threshold 0.8, 95% intervals, alpha 0.05, {@link AnonymityPolicy#withDefaults()}. */
  public static RecognitionEquity withDefaults() {
    return DEFAULTS;
  }

  /**
   * This check with another rate-ratio threshold.
   *
   * @param threshold in (0, 1]
   * @return the new check
   * @throws IllegalArgumentException if {@code threshold} is outside (0, 1]
   */
  public RecognitionEquity withThreshold(double threshold) {
    return new RecognitionEquity(Levels.ratioThreshold("threshold", threshold), level, alpha,
        policy);
  }

  /**
   * This check with another confidence level.
   *
   * @param level in (0, 1)
   * @return the new check
   * @throws IllegalArgumentException if {@code level} is outside (0, 1)
   */
  public RecognitionEquity withLevel(double level) {
    return new RecognitionEquity(threshold, Levels.openUnit("level", level), alpha,
        policy);
  }

  /**
   * This check with another significance level.
   *
   * @param alpha in (0, 1)
   * @return the new check
   * @throws IllegalArgumentException if {@code alpha} is outside (0, 1)
   */
  public RecognitionEquity withAlpha(double alpha) {
    return new RecognitionEquity(threshold, level, Levels.openUnit("alpha", alpha),
        policy);
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
  public RecognitionEquity withPolicy(AnonymityPolicy policy) {
    return new RecognitionEquity(threshold, level, alpha, policy);
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
  public RecognitionEquity withMinimumGroupSize(int minimumGroupSize) {
    return withPolicy(FairnessRelease.withMinimum(policy, minimumGroupSize));
  }

  /** The rate-ratio threshold, in (0, 1]. */
  public double threshold() {
    return threshold;
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
   * Adds up people's records by group ({@link RecognitionCount#fromRecords}) and tests them.
   *
   * @param dimension the breakdown dimension
   * @param records one record per person
   * @return the result, groups ordered by label
   * @throws IllegalArgumentException as {@link RecognitionCount#fromRecords}
   */
  public RecognitionResult testRecords(Dimension dimension, List<RecognitionRecord> records) {
    return test(dimension, RecognitionCount.fromRecords(dimension, records));
  }

  /**
   * Tests per-group counts.
   *
   * @param dimension the breakdown dimension (its sensitivity raises the minimum group size)
   * @param counts one entry per group
   * @return the result, groups in input order
   * @throws IllegalArgumentException if {@code counts} is empty, a group is repeated (the
   *     message names the position), or the events of a published group and the reference add up
   *     beyond {@code Integer.MAX_VALUE}
   */
  public RecognitionResult test(Dimension dimension, List<RecognitionCount> counts) {
    Groups.requireDistinct("counts", counts, RecognitionCount::group);
    int groups = counts.size();
    long[] sizes = new long[groups];
    for (int g = 0; g < groups; g++) {
      sizes[g] = counts.get(g).people();
    }
    FairnessRelease release =
        FairnessRelease.ofGroups(policy, CellKind.SCORE, dimension.sensitive(), sizes);
    int ref = -1;
    for (int g = 0; g < groups; g++) {
      if (release.isPublished(FairnessRelease.groupCell(g))
          && (ref < 0 || higherRate(counts.get(g), counts.get(ref)))) {
        ref = g;
      }
    }
    @Nullable RecognitionCount reference = ref < 0 ? null : counts.get(ref);
    int referenceIndex = ref;
    ImmutableList.Builder<GroupResult<GroupRecognition>> out = ImmutableList.builder();
    int[] verdicts = new int[DisparityVerdict.values().length];
    for (int g = 0; g < groups; g++) {
      int group = g;
      GroupResult<GroupRecognition> r = release.release(FairnessRelease.groupCell(g),
          counts.get(g).group(), () -> compare(counts.get(group),
              Objects.requireNonNull(reference), group == referenceIndex));
      r.published().ifPresent(v -> verdicts[v.verdict().ordinal()]++);
      out.add(r);
    }
    return ImmutableRecognitionResult.builder()
        .dimension(dimension.name())
        .minimumGroupSize(policy.minimumFor(CellKind.SCORE, dimension.sensitive()))
        .groups(out.build())
        .reference(Optional.ofNullable(reference).map(RecognitionCount::group))
        .verdict(Groups.summary(dimension, groups, release.publishedGroups(groups), verdicts,
            "recognised less often than the threshold"))
        .build();
  }

  private static boolean higherRate(RecognitionCount a, RecognitionCount b) {
    double ra = a.rate();
    double rb = b.rate();
    return ra > rb || (ra == rb && a.personPeriods() > b.personPeriods());
  }

  private GroupRecognition compare(RecognitionCount c, RecognitionCount ref, boolean isReference) {
    ImmutableGroupRecognition.Builder b = ImmutableGroupRecognition.builder()
        .group(c.group()).people(c.people()).personPeriods(c.personPeriods())
        .events(c.events()).rate(c.rate()).referenceRate(ref.rate()).reference(isReference);
    String name = Text.quoted(c.group());
    String rate = Text.number(c.rate()) + " events per person-period (" + c.events() + " in "
        + Text.number(c.personPeriods()) + ")";
    if (isReference) {
      if (c.events() > 0) {
        b.rateRatio(1.0);
      }
      return b.belowThreshold(false).verdict(DisparityVerdict.REFERENCE)
          .sentence(name + " is recognised most often, " + rate + ", and is the reference group.")
          .build();
    }
    String against = name + " is recognised at " + rate + " against " + Text.number(ref.rate())
        + " for " + Text.quoted(ref.group());
    Optional<PoissonRateRatio.Result> test =
        PoissonRateRatio.test(c.events(), c.personPeriods(), ref.events(), ref.personPeriods(),
            level);
    if (ref.events() == 0 || test.isEmpty()) {
      return b.belowThreshold(false).verdict(DisparityVerdict.NOT_FLAGGED)
          .sentence(against + ": no recognition events, so there is no disparity to assess.")
          .build();
    }
    PoissonRateRatio.Result t = test.get();
    b.rateRatio(t.ratio()).p(t.p()).rateRatioInterval(AdverseImpact.interval(t.interval()));
    boolean flagged = t.ratio() < threshold;
    b.belowThreshold(flagged);
    String ratio = "rate ratio " + Text.ratio(t.ratio());
    String limit = "the threshold (" + Text.ratio(threshold) + ")";
    if (!flagged) {
      return b.verdict(DisparityVerdict.NOT_FLAGGED)
          .sentence(against + ": " + ratio + ", not below " + limit + "; not flagged.").build();
    }
    if (t.p() < alpha) {
      return b.verdict(DisparityVerdict.FLAGGED_AND_SUPPORTED)
          .sentence(against + ": " + ratio + " is below " + limit
              + " and the difference is statistically supported (exact p " + Text.p(t.p())
              + ").")
          .build();
    }
    return b.verdict(DisparityVerdict.FLAGGED_NOT_SUPPORTED)
        .sentence(against + ": " + ratio + " is below " + limit
            + ", but at this size the difference is not statistically supported (exact p "
            + Text.p(t.p()) + ").")
        .build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RecognitionEquity other && Double.compare(threshold, other.threshold) == 0
        && Double.compare(level, other.level) == 0 && Double.compare(alpha, other.alpha) == 0
        && policy.equals(other.policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(threshold, level, alpha, policy);
  }

  @Override
  public String toString() {
    return "RecognitionEquity{threshold=" + threshold + ", level=" + level + ", alpha=" + alpha
        + ", policy=" + policy + "}";
  }
}
