package dev.belonging.instrument;

import com.google.common.collect.ImmutableMap;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.workforce.Attributes;
import org.immutables.value.Value;

/**
 * One respondent's answers in one wave: closed answers by item id, open-text comments by item id,
 * and the respondent's subgroup {@link Attributes}.
 *
 * <p>The respondent id is a pseudonym that only serves to detect duplicates within a wave. It,
 * the answers, the comments and the attribute values never appear in {@link #toString()} or in
 * any exception message of the library: those name counts and item ids only.
 *
 * <p>A response is a plain value: whether its answers fit an instrument is checked by {@code
 * ResponseValidator}. Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class Response {
  Response() {}

  /** The pseudonymous respondent id; not blank. Never printed. */
  public abstract String respondentId();

  /** The respondent's subgroup attributes; none unless set. */
  @Value.Default
  public Attributes attributes() {
    return Attributes.none();
  }

  /** Closed answers: item id to the point chosen (as answered, before reverse keying). */
  public abstract ImmutableMap<String, Integer> answers();

  /** Open-text answers: item id to the comment. */
  public abstract ImmutableMap<String, String> comments();

  /**
   * A response.
   *
   * @param respondentId the pseudonymous respondent id, not blank
   * @param attributes the respondent's attributes
   * @param answers item id to point
   * @return the response, without comments
   * @throws IllegalArgumentException if {@code respondentId} is blank
   */
  public static Response of(
      String respondentId, Attributes attributes, java.util.Map<String, Integer> answers) {
    return builder().respondentId(respondentId).attributes(attributes).putAllAnswers(answers)
        .build();
  }

  /** A builder; the respondent id is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Response}; not thread-safe. */
  public static final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (respondentId().isBlank()) {
      throw new IllegalArgumentException("respondentId must not be blank");
    }
  }

  /** Counts only: never the respondent id, answers, comments or attribute values. */
  @Override
  public String toString() {
    return "Response[answers=" + answers().size() + ", comments=" + comments().size() + ", "
        + attributes() + "]";
  }
}
