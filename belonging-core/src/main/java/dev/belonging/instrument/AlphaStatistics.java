package dev.belonging.instrument;

import dev.belonging.internal.BelongingStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Internal-consistency statistics of a set of items, as reported by R psych's {@code alpha()} in
 * its {@code total} and {@code alpha.drop} tables.
 *
 * <p>With C the (keyed) item covariance matrix, R = cov2cor(C), k items: raw alpha {@code
 * k/(k-1) (1 - tr(C)/sum(C))} (Cronbach 1951); standardized alpha {@code k/(k-1) (1 -
 * k/sum(R))}; Guttman's lambda-6 {@code 1 - sum(1 - smc)/sum(R)} with smc the squared multiple
 * correlations (Guttman 1945); average inter-item correlation {@code (sum(R) - k)/(k(k-1))};
 * signal/noise {@code k r/(1 - r)} (Cortina 1993, Revelle psych). Values are unitless; alphas
 * and lambda-6 are at most 1 and can be negative.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class AlphaStatistics {
  AlphaStatistics() {}

  /** Cronbach's alpha from covariances (psych {@code raw_alpha}). */
  public abstract double rawAlpha();

  /** Cronbach's alpha from correlations (psych {@code std.alpha}). */
  public abstract double standardizedAlpha();

  /** Guttman's lambda-6 (psych {@code G6(smc)}). */
  public abstract double guttmanLambda6();

  /** The mean off-diagonal inter-item correlation (psych {@code average_r}), in [-1, 1]. */
  public abstract double averageInterItemCorrelation();

  /**
   * The signal/noise ratio {@code k r / (1 - r)} (psych {@code S/N}); empty when the average
   * correlation is 1 (identical items), where it is infinite.
   */
  public abstract OptionalDouble signalToNoise();

  static AlphaStatistics of(double raw, double std, double g6, double avr, double sn) {
    ImmutableAlphaStatistics.Builder b = ImmutableAlphaStatistics.builder().rawAlpha(raw)
        .standardizedAlpha(std).guttmanLambda6(g6).averageInterItemCorrelation(avr);
    if (Double.isFinite(sn)) {
      b.signalToNoise(sn);
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "AlphaStatistics[raw=" + rawAlpha() + ", std=" + standardizedAlpha() + ", G6="
        + guttmanLambda6() + ", averageR=" + averageInterItemCorrelation() + "]";
  }
}
