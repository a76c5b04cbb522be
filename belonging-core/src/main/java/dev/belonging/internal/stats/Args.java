package dev.belonging.internal.stats;

/** Argument checks of this package, with messages shaped like {@code dev.belonging.internal.Checks}. */
final class Args {
  private Args() {}

  static double level(double level) {
    return openUnit("level", level);
  }

  static double openUnit(String name, double value) {
    if (value > 0 && value < 1) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be in (0, 1), but was " + value);
  }

  static long nonNegative(String name, long value) {
    if (value >= 0) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be >= 0, but was " + value);
  }

  static double positive(String name, double value) {
    if (value > 0 && value < Double.POSITIVE_INFINITY) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be finite and > 0, but was " + value);
  }

  static double finite(String name, double value) {
    if (Double.isFinite(value)) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be finite, but was " + value);
  }

  static double nonNegativeFinite(String name, double value) {
    if (value >= 0 && value < Double.POSITIVE_INFINITY) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be finite and >= 0, but was " + value);
  }

  /** Checks {@code 0 <= successes <= trials}. */
  static void successes(String successesName, long successes, String trialsName, long trials) {
    nonNegative(trialsName, trials);
    nonNegative(successesName, successes);
    if (successes > trials) {
      throw new IllegalArgumentException(
          successesName + " must be <= " + trialsName + " (" + trials + "), but was " + successes);
    }
  }

  /** The standard normal quantile for a two-sided interval at {@code level}. */
  static double twoSidedZ(double level) {
    return Distributions.STANDARD_NORMAL.inverseSurvivalProbability((1 - level) / 2);
  }
}
