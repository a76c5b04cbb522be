package dev.belonging.testkit;

import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.util.List;

/** A probability that applies to one subgroup instead of the default. */
final class SubgroupRate {
  private final Dimension dimension;
  private final String value;
  private final double rate;

  SubgroupRate(Dimension dimension, String value, double rate) {
    this.dimension = dimension;
    this.value = value;
    this.rate = rate;
  }

  boolean matches(Attributes attributes) {
    return attributes.get(dimension).map(value::equals).orElse(false);
  }

  /** The rate of the first rule matching, else the default. */
  static double rateFor(List<SubgroupRate> rules, Attributes attributes, double fallback) {
    for (SubgroupRate rule : rules) {
      if (rule.matches(attributes)) {
        return rule.rate;
      }
    }
    return fallback;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubgroupRate && dimension.equals(((SubgroupRate) other).dimension)
        && value.equals(((SubgroupRate) other).value)
        && Double.compare(rate, ((SubgroupRate) other).rate) == 0;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(dimension, value, rate);
  }
}
