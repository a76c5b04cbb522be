package dev.belonging.disaggregation;

import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a released breakdown: either {@link Published} with its statistics, or {@link
 * Suppressed} with a reason and no number at all.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class CellResult {
  private final Subgroup subgroup;

  private CellResult(Subgroup subgroup) {
    this.subgroup = Objects.requireNonNull(subgroup);
  }

  /** The cell. */
  public final Subgroup subgroup() {
    return subgroup;
  }

  /** The statistics, present exactly when the cell is published. */
  public abstract Optional<GroupStatistics> statistics();

  /** Whether the cell is published. */
  public final boolean isPublished() {
    return statistics().isPresent();
  }

  /**
   * A published cell, for rebuilding a report from its serialized form (for example by
   * belonging-json). {@link Disaggregation#report} is the only source of cells computed from
   * responses; a cell built here is as trustworthy as the document it came from.
   *
   * @param subgroup the cell
   * @param statistics everything published about it
   * @return the cell
   */
  public static Published published(Subgroup subgroup, GroupStatistics statistics) {
    return new Published(subgroup, statistics);
  }

  /**
   * A suppressed cell, for rebuilding a report from its serialized form; it carries no number.
   *
   * @param subgroup the cell
   * @param reason why it is suppressed
   * @return the cell
   */
  public static Suppressed suppressed(Subgroup subgroup, SuppressionReason reason) {
    return new Suppressed(subgroup, reason);
  }

  /** A published cell. */
  public static final class Published extends CellResult {
    private final GroupStatistics statistics;

    private Published(Subgroup subgroup, GroupStatistics statistics) {
      super(subgroup);
      this.statistics = Objects.requireNonNull(statistics);
    }

    @Override
    public Optional<GroupStatistics> statistics() {
      return Optional.of(statistics);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Published && subgroup().equals(((Published) other).subgroup())
          && statistics.equals(((Published) other).statistics);
    }

    @Override
    public int hashCode() {
      return Objects.hash(subgroup(), statistics);
    }

    @Override
    public String toString() {
      return "Published[" + subgroup() + "]";
    }
  }

  /** A suppressed cell: no number about it is published. */
  public static final class Suppressed extends CellResult {
    private final SuppressionReason reason;

    private Suppressed(Subgroup subgroup, SuppressionReason reason) {
      super(subgroup);
      this.reason = Objects.requireNonNull(reason);
    }

    /** Why the cell is suppressed. */
    public SuppressionReason reason() {
      return reason;
    }

    @Override
    public Optional<GroupStatistics> statistics() {
      return Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Suppressed && subgroup().equals(((Suppressed) other).subgroup())
          && reason == ((Suppressed) other).reason;
    }

    @Override
    public int hashCode() {
      return Objects.hash(subgroup(), reason);
    }

    @Override
    public String toString() {
      return "Suppressed[" + subgroup() + ", " + reason + "]";
    }
  }
}
