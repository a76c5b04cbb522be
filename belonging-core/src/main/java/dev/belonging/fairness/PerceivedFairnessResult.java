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
