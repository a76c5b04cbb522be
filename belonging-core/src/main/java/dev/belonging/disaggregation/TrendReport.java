package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import org.immutables.value.Value;

/**
 * Changes between two waves per published cell and comparable construct, and the wins among
 * them (significant improvements, to celebrate).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class TrendReport {
  TrendReport() {}

  /** Every change, the whole organisation first, then breakdown by breakdown. */
  public abstract ImmutableList<Change> changes();

  /** The significant improvements, largest difference first. */
  public final ImmutableList<Change> wins() {
    return changes().stream().filter(Change::win)
        .sorted((a, b) -> Double.compare(b.difference(), a.difference()))
        .collect(ImmutableList.toImmutableList());
  }


  /**
   * A builder, for rebuilding TrendReports from their serialized form (for example by
   * belonging-json); {@link Disaggregation} is the only source of values computed from
   * responses. {@code build()} checks the invariants listed on the accessors.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TrendReport}. Not thread-safe. {@code build()} throws {@link
   * IllegalArgumentException} if an invariant is broken or a required value is missing.
   */
  public static final class Builder extends ImmutableTrendReport.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return "TrendReport[changes=" + changes().size() + "]";
  }
}
