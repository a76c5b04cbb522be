package dev.belonging.testkit;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.ResponseScale;

/**
 * The exact distribution of a construct score under {@link ResponseSimulator}'s model, by
 * quadrature: the mean and standard deviation of a respondent's construct score (the mean of the
 * construct's keyed closed items, all answered) in a group whose latent level is shifted by
 * {@code d} SD. This is the truth on the items' scale that a disaggregation's intervals should
 * cover.
 *
 * <p>Given the latent level {@code theta}, item {@code i}'s keyed point is {@code min} plus the
 * number of thresholds {@code tau_k} below {@code y = a theta + s eps}, {@code s = sqrt(1 - a^2)},
 * so {@code P(point > min + k - 1 | theta) = Phi((a theta - tau_k) / s)}; items are independent
 * given {@code theta}. The score's conditional mean and variance follow, and integrating over
 * {@code theta ~ N(d, 1)} with the trapezoidal rule (step 0.1 on [d - 10, d + 10]; for the
 * smooth, Gaussian-weighted integrands here the rule converges geometrically, Trefethen and
 * Weideman 2014, SIAM Review 56(3)) gives the unconditional moments.
 */
final class ScoreModel {
  private static final double STEP = 0.1;
  private static final double HALF_WIDTH = 10;

  private final ImmutableList<double[]> thresholds;
  private final double loading;
  private final int min;

  private ScoreModel(ImmutableList<double[]> thresholds, double loading, int min) {
    this.thresholds = thresholds;
    this.loading = loading;
    this.min = min;
  }

  /**
   * The model of one construct's score.
   *
   * @throws IllegalArgumentException if the instrument has no closed item of the construct
   */
  static ScoreModel of(ResponseSimulator simulator, Construct construct) {
    ImmutableList.Builder<double[]> cuts = ImmutableList.builder();
    int min = 0;
    int items = 0;
    for (Item item : simulator.instrument().items()) {
      if (item.construct().filter(construct::equals).isEmpty() || item.scale().isEmpty()) {
        continue;
      }
      ResponseScale scale = item.scale().get();
      cuts.add(ResponseSimulator.thresholds(scale, simulator.leniency()));
      min = scale.min();
      items++;
    }
    if (items == 0) {
      throw new IllegalArgumentException("instrument '" + simulator.instrument().id()
          + "' must have a closed item of construct '" + construct.id() + "'");
    }
    return new ScoreModel(cuts.build(), simulator.itemLoading(), min);
  }

  /** {mean, standard deviation} of the construct score in a group shifted by {@code shift} SD. */
  double[] moments(double shift) {
    int steps = (int) Math.round(2 * HALF_WIDTH / STEP);
    double first = 0;
    double second = 0;
    for (int j = 0; j <= steps; j++) {
      double theta = shift - HALF_WIDTH + j * STEP;
      double weight = (j == 0 || j == steps ? 0.5 : 1.0) * STEP * Normal.pdf(theta - shift);
      double[] conditional = conditional(theta);
      first += weight * conditional[0];
      second += weight * (conditional[1] + conditional[0] * conditional[0]);
    }
    double variance = Math.max(0, second - first * first);
    return new double[] {min + first, Math.sqrt(variance)};
  }

  /** {mean above min, variance} of the score given theta. */
  private double[] conditional(double theta) {
    double noise = StrictMath.sqrt(1 - loading * loading);
    double mean = 0;
    double variance = 0;
    int m = thresholds.size();
    for (double[] cuts : thresholds) {
      double[] p = new double[cuts.length];
      for (int k = 0; k < cuts.length; k++) {
        double z = loading * theta - cuts[k];
        p[k] = noise > 0 ? Normal.cdf(z / noise) : (z > 0 ? 1 : 0);
      }
      double itemMean = 0;
      double itemSecond = 0;
      for (int k = 0; k < cuts.length; k++) {
        itemMean += p[k];
        // E[Q^2] = sum over k, l of P(Q > k and Q > l) = P(Q > max(k, l)); thresholds ascend.
        for (int l = 0; l < cuts.length; l++) {
          itemSecond += p[Math.max(k, l)];
        }
      }
      mean += itemMean / m;
      variance += (itemSecond - itemMean * itemMean) / ((double) m * m);
    }
    return new double[] {mean, variance};
  }
}
