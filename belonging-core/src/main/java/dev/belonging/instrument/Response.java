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
    this.answers = b.answers.build();
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
    private final Answers answers = new Answers();
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
      response.answers.forEach(answers::put);
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
      if (!answers.put(itemId, point)) {
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

  /**
   * Closed answers in insertion order: parallel arrays of ids and points with an open-addressing
   * index, so that a builder that reads thousands of responses per second allocates no map entry
   * per answer; built into the {@link ImmutableMap} once. Beyond {@link #SMALL} answers the index
   * is a {@link java.util.HashMap}, whose bins become trees, so that ids crafted to share a hash
   * code cannot make adding quadratic.
   */
  private static final class Answers {
    private static final int SMALL = 64;
    private String[] ids = new String[8];
    private int[] points = new int[8];
    /** Open addressing: the position of an id plus one, 0 for an empty slot. */
    private int[] index = new int[16];
    private @Nullable Map<String, Integer> large;
    private int size;

    void clear() {
      java.util.Arrays.fill(ids, 0, size, null);
      java.util.Arrays.fill(index, 0);
      large = null;
      size = 0;
    }

    /** Adds an answer; false (and no change) if the id already has one. */
    boolean put(String id, int point) {
      Map<String, Integer> byId = large;
      if (byId != null) {
        if (byId.putIfAbsent(id, size) != null) {
          return false;
        }
        append(id, point);
        return true;
      }
      int mask = index.length - 1;
      int slot = spread(id.hashCode()) & mask;
      while (index[slot] != 0) {
        if (ids[index[slot] - 1].equals(id)) {
          return false;
        }
        slot = (slot + 1) & mask;
      }
      append(id, point);
      index[slot] = size;
      if (size == SMALL) {
        byId = new java.util.HashMap<>();
        for (int i = 0; i < size; i++) {
          byId.put(ids[i], i);
        }
        large = byId;
      } else if (size * 2 > index.length) {
        rehash();
      }
      return true;
    }

    private void append(String id, int point) {
      if (size == ids.length) {
        ids = java.util.Arrays.copyOf(ids, size * 2);
        points = java.util.Arrays.copyOf(points, size * 2);
      }
      ids[size] = id;
      points[size] = point;
      size++;
    }

    private static int spread(int hash) {
      int h = hash * 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    private void rehash() {
      index = new int[index.length * 2];
      int mask = index.length - 1;
      for (int i = 0; i < size; i++) {
        int slot = spread(ids[i].hashCode()) & mask;
        while (index[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        index[slot] = i + 1;
      }
    }

    ImmutableMap<String, Integer> build() {
      if (size == 0) {
        return ImmutableMap.of();
      }
      ImmutableMap.Builder<String, Integer> map = ImmutableMap.builderWithExpectedSize(size);
      for (int i = 0; i < size; i++) {
        map.put(ids[i], points[i]);
      }
      return map.buildOrThrow();
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
