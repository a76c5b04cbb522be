package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a {@link VoiceEquity} check: the meeting-level numbers (suppressed when the cell
 * of all attendees does not pass the disclosure check, for example when fewer people than the
 * minimum attended), one {@link GroupResult} per group and a summary sentence. Immutable and
 * thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class VoiceResult {
  VoiceResult() {}

  /**
   * A builder of a voice-equity result, for example as read back from storage; every field without a default is required and {@code build()} checks the
   * documented ranges.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VoiceResult}; {@code build()} throws IllegalArgumentException if a rule is broken. */
  public static final class Builder extends ImmutableVoiceResult.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ResultChecks.notBlank("dimension", dimension());
    ResultChecks.atLeast("minimumGroupSize", minimumGroupSize(), 1);
    ResultChecks.notBlank("overall label", overall().group());
    ResultChecks.groups(groups(), GroupVoice::group, java.util.Optional.empty());
    ResultChecks.notBlank("verdict", verdict());
  }

  /** The breakdown dimension's name. */
  public abstract String dimension();

  /**
   * The minimum group size applied to groups: the policy's, or its sensitive minimum for sensitive
   * dimensions.
   */
  public abstract int minimumGroupSize();

  /** The meeting-level numbers, under the label {@code "all attendees"}. */
  public abstract GroupResult<MeetingVoice> overall();

  /** Each group, published or suppressed, ordered by label. */
  public abstract ImmutableList<GroupResult<GroupVoice>> groups();

  /** A plain-sentence summary. */
  public abstract String verdict();

  /**
   * The result of one group.
   *
   * @param group the label
   * @return its result; empty when there is no such group
   */
  public final Optional<GroupResult<GroupVoice>> group(String group) {
    return groups().stream().filter(g -> g.group().equals(group)).findFirst();
  }

  @Override
  public String toString() {
    return "VoiceResult{groups=" + groups().size() + "}";
  }
}
