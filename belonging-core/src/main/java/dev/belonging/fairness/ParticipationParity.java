package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.anonymity.CellKind;
import dev.belonging.instrument.Response;
import dev.belonging.internal.stats.Proportions;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.Roster;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Participation parity in a survey wave: do all groups respond at similar rates? A group that
 * responds much less is under-represented in every score, and low participation is itself a
 * signal (practitioners treat 75-80% as healthy and below 60% as a warning).
 *
 * <p>For each published group: the response rate with its Wilson interval, a flag when it is
 * below the minimum healthy rate (0.6 by default), and the gap to the reference group (the
 * published group with the highest rate; ties: the larger, then the earlier) with Newcombe's
 * hybrid score interval; the gap is "supported" when that interval lies below 0.
 *
 * <p><b>Anonymity.</b> Each group is a response-rate cell (its members are the invitees) and
 * passes the exact disclosure check under the check's {@link AnonymityPolicy}, with its {@link
 * AnonymityPolicy#responseRateMinimum()} (its {@link AnonymityPolicy#sensitiveMinimum()} for
 * sensitive dimensions), as the survey report's response rates do. The overall response rate is
 * treated as known to readers, so no suppressed group can be recovered by subtracting published
 * groups from it. Suppression depends on who was invited only, never on who responded. Immutable
 * and thread-safe.
 */
public final class ParticipationParity {
  private static final ParticipationParity DEFAULTS =
      new ParticipationParity(0.6, 0.95, AnonymityPolicy.withDefaults());

  private final double minimumRate;
  private final double level;
  private final AnonymityPolicy policy;

