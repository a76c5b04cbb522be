package dev.belonging.testkit;

import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The testkit's source of randomness: the JDK's {@code L64X128MixRandom}, a generator whose
 * algorithm is specified, so the same seed yields the same stream on every JDK (17 or later) and
 * platform. {@code new Random()} and {@code RandomGenerator.getDefault()} are not used because
 * their algorithm may change between releases.
 *
 * <p>Instances returned are not thread-safe; {@link #split(SplittableGenerator)} gives each thread
 * or each independent part of a simulation its own stream.
 */
public final class SeededRandom {
  /** The algorithm name, as understood by {@link RandomGeneratorFactory#of(String)}. */
  public static final String ALGORITHM = "L64X128MixRandom";

  private SeededRandom() {}

  /**
   * A generator seeded with {@code seed}.
   *
   * @param seed any value; equal seeds give equal streams
   * @return a new, independent generator
   */
  public static SplittableGenerator of(long seed) {
    return (SplittableGenerator) RandomGeneratorFactory.<RandomGenerator>of(ALGORITHM).create(seed);
  }

  /**
   * A child generator statistically independent of {@code parent}'s later output; the child is
   * a deterministic function of the parent's state.
   *
   * @param parent the generator to split
   * @return the child
   */
  public static SplittableGenerator split(SplittableGenerator parent) {
    return parent.split();
  }
}
