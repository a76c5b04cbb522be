package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a {@link RecognitionEquity} check: one {@link GroupResult} per group, the
 * reference group and a summary sentence. No number about a suppressed group and no total over
 * all groups is contained. Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class RecognitionResult {
  RecognitionResult() {}

  /**
   * A builder of a recognition-equity result, for example as read back from storage; every field without a default is required and {@code build()} checks the
   * documented ranges.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecognitionResult}; {@code build()} throws IllegalArgumentException if a rule is broken. */
  public static final class Builder extends ImmutableRecognitionResult.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ResultChecks.notBlank("dimension", dimension());
    ResultChecks.atLeast("minimumGroupSize", minimumGroupSize(), 1);
    ResultChecks.groups(groups(), GroupRecognition::group, reference());
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
  public abstract ImmutableList<GroupResult<GroupRecognition>> groups();

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
  public final Optional<GroupResult<GroupRecognition>> group(String group) {
    return groups().stream().filter(g -> g.group().equals(group)).findFirst();
  }

  /** Counts of groups only, never labels. */
  @Override
  public String toString() {
    return "RecognitionResult{groups=" + groups().size() + ", published="
        + groups().stream().filter(GroupResult::isPublished).count() + "}";
  }
}
