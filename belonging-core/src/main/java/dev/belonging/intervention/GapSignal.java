package dev.belonging.intervention;

import dev.belonging.instrument.Construct;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import dev.belonging.workforce.Dimension;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One gap between a subgroup and the rest of the organisation on one construct: the
 * recommender's input.
 *
 * <p><b>Contract.</b> Gap signals are built by the report package from <i>published</i> cells
 * only; a suppressed cell never becomes a gap signal. The recommender additionally ignores every
 * signal that is not {@link #credible()} or that shows the group scoring higher, so such signals
 * influence neither which interventions are recommended nor their order.
 *
 * <p>{@link #toString()} names the construct and dimension, never the subgroup's value label.
 * Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class GapSignal {
  GapSignal() {}

  /** The construct on which the gap was found. */
  public abstract Construct construct();

  /** The dimension of the subgroup, such as work arrangement or tenure. */
  public abstract Dimension dimension();

  /** The published label of the subgroup's cell, such as {@code "REMOTE"}; non-blank. */
  public abstract String valueLabel();

  /** The served group this subgroup corresponds to, when known. */
  public abstract Optional<ServedGroup> servedGroup();

  /**
   * Standardised difference of the subgroup from the comparison (Hedges' g, in standard
   * deviations); negative when the subgroup scores lower. Finite.
   */
  public abstract double hedgesG();

  /** The gap's false-discovery-rate adjusted p-value (q-value), in [0, 1]. */
  public abstract double qValue();

  /** Number of respondents in the subgroup's published cell, {@code >= 1}. */
  public abstract int n();

  /** Whether the report judged the gap credible (for example q below its threshold). */
  public abstract boolean credible();

  /** A builder; all fields but {@link #servedGroup()} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GapSignal}; {@code build()} throws IllegalArgumentException on bad fields. */
  public static final class Builder extends ImmutableGapSignal.Builder {
    Builder() {}
  }

  /** The subgroup in words: the served group's label, else dimension and value label. */
  String groupLabel() {
    return servedGroup().map(ServedGroup::label)
        .orElse(dimension().name() + " '" + valueLabel() + "'");
  }

  @Value.Check
  void check() {
    Checks.notBlank("valueLabel", valueLabel());
    if (!Double.isFinite(hedgesG())) {
      throw new IllegalArgumentException("hedgesG must be finite, but was " + hedgesG());
    }
    Checks.inClosedRange("qValue", qValue(), 0, 1);
    Checks.atLeast("n", n(), 1);
  }

  /** Construct, dimension and numbers; never the value label. */
  @Override
  public String toString() {
    return "GapSignal{construct=" + construct() + ", dimension=" + dimension() + ", hedgesG="
        + hedgesG() + ", qValue=" + qValue() + ", n=" + n() + ", credible=" + credible() + "}";
  }
}
