package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a {@link ParticipationParity} check: one {@link GroupResult} per group, the
 * reference group and a summary sentence. The overall response rate is not included, but the
 * disclosure check treats it as known to readers, so publishing it beside this result reveals no
 * suppressed group. Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class ParticipationResult {
  ParticipationResult() {}

  /**
   * A builder of a participation-parity result, for example as read back from storage; every field without a default is required and {@code build()} checks the
   * documented ranges.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParticipationResult}; {@code build()} throws IllegalArgumentException if a rule is broken. */
  public static final class Builder extends ImmutableParticipationResult.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ResultChecks.notBlank("dimension", dimension());
    ResultChecks.atLeast("minimumGroupSize", minimumGroupSize(), 1);
    ResultChecks.groups(groups(), GroupParticipation::group, reference());
    ResultChecks.notBlank("verdict", verdict());
  }

  /** The breakdown dimension's name. */
  public abstract String dimension();

  /**
   * The minimum number of invitees a group needed: the policy's response-rate minimum, or its
   * sensitive minimum for sensitive dimensions.
   */
  public abstract int minimumGroupSize();

  /** Each group, published or suppressed. */
  public abstract ImmutableList<GroupResult<GroupParticipation>> groups();

  /** The reference group's label; empty when no group is published. */
  public abstract Optional<String> reference();

  /** A plain-sentence summary. */
  public abstract String verdict();

  /**
   * The result of one group.
   *
   * @param group the label
   * @return its result; empty when there is no such group
   */
  public final Optional<GroupResult<GroupParticipation>> group(String group) {
    return groups().stream().filter(g -> g.group().equals(group)).findFirst();
  }

  /** Counts of groups only, never labels. */
  @Override
  public String toString() {
    return "ParticipationResult{groups=" + groups().size() + ", published="
        + groups().stream().filter(GroupResult::isPublished).count() + "}";
  }
}
