package dev.belonging.anonymity;

import dev.belonging.internal.Checks;
import java.util.Objects;

/**
 * A cell somebody wants to publish: a stable key, its members, its kind, whether it involves a
 * sensitive dimension, and its publication priority.
 *
 * <p>The key names the cell (for example {@code "team=eng|tenure=<6m"}) and must never contain
 * respondent data. Cells are decided in order of decreasing {@link #priority()}, then decreasing
 * size, then key; give higher levels and totals a higher priority so that they are kept and
 * details are suppressed instead (the greedy order of Statistics Norway's GaussSuppression).
 *
 * <p>Instances are immutable and thread-safe; equal when all fields are equal.
 */
public final class CellRequest {
  private final String key;
  private final Members members;
  private final CellKind kind;
  private final boolean sensitive;
  private final int priority;

  private CellRequest(String key, Members members, CellKind kind, boolean sensitive,
      int priority) {
    this.key = Checks.notBlank("cell key", key);
    this.members = Objects.requireNonNull(members, "members");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.sensitive = sensitive;
    this.priority = priority;
  }

  /**
   * A non-sensitive score cell with priority 0.
   *
   * @param key the cell's key, not blank, no respondent data
   * @param members its respondents
   * @return the request
   * @throws IllegalArgumentException if {@code key} is blank
   */
  public static CellRequest score(String key, Members members) {
    return new CellRequest(key, members, CellKind.SCORE, false, 0);
  }

  /**
   * A cell of any kind.
   *
   * @param key the cell's key, not blank, no respondent data
   * @param members its respondents (invitees for {@link CellKind#RESPONSE_RATE})
   * @param kind what would be published
   * @param sensitive whether the cell involves a sensitive dimension
   * @param priority higher is decided first
   * @return the request
   * @throws IllegalArgumentException if {@code key} is blank
   */
  public static CellRequest of(String key, Members members, CellKind kind, boolean sensitive,
      int priority) {
    return new CellRequest(key, members, kind, sensitive, priority);
  }

  /** This request with another priority. */
  public CellRequest withPriority(int newPriority) {
    return new CellRequest(key, members, kind, sensitive, newPriority);
  }

  /** This request with another sensitivity. */
  public CellRequest withSensitive(boolean newSensitive) {
    return new CellRequest(key, members, kind, newSensitive, priority);
  }

  /** This request with another kind. */
  public CellRequest withKind(CellKind newKind) {
    return new CellRequest(key, members, newKind, sensitive, priority);
  }

  /** The cell's key. */
  public String key() {
    return key;
  }

  /** The cell's respondents. */
  public Members members() {
    return members;
  }

  /** What would be published. */
  public CellKind kind() {
    return kind;
  }

  /** Whether the cell involves a sensitive dimension (stricter minimum). */
  public boolean sensitive() {
    return sensitive;
  }

  /** The publication priority; higher is decided first. */
  public int priority() {
    return priority;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellRequest c && key.equals(c.key) && members.equals(c.members)
        && kind == c.kind && sensitive == c.sensitive && priority == c.priority;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, members, kind, sensitive, priority);
  }

  @Override
  public String toString() {
    return "CellRequest{" + key + ", " + kind + (sensitive ? ", sensitive" : "")
        + ", priority=" + priority + "}";
  }
}
