package dev.belonging.internal.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** Shared distribution instances (immutable and thread-safe in Commons Statistics). */
final class Distributions {
  static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private Distributions() {}
}
