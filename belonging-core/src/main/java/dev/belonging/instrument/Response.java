package dev.belonging.instrument;

import com.google.common.collect.ImmutableMap;
import dev.belonging.workforce.Attributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.ObjIntConsumer;
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
 * ResponseValidator}. Instances are immutable and thread-safe; equality is by all four parts
 * (answers as a map: the same items with the same points, in any order).
 */
public final class Response {
  private final String respondentId;
  private final Attributes attributes;
  /** The answered item ids in order; shared by responses that answer the same ids in order. */
  private final ItemIds items;
  /** The points in the order of {@link #items}, when every one fits in a byte; else null. */
  private final byte @Nullable [] smallPoints;
  /** The points in the order of {@link #items}, when some does not fit in a byte; else null. */
  private final int @Nullable [] points;
  private final ImmutableMap<String, String> comments;
  /**
   * {@link #answers()}, built on first use. A racy single check: threads that race may each build
   * an equal map, and an {@link ImmutableMap} is safe to publish without synchronisation.
   */
  private @Nullable ImmutableMap<String, Integer> answerMap;

  private Response(Builder b) {
    this.respondentId = b.respondentId == null ? "" : b.respondentId;
    this.attributes = b.attributes;
    Answers answers = b.answers;
    this.items = answers.itemIds();
    this.smallPoints = answers.smallPoints();
    this.points = smallPoints == null ? answers.points() : null;
    this.comments = b.comments.isEmpty() ? ImmutableMap.of() : ImmutableMap.copyOf(b.comments);
  }

  /** The pseudonymous respondent id; not blank. Never printed. */
  public String respondentId() {
    return respondentId;
  }

  /** The respondent's subgroup attributes; {@link Attributes#none()} unless set. */
  public Attributes attributes() {
    return attributes;
  }

  /**
   * Closed answers: item id to the point chosen (as answered, before reverse keying), in the
   * order they were added. The response keeps its answers compactly and builds this map on the
   * first call, then keeps it; {@link #answerCount()}, {@link #answer(String)} and {@link
   * #forEachAnswer(ObjIntConsumer)} read the answers without building it, which on large waves
   * saves most of the memory a response takes.
   */
  public ImmutableMap<String, Integer> answers() {
    ImmutableMap<String, Integer> map = answerMap;
    if (map == null) {
      map = buildAnswerMap();
      answerMap = map;
    }
    return map;
  }

