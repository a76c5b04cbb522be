package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of an {@link AdverseImpact} check: one {@link GroupResult} per group, in input
 * order (or by label when built from records), the reference group and a summary sentence.
 *
 * <p>No number about a suppressed group and no total over all groups is contained here.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class AdverseImpactResult {
  AdverseImpactResult() {}

  /**
   * A builder of an adverse-impact result, for example as read back from storage; every field without a default is required and {@code build()} checks the
   * documented ranges.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AdverseImpactResult}; {@code build()} throws IllegalArgumentException if a rule is broken. */
  public static final class Builder extends ImmutableAdverseImpactResult.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ResultChecks.notBlank("dimension", dimension());
    ResultChecks.atLeast("minimumGroupSize", minimumGroupSize(), 1);
    ResultChecks.groups(groups(), GroupImpact::group, reference());
    ResultChecks.notBlank("verdict", verdict());
  }

  /** The breakdown dimension's name. */
  public abstract String dimension();

  /**
   * The minimum group size applied to groups: the policy's, or its sensitive minimum for sensitive
   * dimensions.
   */
  public abstract int minimumGroupSize();

  /** Each group, published or suppressed. */
  public abstract ImmutableList<GroupResult<GroupImpact>> groups();

  /** The reference group's label; empty when no group is published. */
  public abstract Optional<String> reference();

  /** A plain-sentence summary: how many groups are flagged and supported, flagged only, clear. */
  public abstract String verdict();

  /**
   * The result of one group.
   *
   * @param group the group's label
   * @return its result; empty when there is no such group
   */
  public final Optional<GroupResult<GroupImpact>> group(String group) {
    return groups().stream().filter(g -> g.group().equals(group)).findFirst();
  }

  /** Counts of groups only, never labels. */
  @Override
  public String toString() {
    return "AdverseImpactResult{groups=" + groups().size() + ", published="
        + groups().stream().filter(GroupResult::isPublished).count() + "}";
  }
}
