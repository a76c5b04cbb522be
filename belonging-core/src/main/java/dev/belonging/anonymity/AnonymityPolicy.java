package dev.belonging.anonymity;

import dev.belonging.internal.Checks;
import java.util.Objects;

/**
 * The minimum group sizes a release must respect, fixed before results exist.
 *
 * <ul>
 *   <li>{@link #minimumGroupSize()} {@code k} for scores: default 5, never below 3 (the threshold
 *       rule of statistical disclosure control: a published aggregate covers at least {@code k}
 *       respondents);
 *   <li>{@link #responseRateMinimum()} for response-rate cells: default 5, never below 3;
 *   <li>{@link #commentMinimum()} for open-text comments: default 10, never below {@code k};
 *   <li>{@link #sensitiveMinimum()} for cells involving a sensitive (self-identified
 *       demographic) dimension: default 10, never below {@code k};
 *   <li>{@link #coalitionSize()} {@code c}: how many respondents may pool what they know of
 *       their own answers, 0 or 1 (default 1: each respondent knows their own answer).
 * </ul>
 *
 * <p>Obtain one with {@link #withDefaults()} and adjust with the {@code with*} methods. Instances
 * are immutable and thread-safe; equal when all fields are equal.
 */
public final class AnonymityPolicy {
  private static final int FLOOR = 3;
  private static final AnonymityPolicy DEFAULTS = new AnonymityPolicy(5, 5, 10, 10, 1);

  private final int minimumGroupSize;
  private final int responseRateMinimum;
  private final int commentMinimum;
  private final int sensitiveMinimum;
  private final int coalitionSize;

  private AnonymityPolicy(int minimumGroupSize, int responseRateMinimum, int commentMinimum,
      int sensitiveMinimum, int coalitionSize) {
    this.minimumGroupSize = Checks.atLeast("minimumGroupSize", minimumGroupSize, FLOOR);
    this.responseRateMinimum = Checks.atLeast("responseRateMinimum", responseRateMinimum, FLOOR);
    this.commentMinimum = Checks.atLeast("commentMinimum", commentMinimum, minimumGroupSize);
    this.sensitiveMinimum = Checks.atLeast("sensitiveMinimum", sensitiveMinimum, minimumGroupSize);
    Checks.atLeast("coalitionSize", coalitionSize, 0);
    if (coalitionSize > 1) {
      throw new IllegalArgumentException("coalitionSize must be <= 1, but was " + coalitionSize);
    }
    this.coalitionSize = coalitionSize;
  }

  /** The defaults: k = 5, response rates 5, comments 10, sensitive 10, coalition 1. */
  public static AnonymityPolicy withDefaults() {
    return DEFAULTS;
  }

  /** The minimum number of respondents behind a published score, {@code >= 3}. */
  public int minimumGroupSize() {
    return minimumGroupSize;
  }

  /** The minimum number of invitees behind a published response rate, {@code >= 3}. */
  public int responseRateMinimum() {
    return responseRateMinimum;
  }

  /** The minimum number of respondents behind published comments, {@code >= k}. */
  public int commentMinimum() {
    return commentMinimum;
  }

  /**
   * The minimum for cells of sensitive dimensions and for derived groups inside one such cell (a
   * small group of one sensitive value), {@code >= k}.
   */
  public int sensitiveMinimum() {
    return sensitiveMinimum;
  }

  /** The coalition size {@code c}, 0 or 1. */
  public int coalitionSize() {
    return coalitionSize;
  }

  /**
   * This policy with another score minimum.
   *
   * @param k at least 3, and at most the comment and sensitive minimums
   * @return the new policy
   * @throws IllegalArgumentException if {@code k < 3} or above another minimum
   */
  public AnonymityPolicy withMinimumGroupSize(int k) {
    return new AnonymityPolicy(k, responseRateMinimum, commentMinimum, sensitiveMinimum,
        coalitionSize);
  }

  /**
   * This policy with another response-rate minimum.
   *
   * @param minimum at least 3
   * @return the new policy
   * @throws IllegalArgumentException if {@code minimum < 3}
   */
  public AnonymityPolicy withResponseRateMinimum(int minimum) {
    return new AnonymityPolicy(minimumGroupSize, minimum, commentMinimum, sensitiveMinimum,
        coalitionSize);
  }

  /**
   * This policy with another comment minimum.
   *
   * @param minimum at least the score minimum
   * @return the new policy
   * @throws IllegalArgumentException if {@code minimum} is below the score minimum
   */
  public AnonymityPolicy withCommentMinimum(int minimum) {
    return new AnonymityPolicy(minimumGroupSize, responseRateMinimum, minimum, sensitiveMinimum,
        coalitionSize);
  }

  /**
   * This policy with another sensitive minimum.
   *
   * @param minimum at least the score minimum
   * @return the new policy
   * @throws IllegalArgumentException if {@code minimum} is below the score minimum
   */
  public AnonymityPolicy withSensitiveMinimum(int minimum) {
    return new AnonymityPolicy(minimumGroupSize, responseRateMinimum, commentMinimum, minimum,
        coalitionSize);
  }

  /**
   * This policy with another coalition size.
   *
   * @param c 0 (nobody knows any answer) or 1 (each respondent knows their own answer)
   * @return the new policy
   * @throws IllegalArgumentException if {@code c} is not 0 or 1
   */
  public AnonymityPolicy withCoalitionSize(int c) {
    return new AnonymityPolicy(minimumGroupSize, responseRateMinimum, commentMinimum,
        sensitiveMinimum, c);
  }

  /**
   * The minimum for a cell of a kind.
   *
   * @param kind the cell's kind
   * @param sensitive whether the cell involves a sensitive dimension
   * @return the minimum group size for that cell
   */
  public int minimumFor(CellKind kind, boolean sensitive) {
    int base = switch (kind) {
      case SCORE -> minimumGroupSize;
      case RESPONSE_RATE -> responseRateMinimum;
      case COMMENT -> commentMinimum;
    };
    return sensitive ? Math.max(base, sensitiveMinimum) : base;
  }

  /**
   * Whether every minimum (and the coalition size) of this policy is at least that of another.
   *
   * @param other the policy to compare with
   * @return true if this policy protects at least as much
   */
  public boolean isAtLeastAsStrictAs(AnonymityPolicy other) {
    return minimumGroupSize >= other.minimumGroupSize
        && responseRateMinimum >= other.responseRateMinimum
        && commentMinimum >= other.commentMinimum
        && sensitiveMinimum >= other.sensitiveMinimum
        && coalitionSize >= other.coalitionSize;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnonymityPolicy p
        && minimumGroupSize == p.minimumGroupSize
        && responseRateMinimum == p.responseRateMinimum
        && commentMinimum == p.commentMinimum
        && sensitiveMinimum == p.sensitiveMinimum
        && coalitionSize == p.coalitionSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimumGroupSize, responseRateMinimum, commentMinimum, sensitiveMinimum,
        coalitionSize);
  }

  @Override
  public String toString() {
    return "AnonymityPolicy{minimumGroupSize=" + minimumGroupSize
        + ", responseRateMinimum=" + responseRateMinimum
        + ", commentMinimum=" + commentMinimum
        + ", sensitiveMinimum=" + sensitiveMinimum
        + ", coalitionSize=" + coalitionSize + "}";
  }
}
