package dev.belonging.instrument;

import com.google.common.collect.ImmutableMap;
import dev.belonging.workforce.Attributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One respondent's answers in one wave: closed answers by item id, open-text comments by item id,
 * and the respondent's subgroup {@link Attributes}.
 *
 * <p>The respondent id is a pseudonym that only serves to detect duplicates within a wave. It,
 * the answers, the comments and the attribute values never appear in {@link #toString()} or in
 * any exception message of the library: those name counts and item ids only. (This is why
 * Response is written by hand rather than generated: the builder's checks never echo a value.)
 *
 * <p>A response is a plain value: whether its answers fit an instrument is checked by {@link
 * ResponseValidator}. Instances are immutable and thread-safe; equality is by all four parts.
 */
public final class Response {
  private final String respondentId;
  private final Attributes attributes;
  private final ImmutableMap<String, Integer> answers;
  private final ImmutableMap<String, String> comments;

  private Response(Builder b) {
    this.respondentId = b.respondentId == null ? "" : b.respondentId;
    this.attributes = b.attributes;
    this.answers = ImmutableMap.copyOf(b.answers);
    this.comments = ImmutableMap.copyOf(b.comments);
  }

  /** The pseudonymous respondent id; not blank. Never printed. */
  public String respondentId() {
    return respondentId;
  }

  /** The respondent's subgroup attributes; {@link Attributes#none()} unless set. */
  public Attributes attributes() {
    return attributes;
  }

  /** Closed answers: item id to the point chosen (as answered, before reverse keying). */
  public ImmutableMap<String, Integer> answers() {
    return answers;
  }

  /** Open-text answers: item id to the comment. */
  public ImmutableMap<String, String> comments() {
    return comments;
  }

  /**
   * A response without comments.
   *
   * @param respondentId the pseudonymous respondent id, not blank
   * @param attributes the respondent's attributes
   * @param answers item id to point
   * @return the response
   * @throws IllegalArgumentException if {@code respondentId} is blank
   * @throws NullPointerException if an argument, key or value is null
   */
  public static Response of(
      String respondentId, Attributes attributes, Map<String, Integer> answers) {
    return builder().respondentId(respondentId).attributes(attributes).putAllAnswers(answers)
        .build();
  }

  /** A builder; the respondent id is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Response}; not thread-safe. Its exception messages name item ids at most,
   * never the respondent id, a point or a comment.
   */
  public static final class Builder {
    private @Nullable String respondentId;
    private Attributes attributes = Attributes.none();
    private final Map<String, Integer> answers = new LinkedHashMap<>();
    private final Map<String, String> comments = new LinkedHashMap<>();

    Builder() {}

    /**
     * Copies all parts of a response, replacing what was set.
     *
     * @param response the response to copy
     * @return this builder
     */
    public Builder from(Response response) {
      respondentId = response.respondentId;
      attributes = response.attributes;
      answers.clear();
      answers.putAll(response.answers);
      comments.clear();
      comments.putAll(response.comments);
      return this;
    }

    /**
     * Sets the pseudonymous respondent id.
     *
     * @param respondentId not blank
     * @return this builder
     */
    public Builder respondentId(String respondentId) {
      this.respondentId = Objects.requireNonNull(respondentId, "respondentId");
      return this;
    }

    /**
     * Sets the attributes.
     *
     * @param attributes the respondent's attributes
     * @return this builder
     */
    public Builder attributes(Attributes attributes) {
      this.attributes = Objects.requireNonNull(attributes, "attributes");
      return this;
    }

    /**
     * Adds one closed answer.
     *
     * @param itemId the item id
     * @param point the point chosen
     * @return this builder
     * @throws IllegalArgumentException if the item already has an answer
     */
    public Builder putAnswer(String itemId, int point) {
      Objects.requireNonNull(itemId, "answer item id");
      if (answers.putIfAbsent(itemId, point) != null) {
        throw new IllegalArgumentException("answers must have one point per item, but item '"
            + itemId + "' was answered twice");
      }
      return this;
    }

    /**
     * Adds closed answers.
     *
     * @param answers item id to point
     * @return this builder
     * @throws IllegalArgumentException if an item already has an answer
     * @throws NullPointerException if a key or value is null
     */
    public Builder putAllAnswers(Map<String, Integer> answers) {
      answers.forEach((k, v) -> putAnswer(k, Objects.requireNonNull(v, "answer point")));
      return this;
    }

    /**
     * Adds one open-text comment.
     *
     * @param itemId the open-text item id
     * @param comment the comment
     * @return this builder
     * @throws IllegalArgumentException if the item already has a comment
     */
    public Builder putComment(String itemId, String comment) {
      Objects.requireNonNull(itemId, "comment item id");
      Objects.requireNonNull(comment, "comment");
      if (comments.putIfAbsent(itemId, comment) != null) {
        throw new IllegalArgumentException("comments must have one comment per item, but item '"
            + itemId + "' had two");
      }
      return this;
    }

    /**
     * Adds open-text comments.
     *
     * @param comments item id to comment
     * @return this builder
     * @throws IllegalArgumentException if an item already has a comment
     * @throws NullPointerException if a key or value is null
     */
    public Builder putAllComments(Map<String, String> comments) {
      comments.forEach(this::putComment);
      return this;
    }

    /**
     * Builds the response.
     *
     * @return the response
     * @throws IllegalArgumentException if the respondent id is missing or blank
     */
    public Response build() {
      if (respondentId == null || respondentId.isBlank()) {
        throw new IllegalArgumentException("respondentId must not be blank");
      }
      return new Response(this);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Response)) {
      return false;
    }
    Response r = (Response) o;
    return respondentId.equals(r.respondentId) && attributes.equals(r.attributes)
        && answers.equals(r.answers) && comments.equals(r.comments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(respondentId, attributes, answers, comments);
  }

  /** Counts only: never the respondent id, answers, comments or attribute values. */
  @Override
  public String toString() {
    return "Response[answers=" + answers.size() + ", comments=" + comments.size() + ", "
        + attributes + "]";
  }
}