  private ImmutableMap<String, Integer> buildAnswerMap() {
    int count = answerCount();
    if (count == 0) {
      return ImmutableMap.of();
    }
    ImmutableMap.Builder<String, Integer> map = ImmutableMap.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      map.put(items.ids[i], point(i));
    }
    return map.buildOrThrow();
  }

  /**
   * The number of closed answers, {@code answers().size()}, without building {@link #answers()}.
   *
   * @return the number of answered closed items, {@code >= 0}
   */
  public int answerCount() {
    return items.ids.length;
  }

  /**
   * The point chosen for an item, {@code answers().get(itemId)}, without building {@link
   * #answers()}.
   *
   * @param itemId the item id
   * @return the point, or empty if the item has no closed answer
   * @throws NullPointerException if {@code itemId} is null
   */
  public OptionalInt answer(String itemId) {
    int i = items.indexOf(Objects.requireNonNull(itemId, "itemId"));
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(point(i));
  }

  /**
   * Passes every closed answer, item id and point, to {@code action} in the order of {@link
   * #answers()}, without building that map or boxing the points.
   *
   * @param action receives each item id and its point
   * @throws NullPointerException if {@code action} is null
   */
  public void forEachAnswer(ObjIntConsumer<String> action) {
    Objects.requireNonNull(action, "action");
    String[] ids = items.ids;
    byte[] small = smallPoints;
    if (small != null) {
      for (int i = 0; i < ids.length; i++) {
        action.accept(ids[i], small[i]);
      }
    } else {
      int[] all = Objects.requireNonNull(points);
      for (int i = 0; i < ids.length; i++) {
        action.accept(ids[i], all[i]);
      }
    }
  }

  private int point(int i) {
    byte[] small = smallPoints;
    return small != null ? small[i] : Objects.requireNonNull(points)[i];
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
      String[] ids = response.items.ids;
      for (int i = 0; i < ids.length; i++) {
        answers.put(ids[i], response.point(i));
      }
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
   * Distinct item ids in answer order with an index from id to position; immutable once built.
   * Up to {@link Answers#SMALL} ids the index is an open-addressing table, beyond that a {@link
   * java.util.HashMap}, whose bins become trees, so that ids crafted to share a hash code cannot
   * make lookups linear.
   */
  private static final class ItemIds {
    static final ItemIds NONE = new ItemIds(new String[0]);
    /** Never written after construction. */
    final String[] ids;
    /** Open addressing: the position of an id plus one, 0 for an empty slot; empty when large. */
    private final int[] index;
    private final @Nullable Map<String, Integer> large;

    ItemIds(String[] ids) {
      this.ids = ids;
      if (ids.length > Answers.SMALL) {
        Map<String, Integer> byId = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) {
          byId.put(ids[i], i);
        }
        this.large = byId;
        this.index = new int[0];
      } else {
        this.large = null;
        this.index = new int[Answers.tableSize(ids.length)];
        int mask = index.length - 1;
        for (int i = 0; i < ids.length; i++) {
          int slot = Answers.spread(ids[i].hashCode()) & mask;
          while (index[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          index[slot] = i + 1;
        }
      }
    }

    /** The position of an id, or -1. */
    int indexOf(String id) {
      Map<String, Integer> byId = large;
      if (byId != null) {
        Integer i = byId.get(id);
        return i == null ? -1 : i;
      }
      int mask = index.length - 1;
      int slot = Answers.spread(id.hashCode()) & mask;
      while (index[slot] != 0) {
        if (ids[index[slot] - 1].equals(id)) {
          return index[slot] - 1;
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }
  }

  /**
   * A builder's closed answers in insertion order: parallel arrays of ids and points, so that a
   * builder that reads thousands of responses per second allocates no map entry per answer.
   *
   * <p>While the ids repeat those of the previously built response in the same order (as they do
   * for every response of a wave read from a file) each new id is only compared with the
   * previous response's id at its position, as those are known to be distinct, and the built
   * response shares the previous one's {@link ItemIds}. On the first id that departs from that
   * order the builder indexes its ids: an open-addressing table, beyond {@link #SMALL} answers a
   * {@link java.util.HashMap}, whose bins become trees, so that ids crafted to share a hash code
   * cannot make adding quadratic.
   */
  private static final class Answers {
    static final int SMALL = 64;
    private String[] ids = new String[8];
    private int[] points = new int[8];
    /** Open addressing over ids (position plus one, 0 empty); all zeros unless {@link #indexed}. */
    private int[] index = new int[16];
    private boolean indexed;
    private @Nullable Map<String, Integer> large;
    private int size;
    /** The ids of the last response built. */
    private ItemIds last = ItemIds.NONE;
    /** Whether ids[0, size) are last.ids[0, size), so that no index is needed yet. */
    private boolean following = true;

    void clear() {
      java.util.Arrays.fill(ids, 0, size, null);
      if (indexed) {
        java.util.Arrays.fill(index, 0);
        indexed = false;
      }
      large = null;
      size = 0;
      following = true;
    }

    /** Adds an answer; false (and no change) if the id already has one. */
    boolean put(String id, int point) {
      if (following) {
        String[] known = last.ids;
        if (size < known.length && (known[size] == id || known[size].equals(id))) {
          append(id, point);
          return true;
        }
        following = false;
        startIndex();
      }
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
        toLarge();
      } else if (size * 2 > index.length) {
        index = new int[index.length * 2];
        indexAll();
      }
      return true;
    }

    /** Indexes ids[0, size), which are distinct, on leaving the previous response's order. */
    private void startIndex() {
      indexed = true;
      if (size >= SMALL) {
        toLarge();
        return;
      }
      int needed = tableSize(size + 1);
      if (index.length < needed) {
        index = new int[needed];
      }
      indexAll();
    }

    private void toLarge() {
      Map<String, Integer> byId = new java.util.HashMap<>();
      for (int i = 0; i < size; i++) {
        byId.put(ids[i], i);
      }
      large = byId;
    }

    /** Fills an all-zero index with ids[0, size). */
    private void indexAll() {
      int mask = index.length - 1;
      for (int i = 0; i < size; i++) {
        int slot = spread(ids[i].hashCode()) & mask;
        while (index[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        index[slot] = i + 1;
      }
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

    /** An open-addressing table size for {@code count} ids: a power of two, at most half full. */
    static int tableSize(int count) {
      int size = 16;
      while (size < count * 2) {
        size *= 2;
      }
      return size;
    }

    static int spread(int hash) {
      int h = hash * 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    /** The ids for a response: the previous response's if they are the same, else a copy. */
    ItemIds itemIds() {
      if (size == 0) {
        return ItemIds.NONE;
      }
      if (!following || size != last.ids.length) {
        last = new ItemIds(java.util.Arrays.copyOf(ids, size));
        following = !indexed;
      }
      return last;
    }

    /** The points as bytes, or null if one does not fit in a byte. */
    byte @Nullable [] smallPoints() {
      byte[] small = new byte[size];
      for (int i = 0; i < size; i++) {
        int point = points[i];
        if (point != (byte) point) {
          return null;
        }
        small[i] = (byte) point;
      }
      return small;
    }

    int[] points() {
      return java.util.Arrays.copyOf(points, size);
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
        && sameAnswers(r) && comments.equals(r.comments);
  }

  /** Whether both have the same answers as maps: the same ids with the same points, any order. */
  private boolean sameAnswers(Response other) {
    int count = answerCount();
    if (count != other.answerCount()) {
      return false;
    }
    boolean sameOrder = items == other.items;
    for (int i = 0; i < count; i++) {
      int j = sameOrder ? i : other.items.indexOf(items.ids[i]);
      if (j < 0 || point(i) != other.point(j)) {
        return false;
      }
    }
    return true;
  }

  /** The same value as {@code Objects.hash(respondentId, attributes, answers(), comments)}. */
  @Override
  public int hashCode() {
    int answersHash = 0;
    for (int i = 0; i < answerCount(); i++) {
      // Map.hashCode: the sum of the entries' hash codes, key hash XOR value hash.
      answersHash += items.ids[i].hashCode() ^ Integer.hashCode(point(i));
    }
    int hash = 31 + respondentId.hashCode();
    hash = 31 * hash + attributes.hashCode();
    hash = 31 * hash + answersHash;
    return 31 * hash + comments.hashCode();
  }

  /** Counts only: never the respondent id, answers, comments or attribute values. */
  @Override
  public String toString() {
    return "Response[answers=" + answerCount() + ", comments=" + comments.size() + ", "
        + attributes + "]";
  }
}
