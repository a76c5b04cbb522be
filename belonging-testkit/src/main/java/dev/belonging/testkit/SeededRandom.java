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
 * or each independent part of a simulation its own stream. This class itself is thread-safe.
 */
public final class SeededRandom {
  /** The algorithm name, as understood by {@link RandomGeneratorFactory#of(String)}. */
  public static final String ALGORITHM = "L64X128MixRandom";

  // Looking the factory up goes through a service loader; generators keyed per person need it
  // millions of times, so it is looked up once.
  private static final RandomGeneratorFactory<RandomGenerator> FACTORY =
      RandomGeneratorFactory.of(ALGORITHM);

  private SeededRandom() {}

  /**
   * A generator seeded with {@code seed}.
   *
   * @param seed any value; equal seeds give equal streams
   * @return a new, independent generator
   */
  public static SplittableGenerator of(long seed) {
    return (SplittableGenerator) FACTORY.create(seed);
  }

  /**
   * A generator for one labelled part of a simulation: the seed and the parts (for example a
   * purpose constant and a person's index) are mixed with the SplitMix64 finaliser (Steele, Lea
   * and Flood 2014, "Fast splittable pseudorandom number generators", OOPSLA), so any part of a
   * simulation can be regenerated on its own without replaying everything before it.
   *
   * @param seed the simulation's seed
   * @param parts labels of the part, in order; order matters
   * @return a new generator, a deterministic function of {@code seed} and {@code parts}
   */
  public static SplittableGenerator keyed(long seed, long... parts) {
    long h = mix(seed);
    for (long part : parts) {
      h = mix(h ^ mix(part + 0x9E3779B97F4A7C15L));
    }
    return of(h);
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

  private static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
