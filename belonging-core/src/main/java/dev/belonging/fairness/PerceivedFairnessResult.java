package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a {@link PerceivedFairness} check: one {@link GroupResult} per group and a
 * summary sentence. Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class PerceivedFairnessResult {
  PerceivedFairnessResult() {}

  /**
   * A builder of a perceived-fairness result, for example as read back from storage; every field without a default is required and {@code build()} checks the
   * documented ranges.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PerceivedFairnessResult}; {@code build()} throws IllegalArgumentException if a rule is broken. */
  public static final class Builder extends ImmutablePerceivedFairnessResult.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ResultChecks.notBlank("dimension", dimension());
    ResultChecks.atLeast("minimumGroupSize", minimumGroupSize(), 1);
    ResultChecks.groups(groups(), GroupFairnessGap::group, java.util.Optional.empty());
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
  public abstract ImmutableList<GroupResult<GroupFairnessGap>> groups();

  /** A plain-sentence summary. */
  public abstract String verdict();

  /**
   * The result of one group.
   *
   * @param group the label
   * @return its result; empty when there is no such group
   */
  public final Optional<GroupResult<GroupFairnessGap>> group(String group) {
    return groups().stream().filter(g -> g.group().equals(group)).findFirst();
  }

  @Override
  public String toString() {
    return "PerceivedFairnessResult{groups=" + groups().size() + "}";
  }
}
