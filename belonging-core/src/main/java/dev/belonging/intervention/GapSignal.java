package dev.belonging.intervention;

import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.Gap;
import dev.belonging.instrument.Construct;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.TenureBands;
import dev.belonging.workforce.WorkArrangement;
import java.util.Map;
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

  /**
   * The recommender's signals from a disaggregation report: one per gap of a single-dimension
   * subgroup whose Hedges' g and q-value are defined. A report holds gaps of published cells
   * only, so a suppressed cell can never become a signal. Intersections (two or more dimensions)
   * are left out: an intervention serves one group. Served groups are recognised from the work
   * arrangement ({@code REMOTE}, {@code FRONTLINE_SHIFT}) and from the first band of {@link
   * TenureBands#standard()} (new joiners); other subgroups keep their published label.
   *
   * @param report a disaggregation report
   * @return the signals, in the report's gap order
   */
  public static ImmutableList<GapSignal> fromReport(DisaggregationReport report) {
    ImmutableList.Builder<GapSignal> signals = ImmutableList.builder();
    for (Gap gap : report.gaps()) {
      if (gap.subgroup().values().size() != 1 || gap.hedgesG().isEmpty() || gap.q().isEmpty()) {
        continue;
      }
      Map.Entry<Dimension, String> only = gap.subgroup().values().entrySet().iterator().next();
      Builder signal = builder().construct(gap.construct()).dimension(only.getKey())
          .valueLabel(only.getValue()).hedgesG(gap.hedgesG().getAsDouble())
          .qValue(gap.q().getAsDouble())
          .n((int) Math.min(Integer.MAX_VALUE, gap.cellRespondents()))
          .credible(gap.credible());
      servedGroupOf(only.getKey(), only.getValue()).ifPresent(signal::servedGroup);
      signals.add(signal.build());
    }
    return signals.build();
  }

  private static Optional<ServedGroup> servedGroupOf(Dimension dimension, String value) {
    if (dimension.equals(Dimension.WORK_ARRANGEMENT)) {
      if (value.equals(WorkArrangement.REMOTE.name())) {
        return Optional.of(ServedGroup.REMOTE_STAFF);
      }
      if (value.equals(WorkArrangement.FRONTLINE_SHIFT.name())) {
        return Optional.of(ServedGroup.FRONTLINE);
      }
    }
    if (dimension.equals(Dimension.TENURE)
        && value.equals(TenureBands.standard().labels().get(0))) {
      return Optional.of(ServedGroup.NEW_JOINERS);
    }
    return Optional.empty();
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
