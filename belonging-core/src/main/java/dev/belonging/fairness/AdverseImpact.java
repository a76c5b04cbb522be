package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.anonymity.CellKind;
import dev.belonging.internal.stats.ConfidenceLimits;
import dev.belonging.internal.stats.FisherExact;
import dev.belonging.internal.stats.MantelHaenszel;
import dev.belonging.internal.stats.Proportions;
import dev.belonging.stats.Interval;
import dev.belonging.workforce.Dimension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Adverse-impact analysis of a selection process (promotion, assignment to visible projects, top
 * performance rating) by subgroup, the way employment statisticians do it.
 *
 * <p>For each published group: the selection rate; the impact ratio against the reference group,
 * which is the published group with the highest rate (ties: the larger group, then the earlier);
 * the four-fifths flag (ratio below the threshold, 0.8 by default; EEOC Uniform Guidelines, 29
 * CFR 1607.4(D)); Fisher's exact test (two-sided, R's {@code fisher.test}) and the pooled
 * two-proportion z test against the reference; the Katz interval of the ratio; the shortfall in
 * people; and the one-person sensitivity check. See {@link GroupImpact} for each number.
 *
 * <p><b>Why against the reference group and not against "everyone else".</b> The four-fifths
 * rule compares with the highest-rate group, and "everyone else" would include suppressed groups,
 * so the published rest of one group minus the other published groups would reveal them.
 *
 * <p><b>Verdict.</b> A group is "flagged and supported" when it is below four-fifths and
 * Fisher's exact p is below alpha (0.05 by default); "flagged by the four-fifths rule but not
 * supported at this size" when only the ratio is low (1 of 10 against 20 of 90 has ratio 0.45
 * and p = 0.68); otherwise "not flagged". Fisher's test decides because it is exact at the small
 * sizes where the question matters; the z test is reported for readers used to it.
 *
 * <p><b>Strata.</b> When the outcomes carry strata (sites, periods), rates and tests use the
 * counts summed over strata and {@link GroupImpact#pooled()} adds the Cochran-Mantel-Haenszel
 * test against the reference across strata.
 *
 * <p><b>Anonymity.</b> Every group passes the exact disclosure check of {@code
 * dev.belonging.anonymity} under the check's {@link AnonymityPolicy}, as survey cells do. The
 * cells are sets of people: the groups, with the total (headcount and number selected) and, for
 * stratified data, each stratum's total treated as known to readers. A group below the minimum
 * group size (the policy's {@link AnonymityPolicy#minimumGroupSize()}, 5 by default; its {@link
 * AnonymityPolicy#sensitiveMinimum()}, 10, for sensitive dimensions) is suppressed as {@link
 * Suppression#BELOW_MINIMUM_GROUP_SIZE}; a group whose publication would let any set of people
 * below the minimum be derived from the published groups and those totals (by subtraction or any
 * other linear combination, including by a person who knows their own outcome) is suppressed as
 * {@link Suppression#COMPLEMENT_DISCLOSURE}. The pooled evidence of a group is published only when
 * the group and the reference within every stratum pass the same check, since the
 * Cochran-Mantel-Haenszel numbers are computed from them. Suppression depends on who is in which
 * group only, never on outcomes.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AdverseImpact {
  private static final AdverseImpact DEFAULTS =
      new AdverseImpact(0.8, 0.95, 0.05, AnonymityPolicy.withDefaults());

  private final double fourFifthsThreshold;
  private final double level;
  private final double alpha;
  private final AnonymityPolicy policy;

  private AdverseImpact(double fourFifthsThreshold, double level, double alpha,
      AnonymityPolicy policy) {
    this.fourFifthsThreshold = fourFifthsThreshold;
    this.level = level;
    this.alpha = alpha;
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** Threshold 0.8, 95% intervals, alpha 0.05, {@link AnonymityPolicy#withDefaults()}. */
  public static AdverseImpact withDefaults() {
    return DEFAULTS;
  }

  /**
   * This check with another impact-ratio threshold.
   *
   * @param threshold in (0, 1], 0.8 for the four-fifths rule
   * @return the new check
   * @throws IllegalArgumentException if {@code threshold} is outside (0, 1]
   */
  public AdverseImpact withFourFifthsThreshold(double threshold) {
    return new AdverseImpact(Levels.ratioThreshold("fourFifthsThreshold", threshold), level,
        alpha, policy);
  }

  /**
   * This check with another confidence level for the ratio interval and the pooled odds ratio.
   *
   * @param level in (0, 1)
   * @return the new check
   * @throws IllegalArgumentException if {@code level} is outside (0, 1)
   */
  public AdverseImpact withLevel(double level) {
    return new AdverseImpact(fourFifthsThreshold, Levels.openUnit("level", level), alpha,
        policy);
  }

  /**
   * This check with another significance level for "supported".
   *
   * @param alpha in (0, 1)
   * @return the new check
   * @throws IllegalArgumentException if {@code alpha} is outside (0, 1)
   */
  public AdverseImpact withAlpha(double alpha) {
    return new AdverseImpact(fourFifthsThreshold, level, Levels.openUnit("alpha", alpha),
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
  public AdverseImpact withPolicy(AnonymityPolicy policy) {
    return new AdverseImpact(fourFifthsThreshold, level, alpha, policy);
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
  public AdverseImpact withMinimumGroupSize(int minimumGroupSize) {
    return withPolicy(FairnessRelease.withMinimum(policy, minimumGroupSize));
  }

  /** The impact-ratio threshold, in (0, 1]. */
  public double fourFifthsThreshold() {
    return fourFifthsThreshold;
  }

  /** The confidence level of intervals, in (0, 1). */
  public double level() {
    return level;
  }

  /** The significance level for "supported", in (0, 1). */
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
   * Counts people's outcomes by group with {@link SelectionOutcome#fromRecords} and tests them.
   *
   * @param dimension the breakdown dimension
   * @param records one record per person
   * @return the result, groups ordered by label
   * @throws IllegalArgumentException as {@link SelectionOutcome#fromRecords}
   */
  public AdverseImpactResult testRecords(Dimension dimension, List<OutcomeRecord> records) {
    return test(dimension, SelectionOutcome.fromRecords(dimension, records));
  }

  /**
   * Tests per-group counts.
   *
   * @param dimension the breakdown dimension (its sensitivity raises the minimum group size)
   * @param outcomes per group, or per group and stratum: either all with a stratum or all
   *     without; at most one entry per group (and stratum)
   * @return the result, groups in order of first appearance
   * @throws IllegalArgumentException if {@code outcomes} is empty, an entry repeats a group (and
   *     stratum), strata are given for some entries but not others, or the total exceeds {@code
   *     Integer.MAX_VALUE} (messages name the position)
   */
  public AdverseImpactResult test(Dimension dimension, List<SelectionOutcome> outcomes) {
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("outcomes must not be empty");
    }
    boolean stratified = outcomes.get(0).stratum().isPresent();
    Map<String, List<SelectionOutcome>> byGroup = new LinkedHashMap<>();
    long total = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      SelectionOutcome o = outcomes.get(i);
      if (o.stratum().isPresent() != stratified) {
        throw new IllegalArgumentException("outcomes[" + i + "] "
            + (stratified ? "has no stratum, but outcomes[0] has one"
                : "has a stratum, but outcomes[0] has none")
            + " (mismatched periods or sites)");
      }
      List<SelectionOutcome> entries = byGroup.computeIfAbsent(o.group(), g -> new ArrayList<>());
      for (SelectionOutcome earlier : entries) {
        if (earlier.stratum().equals(o.stratum())) {
          throw new IllegalArgumentException("outcomes[" + i + "] repeats group '" + o.group()
              + "'" + (stratified ? " in the same stratum" : ""));
        }
      }
      entries.add(o);
      total += o.size();
    }
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "the sum of group sizes must be <= " + Integer.MAX_VALUE + ", but was " + total);
    }
    List<String> labels = new ArrayList<>(byGroup.keySet());
    int groups = labels.size();
    int[] selected = new int[groups];
    int[] size = new int[groups];
    for (int g = 0; g < groups; g++) {
      for (SelectionOutcome o : byGroup.get(labels.get(g))) {
        selected[g] += o.selected();
        size[g] += o.size();
      }
    }
    Cells cells = new Cells(dimension, labels, byGroup, stratified);
    FairnessRelease release = cells.plan.decide(policy);
    int ref = -1;
    for (int g = 0; g < groups; g++) {
      if (release.isPublished(cells.group[g])
          && (ref < 0 || higherRate(g, ref, selected, size))) {
        ref = g;
      }
    }
    int reference = ref;
    ImmutableList.Builder<GroupResult<GroupImpact>> results = ImmutableList.builder();
    int[] verdicts = new int[DisparityVerdict.values().length];
    for (int g = 0; g < groups; g++) {
      int group = g;
      GroupResult<GroupImpact> r = release.release(cells.group[g], labels.get(g), () -> impact(
          group, reference, labels, selected, size,
          stratified, stratified ? cells.pooling(release, group, reference) : Optional.empty(),
          byGroup));
      r.published().ifPresent(v -> verdicts[v.verdict().ordinal()]++);
      results.add(r);
    }
    return ImmutableAdverseImpactResult.builder()
        .dimension(dimension.name())
        .minimumGroupSize(policy.minimumFor(CellKind.SCORE, dimension.sensitive()))
        .groups(results.build())
        .reference(reference < 0 ? Optional.empty() : Optional.of(labels.get(reference)))
        .verdict(Groups.summary(dimension, groups, release.countPublished(cells.group), verdicts,
            "selected at under four-fifths of the reference rate"))
        .build();
  }

  /** Whether group a has a higher rate than b; ties go to the larger, then the earlier group. */
  private static boolean higherRate(int a, int b, int[] selected, int[] size) {
    long left = (long) selected[a] * size[b];
    long right = (long) selected[b] * size[a];
    return left > right || (left == right && size[a] > size[b]);
  }

  private GroupImpact impact(int g, int ref, List<String> labels, int[] selected, int[] size,
      boolean stratified, Optional<Suppression> pooling,
      Map<String, List<SelectionOutcome>> strata) {
    int x = selected[g];
    int n = size[g];
    int xr = selected[ref];
    int nr = size[ref];
    double rate = (double) x / n;
    double referenceRate = (double) xr / nr;
    ImmutableGroupImpact.Builder b = ImmutableGroupImpact.builder()
        .group(labels.get(g)).selected(x).size(n).rate(rate).referenceRate(referenceRate)
        .reference(g == ref);
    String name = Text.quoted(labels.get(g));
    String refName = Text.quoted(labels.get(ref));
    if (g == ref) {
      if (xr > 0) {
        b.impactRatio(1.0);
      }
      return b.belowFourFifths(false).shortfall(0).oneSelectionFlipsFlag(false)
          .verdict(DisparityVerdict.REFERENCE)
          .sentence(name + " has the highest selection rate, " + Text.percent(rate) + " ("
              + x + " of " + n + "), and is the reference group.")
          .build();
    }
    double fisherP = FisherExact.twoSidedP(x, n - x, xr, nr - xr);
    b.fisherP(fisherP);
    Proportions.zTest(x, n, xr, nr).ifPresent(z -> b.z(z.z()).zP(z.p()));
    Proportions.katzRatio(x, n, xr, nr, level)
        .ifPresent(k -> b.impactRatioInterval(interval(k.interval())));
    long shortfall = Math.max(0, ceilDiv((long) xr * n - (long) x * nr, nr));
    b.shortfall(shortfall);
    if (stratified) {
      if (pooling.isEmpty()) {
        b.pooled(pooled(strata.get(labels.get(g)), strata.get(labels.get(ref))));
      } else {
        b.pooledSuppression(pooling);
      }
    }
    String rates = name + " was selected at " + Text.percent(rate) + " (" + x + " of " + n
        + ") against " + Text.percent(referenceRate) + " (" + xr + " of " + nr + ") for "
        + refName;
    if (xr == 0) {
      return b.belowFourFifths(false).oneSelectionFlipsFlag(false)
          .verdict(DisparityVerdict.NOT_FLAGGED)
          .sentence(rates + ": no one was selected, so there is no disparity to assess.")
          .build();
    }
    double ratio = (double) ((long) x * nr) / ((double) n * xr);
    boolean flagged = flagged(x, n, xr, nr);
    boolean flips = flagged
        ? x < n && !flagged(x + 1, n, xr, nr)
        : x > 0 && flagged(x - 1, n, xr, nr);
    b.impactRatio(ratio).belowFourFifths(flagged).oneSelectionFlipsFlag(flips);
    String threshold = "the four-fifths threshold (" + Text.ratio(fourFifthsThreshold) + ")";
    String fragile = flips ? " One person more or fewer selected would change the flag." : "";
    if (!flagged) {
      return b.verdict(DisparityVerdict.NOT_FLAGGED)
          .sentence(rates + ": impact ratio " + Text.ratio(ratio) + ", not below " + threshold
              + "; not flagged." + fragile)
          .build();
    }
    String parity = " Parity with " + refName + " would mean " + Text.people(shortfall)
        + " more selected.";
    if (fisherP < alpha) {
      return b.verdict(DisparityVerdict.FLAGGED_AND_SUPPORTED)
          .sentence(rates + ": impact ratio " + Text.ratio(ratio) + " is below " + threshold
              + " and the difference is statistically supported (Fisher's exact p "
              + Text.p(fisherP) + ")." + parity + fragile)
          .build();
    }
    return b.verdict(DisparityVerdict.FLAGGED_NOT_SUPPORTED)
        .sentence(rates + ": impact ratio " + Text.ratio(ratio) + " is below " + threshold
            + ", but at this size the difference is not statistically supported (Fisher's exact p "
            + Text.p(fisherP) + ")." + parity + fragile)
        .build();
  }

  /**
   * {@code (x/n) / (xr/nr) < threshold}, the four-fifths flag, decided exactly as {@code x · nr <
   * threshold · xr · n} with the threshold's decimal value, so that a ratio of exactly 4/5 is not
   * flagged by rounding.
   */
  private boolean flagged(int x, int n, int xr, int nr) {
    BigDecimal left = BigDecimal.valueOf((long) x * nr);
    BigDecimal right = BigDecimal.valueOf(fourFifthsThreshold)
        .multiply(BigDecimal.valueOf((long) xr * n));
    return left.compareTo(right) < 0;
  }

  private PooledEvidence pooled(List<SelectionOutcome> group, List<SelectionOutcome> reference) {
    TreeSet<String> strata = new TreeSet<>();
    group.forEach(o -> strata.add(o.stratum().orElseThrow()));
    reference.forEach(o -> strata.add(o.stratum().orElseThrow()));
    long[][] tables = new long[strata.size()][];
    int k = 0;
    for (String stratum : strata) {
      SelectionOutcome a = find(group, stratum);
      SelectionOutcome r = find(reference, stratum);
      long xa = a == null ? 0 : a.selected();
      long na = a == null ? 0 : a.size();
      long xr = r == null ? 0 : r.selected();
      long nr = r == null ? 0 : r.size();
      tables[k++] = new long[] {xa, na - xa, xr, nr - xr};
    }
    MantelHaenszel.Result mh = MantelHaenszel.test(tables, true, level);
    return ImmutablePooledEvidence.builder()
        .strata(strata.size())
        .statistic(mh.statistic())
        .p(mh.p())
        .commonOddsRatio(mh.commonOddsRatio())
        .commonOddsRatioInterval(mh.interval().map(AdverseImpact::interval))
        .build();
  }

  private static @Nullable SelectionOutcome find(List<SelectionOutcome> entries, String stratum) {
    for (SelectionOutcome o : entries) {
      if (o.stratum().orElseThrow().equals(stratum)) {
        return o;
      }
    }
    return null;
  }

  /**
   * The cells of an adverse-impact release: one atom per group and stratum; the total and each
   * stratum's total (known to readers); each group; each group within each stratum (for the
   * pooled evidence).
   */
  private static final class Cells {
    final FairnessRelease.Plan plan = FairnessRelease.plan(CellKind.SCORE);
    final int[] group;
    /** Per group, per entry of the group: the cell of the group within that entry's stratum. */
    final int[][] detail;

    Cells(Dimension dimension, List<String> labels, Map<String, List<SelectionOutcome>> byGroup,
        boolean stratified) {
      int groups = labels.size();
      int[][] atoms = new int[groups][];
      Map<String, List<Integer>> strata = new TreeMap<>();
      for (int g = 0; g < groups; g++) {
        List<SelectionOutcome> entries = byGroup.get(labels.get(g));
        atoms[g] = new int[entries.size()];
        for (int e = 0; e < entries.size(); e++) {
          atoms[g][e] = plan.atom(entries.get(e).size());
          strata.computeIfAbsent(entries.get(e).stratum().orElse(""), s -> new ArrayList<>())
              .add(atoms[g][e]);
        }
      }
      plan.cell(FairnessRelease.TOTAL, false, plan.allAtoms());
      if (stratified) {
        strata.values().forEach(s -> plan.cell(FairnessRelease.TOTAL, false,
            s.stream().mapToInt(Integer::intValue).toArray()));
      }
      boolean sensitive = dimension.sensitive();
      group = new int[groups];
      for (int g = 0; g < groups; g++) {
        group[g] = plan.cell(FairnessRelease.GROUP, sensitive, atoms[g]);
      }
      detail = new int[groups][];
      for (int g = 0; g < groups; g++) {
        detail[g] = new int[atoms[g].length];
        for (int e = 0; e < atoms[g].length; e++) {
          detail[g][e] = stratified
              ? plan.cell(FairnessRelease.DETAIL, sensitive, atoms[g][e]) : group[g];
        }
      }
    }

    /**
     * Whether the pooled evidence of group {@code g} against {@code ref} may be published: empty
     * when both groups within every stratum are published, else a reason (below the minimum if
     * any such cell is, else complementary).
     */
    Optional<Suppression> pooling(FairnessRelease release, int g, int ref) {
      Optional<Suppression> reason = Optional.empty();
      for (int[] cells : List.of(detail[g], detail[ref])) {
        for (int cell : cells) {
          Optional<Suppression> d = release.decision(cell);
          if (d.isPresent() && (reason.isEmpty()
              || d.get() == Suppression.BELOW_MINIMUM_GROUP_SIZE)) {
            reason = d;
          }
        }
      }
      return reason;
    }
  }

  static Interval interval(ConfidenceLimits limits) {
    return Interval.of(limits.lower(), limits.upper(), limits.level());
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AdverseImpact other
        && Double.compare(fourFifthsThreshold, other.fourFifthsThreshold) == 0
        && Double.compare(level, other.level) == 0 && Double.compare(alpha, other.alpha) == 0
        && policy.equals(other.policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fourFifthsThreshold, level, alpha, policy);
  }

  @Override
  public String toString() {
    return "AdverseImpact{fourFifthsThreshold=" + fourFifthsThreshold + ", level=" + level
        + ", alpha=" + alpha + ", policy=" + policy + "}";
  }
}