  private ParticipationParity(double minimumRate, double level, AnonymityPolicy policy) {
    this.minimumRate = minimumRate;
    this.level = level;
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** Minimum healthy rate 0.6, 95% intervals, {@link AnonymityPolicy#withDefaults()}. */
  public static ParticipationParity withDefaults() {
    return DEFAULTS;
  }

  /**
   * This check with another minimum healthy response rate.
   *
   * @param rate a proportion in (0, 1]
   * @return the new check
   * @throws IllegalArgumentException if {@code rate} is outside (0, 1]
   */
  public ParticipationParity withMinimumRate(double rate) {
    return new ParticipationParity(Levels.ratioThreshold("minimumRate", rate), level,
        policy);
  }

  /**
   * This check with another confidence level.
   *
   * @param level in (0, 1)
   * @return the new check
   * @throws IllegalArgumentException if {@code level} is outside (0, 1)
   */
  public ParticipationParity withLevel(double level) {
    return new ParticipationParity(minimumRate, Levels.openUnit("level", level),
        policy);
  }

  /**
   * This check under another anonymity policy; groups are response-rate cells, so its {@link
   * AnonymityPolicy#responseRateMinimum()}, {@link AnonymityPolicy#sensitiveMinimum()} and {@link
   * AnonymityPolicy#coalitionSize()} apply.
   *
   * @param policy the policy, fixed before results exist
   * @return the new check
   * @throws NullPointerException if {@code policy} is null
   */
  public ParticipationParity withPolicy(AnonymityPolicy policy) {
    return new ParticipationParity(minimumRate, level, policy);
  }

  /**
   * This check with another minimum group size: shorthand for {@link #withPolicy} with the
   * policy's score and response-rate minimums set to {@code minimumGroupSize}, raising its
   * sensitive and comment minimums to it where they are lower.
   *
   * @param minimumGroupSize {@code >= 3}
   * @return the new check
   * @throws IllegalArgumentException if {@code minimumGroupSize < 3}
   */
  public ParticipationParity withMinimumGroupSize(int minimumGroupSize) {
    return withPolicy(FairnessRelease.withMinimum(policy, minimumGroupSize));
  }

  /** The minimum healthy response rate, in (0, 1]. */
  public double minimumRate() {
    return minimumRate;
  }

  /** The confidence level, in (0, 1). */
  public double level() {
    return level;
  }

  /** The anonymity policy. */
  public AnonymityPolicy policy() {
    return policy;
  }

  /** The minimum number of invitees of a group of a non-sensitive dimension, {@code >= 3}. */
  public int minimumGroupSize() {
    return policy.responseRateMinimum();
  }

  /**
   * Counts the roster and the responses by group ({@link ParticipationCount#fromRoster}) and
   * tests them.
   *
   * @param dimension the breakdown dimension
   * @param roster the people invited
   * @param responses the wave's responses
   * @return the result, groups ordered by label
   * @throws IllegalArgumentException as {@link ParticipationCount#fromRoster}
   */
  public ParticipationResult test(Dimension dimension, Roster roster, List<Response> responses) {
    return test(dimension, ParticipationCount.fromRoster(dimension, roster, responses));
  }

  /**
   * Tests per-group counts.
   *
   * @param dimension the breakdown dimension (its sensitivity raises the minimum group size)
   * @param counts one entry per group
   * @return the result, groups in input order
   * @throws IllegalArgumentException if {@code counts} is empty or repeats a group (the message
   *     names the position)
   */
  public ParticipationResult test(Dimension dimension, List<ParticipationCount> counts) {
    Groups.requireDistinct("counts", counts, ParticipationCount::group);
    int groups = counts.size();
    long[] sizes = new long[groups];
    for (int g = 0; g < groups; g++) {
      sizes[g] = counts.get(g).invited();
    }
    FairnessRelease release =
        FairnessRelease.ofGroups(policy, CellKind.RESPONSE_RATE, dimension.sensitive(), sizes);
    int ref = -1;
    for (int g = 0; g < groups; g++) {
      if (release.isPublished(FairnessRelease.groupCell(g))
          && (ref < 0 || higher(counts.get(g), counts.get(ref)))) {
        ref = g;
      }
    }
    @Nullable ParticipationCount reference = ref < 0 ? null : counts.get(ref);
    int referenceIndex = ref;
    ImmutableList.Builder<GroupResult<GroupParticipation>> out = ImmutableList.builder();
    int low = 0;
    int gaps = 0;
    for (int g = 0; g < groups; g++) {
      int group = g;
      GroupResult<GroupParticipation> r = release.release(FairnessRelease.groupCell(g),
          counts.get(g).group(), () -> compare(counts.get(group),
              Objects.requireNonNull(reference), group == referenceIndex));
      if (r.isPublished()) {
        low += r.value().belowMinimumRate() ? 1 : 0;
        gaps += r.value().gapSupported() ? 1 : 0;
      }
      out.add(r);
    }
    long published = out.build().stream().filter(GroupResult::isPublished).count();
    String verdict = published == 0
        ? "All " + groups + " groups by '" + dimension.name()
            + "' are suppressed (each is too small to publish or would reveal one that is)."
        : "Of " + groups + " groups by '" + dimension.name() + "', " + published
            + " are published (" + (groups - published) + " suppressed): " + low
            + " respond below " + Text.percent(minimumRate) + " and " + gaps
            + " respond at a rate statistically below the reference group's.";
    return ImmutableParticipationResult.builder()
        .dimension(dimension.name())
        .minimumGroupSize(policy.minimumFor(CellKind.RESPONSE_RATE, dimension.sensitive()))
        .groups(out.build())
        .reference(Optional.ofNullable(reference).map(ParticipationCount::group))
        .verdict(verdict)
        .build();
  }

  private static boolean higher(ParticipationCount a, ParticipationCount b) {
    long left = (long) a.responded() * b.invited();
    long right = (long) b.responded() * a.invited();
    return left > right || (left == right && a.invited() > b.invited());
  }

  private GroupParticipation compare(
      ParticipationCount c, ParticipationCount ref, boolean isReference) {
    // Exact: responded < minimumRate · invited with the rate's decimal value.
    boolean low = BigDecimal.valueOf(c.responded())
        .compareTo(BigDecimal.valueOf(minimumRate).multiply(BigDecimal.valueOf(c.invited()))) < 0;
    ImmutableGroupParticipation.Builder b = ImmutableGroupParticipation.builder()
        .group(c.group()).invited(c.invited()).responded(c.responded()).rate(c.rate())
        .rateInterval(AdverseImpact.interval(
            Proportions.wilson(c.responded(), c.invited(), level).orElseThrow()))
        .belowMinimumRate(low).reference(isReference);
    String name = Text.quoted(c.group());
    String rate = Text.percent(c.rate()) + " (" + c.responded() + " of " + c.invited() + ")";
    String health = low ? ", below the healthy minimum of " + Text.percent(minimumRate) : "";
    if (isReference) {
      return b.gapSupported(false)
          .sentence(name + " has the highest response rate, " + rate + health
              + ", and is the reference group.")
          .build();
    }
    double gap = c.rate() - ref.rate();
    var interval = Proportions.newcombeDifference(
        c.responded(), c.invited(), ref.responded(), ref.invited(), level).orElseThrow();
    boolean supported = interval.upper() < 0;
    b.gap(gap).gapInterval(AdverseImpact.interval(interval)).gapSupported(supported);
    String points = Text.number(-100 * gap) + " percentage points below "
        + Text.quoted(ref.group()) + " (" + Text.percent(ref.rate()) + ")";
    return b.sentence(name + " responded at " + rate + health + "; "
            + (gap == 0 ? "the same rate as " + Text.quoted(ref.group()) + "."
                : points + (supported ? ", a statistically supported gap."
                    : ", a gap not statistically supported at this size.")))
        .build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ParticipationParity other
        && Double.compare(minimumRate, other.minimumRate) == 0
        && Double.compare(level, other.level) == 0 && policy.equals(other.policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimumRate, level, policy);
  }

  @Override
  public String toString() {
    return "ParticipationParity{minimumRate=" + minimumRate + ", level=" + level
        + ", policy=" + policy + "}";
  }
}
