package dev.belonging.anonymity;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decision on one requested cell: published, or suppressed with a reason. A decision never
 * carries a count.
 *
 * <p>Instances are immutable and thread-safe; equal when key, kind and reason are equal.
 */
public final class CellDecision {
  private final String key;
  private final CellKind kind;
  private final @Nullable SuppressionReason reason;

  private CellDecision(String key, CellKind kind, @Nullable SuppressionReason reason) {
    this.key = key;
    this.kind = kind;
    this.reason = reason;
  }

  static CellDecision published(String key, CellKind kind) {
    return new CellDecision(key, kind, null);
  }

  static CellDecision suppressed(String key, CellKind kind, SuppressionReason reason) {
    return new CellDecision(key, kind, reason);
  }

  /** The cell's key. */
  public String key() {
    return key;
  }

  /** The cell's kind. */
  public CellKind kind() {
    return kind;
  }

  /** Whether the cell may be published. */
  public boolean published() {
    return reason == null;
  }

  /** Why the cell was suppressed, or empty if it is published. */
  public Optional<SuppressionReason> reason() {
    return Optional.ofNullable(reason);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellDecision d && key.equals(d.key) && kind == d.kind
        && reason == d.reason;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, kind, reason);
  }

  @Override
  public String toString() {
    return key + ": " + (reason == null ? "published" : "suppressed (" + reason + ")");
  }
}
