package dev.belonging.instrument;

import com.google.common.collect.ImmutableMap;
import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One respondent's construct scores and the favorability of each answered closed item, from
 * {@link Scoring#score(Instrument, Response)}.
 *
 * <p>{@link #toString()} shows counts only. Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class RespondentScores {
  RespondentScores() {}

  /**
   * Scores by construct, in the instrument's construct order; constructs without scored items
   * (only open-text or 0-10 rating items) are absent.
   */
  public abstract ImmutableMap<Construct, ConstructScore> constructs();

  /** Favorability of each answered closed item after reverse keying, by item id, item order. */
  public abstract ImmutableMap<String, Favorability> favorability();

  /**
   * The score of one construct.
   *
   * @param construct a construct
   * @return its score, or empty if the instrument has no scored item for it
   */
  public final Optional<ConstructScore> construct(Construct construct) {
    return Optional.ofNullable(constructs().get(construct));
  }

  @Override
  public String toString() {
    return "RespondentScores[constructs=" + constructs().size() + ", items="
        + favorability().size() + "]";
  }
}
