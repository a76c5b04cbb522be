package dev.belonging.fairness;

import dev.belonging.internal.Checks;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The one place where the fairness checks decide which groups they may publish: the seam where
 * the disclosure-control engine plugs in.
 *
 * <p>Today it applies two rules that depend only on group sizes (never on outcomes):
 *
 * <ol>
 *   <li><b>Primary</b>: a group with fewer members than the minimum is suppressed. The minimum
 *       is the configured {@code minimumGroupSize} k (default {@value #DEFAULT_MINIMUM_GROUP_SIZE},
 *       never below {@value #FLOOR}); groups of a sensitive dimension need {@value
 *       #SENSITIVE_FACTOR}k.
 *   <li><b>Complement</b>: if the suppressed groups together have fewer members than the
 *       minimum, a reader who knows the total (the headcount, the number promoted) could subtract
 *       the published groups and recover them as one small group. Then the smallest published
 *       group (ties: the later one) is suppressed too, and so on until the suppressed groups
 *       together reach the minimum or nothing is published. With two groups of which one is
 *       small, both are suppressed.
 * </ol>
 *
 * <p>The checks never publish totals over all groups or "rest of the organisation" figures that
 * include suppressed groups: comparisons are against a published reference group or the pooled
 * published groups, so no suppressed group enters a published number.
 *
 * <p><b>Integration.</b> When {@code dev.belonging.anonymity} is merged, {@link #decide} becomes
 * a call to {@code DisclosureControl.withDefaults().withPolicy(policy).protect(respondents,
 * requests)} with one cell request per group (its member set, sensitive flag), and the
 * decisions below are read from {@code Release.isPublished(key)} / {@code decision(key)}; the
 * minimum comes from {@code AnonymityPolicy.minimumFor(cellKind, sensitive)}. Nothing outside
 * this class needs to change. Thread-safe; immutable.
 */
final class FairnessRelease {
  /** The usual floor of minimum group sizes; smaller groups identify people too easily. */
  static final int FLOOR = 3;
  /** The minimum group size almost every platform uses for scores. */
  static final int DEFAULT_MINIMUM_GROUP_SIZE = 5;
  /** Groups of sensitive (self-identified demographic) dimensions need this many times k. */
  static final int SENSITIVE_FACTOR = 2;

  private final int minimum;
  private final List<Optional<Suppression>> decisions;

  private FairnessRelease(int minimum, List<Optional<Suppression>> decisions) {
    this.minimum = minimum;
    this.decisions = decisions;
  }

  /**
   * Validates a configured minimum group size.
   *
   * @throws IllegalArgumentException if {@code minimumGroupSize < 3}
   */
  static int checkMinimum(int minimumGroupSize) {
    return Checks.atLeast("minimumGroupSize", minimumGroupSize, FLOOR);
  }

  /** The minimum a group of {@code dimension} must reach. */
  static int effectiveMinimum(int minimumGroupSize, Dimension dimension) {
    return dimension.sensitive()
        ? Math.multiplyExact(SENSITIVE_FACTOR, minimumGroupSize) : minimumGroupSize;
  }

  /**
   * Decides which groups may be published.
   *
   * @param minimumGroupSize the configured k, {@code >= 3}
   * @param dimension the breakdown dimension (its sensitivity raises the minimum)
   * @param sizes the number of distinct members of each group, each {@code >= 0}
   */
  static FairnessRelease decide(int minimumGroupSize, Dimension dimension, long[] sizes) {
    int minimum = effectiveMinimum(checkMinimum(minimumGroupSize), dimension);
    List<Optional<Suppression>> decisions = new ArrayList<>();
    long suppressedTotal = 0;
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] < minimum) {
        decisions.add(Optional.of(Suppression.BELOW_MINIMUM_GROUP_SIZE));
        suppressedTotal += sizes[i];
      } else {
        decisions.add(Optional.empty());
      }
    }
    while (suppressedTotal > 0 && suppressedTotal < minimum) {
      int smallest = -1;
      for (int i = 0; i < sizes.length; i++) {
        if (decisions.get(i).isEmpty() && (smallest < 0 || sizes[i] <= sizes[smallest])) {
          smallest = i;
        }
      }
      if (smallest < 0) {
        break;
      }
      decisions.set(smallest, Optional.of(Suppression.COMPLEMENT_DISCLOSURE));
      suppressedTotal += sizes[smallest];
    }
    return new FairnessRelease(minimum, List.copyOf(decisions));
  }

  /**
   * The decision for a number over everyone in an analysis (for example the Gini coefficient of
   * all meeting attendees): primary suppression with the non-sensitive minimum, since it reveals
   * no breakdown.
   */
  static Optional<Suppression> overall(int minimumGroupSize, long people) {
    return people < checkMinimum(minimumGroupSize)
        ? Optional.of(Suppression.BELOW_MINIMUM_GROUP_SIZE) : Optional.empty();
  }

  /** The minimum group size that was applied. */
  int minimum() {
    return minimum;
  }

  /** Whether group {@code index} may be published. */
  boolean isPublished(int index) {
    return decisions.get(index).isEmpty();
  }

  /** Why group {@code index} is suppressed; empty when it may be published. */
  Optional<Suppression> decision(int index) {
    return decisions.get(index);
  }

  /** The group's result: its value if published, else the suppression only. */
  <T> GroupResult<T> release(int index, String group, IntFunction<T> value) {
    return isPublished(index)
        ? GroupResult.published(group, value.apply(index))
        : GroupResult.suppressed(group, decisions.get(index).orElseThrow());
  }

  @Override
  public String toString() {
    return "FairnessRelease{minimum=" + minimum + ", decisions=" + decisions + "}";
  }
}
