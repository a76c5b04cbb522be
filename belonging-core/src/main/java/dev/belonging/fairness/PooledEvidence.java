package dev.belonging.fairness;

import dev.belonging.internal.BelongingStyle;
import dev.belonging.stats.Interval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A group against the reference group pooled across strata (sites, periods) with the
 * Cochran-Mantel-Haenszel test and the Mantel-Haenszel common odds ratio (Mantel &amp; Haenszel 1959,
 * JNCI 22:719-748; interval by Robins, Breslow &amp; Greenland 1986, Biometrics 42:311-323), as R's
 * {@code mantelhaen.test(x, correct = TRUE)}.
 *
 * <p>Each stratum contributes the table {@code [[selected, not selected] of the group, [selected,
 * not selected] of the reference]}; a group absent from a stratum contributes nothing there.
 * Pooling controls for strata that differ in both composition and selection rate (Simpson's
 * paradox). Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class PooledEvidence {
  PooledEvidence() {}

  /**
   * A builder of pooled evidence, for example as read back from storage; every field without a default is required and {@code build()} checks the
   * documented ranges.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PooledEvidence}; {@code build()} throws IllegalArgumentException if a rule is broken. */
  public static final class Builder extends ImmutablePooledEvidence.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ResultChecks.atLeast("strata", strata(), 1);
    ResultChecks.nonNegative("statistic", statistic());
    ResultChecks.proportion("p", p());
    ResultChecks.nonNegative("commonOddsRatio", commonOddsRatio());
  }

  /** The number of strata with data of the group or the reference, {@code >= 1}. */
  public abstract int strata();

  /** The continuity-corrected CMH chi-squared statistic (1 df); empty when its variance is 0. */
  public abstract OptionalDouble statistic();

  /** The two-sided p-value of the CMH test, in [0, 1]; empty with the statistic. */
  public abstract OptionalDouble p();

  /**
   * The Mantel-Haenszel common odds ratio of being selected, group against reference, {@code >=
   * 0}; empty when undefined (no reference non-selections paired with group selections).
   */
  public abstract OptionalDouble commonOddsRatio();

  /** The Robins-Breslow-Greenland interval of the common odds ratio; empty when undefined. */
  public abstract Optional<Interval> commonOddsRatioInterval();
}
