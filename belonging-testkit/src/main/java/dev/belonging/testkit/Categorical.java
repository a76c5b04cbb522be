package dev.belonging.testkit;

import com.google.common.collect.ImmutableList;
import java.util.random.RandomGenerator;

/** A finite distribution over string values with fixed weights; picks by inversion. */
final class Categorical {
  private final ImmutableList<String> values;
  private final double[] cumulative;

  private Categorical(ImmutableList<String> values, double[] weights) {
    this.values = values;
    this.cumulative = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      cumulative[i] = total;
    }
    for (int i = 0; i < weights.length; i++) {
      cumulative[i] /= total;
    }
  }

  /** Alternating value, weight pairs, such as {@code of("a", 0.7, "b", 0.3)}. */
  static Categorical of(Object... valuesAndWeights) {
    ImmutableList.Builder<String> values = ImmutableList.builder();
    double[] weights = new double[valuesAndWeights.length / 2];
    for (int i = 0; i < weights.length; i++) {
      values.add((String) valuesAndWeights[2 * i]);
      weights[i] = ((Number) valuesAndWeights[2 * i + 1]).doubleValue();
    }
    return new Categorical(values.build(), weights);
  }

  String pick(RandomGenerator random) {
    double u = random.nextDouble();
    for (int i = 0; i < cumulative.length - 1; i++) {
      if (u < cumulative[i]) {
        return values.get(i);
      }
    }
    return values.get(values.size() - 1);
  }

  /** The probability of a value; 0 when absent. */
  double probability(String value) {
    int index = values.indexOf(value);
    if (index < 0) {
      return 0;
    }
    return index == 0 ? cumulative[0] : cumulative[index] - cumulative[index - 1];
  }

  ImmutableList<String> values() {
    return values;
  }
}
