package dev.belonging.fairness;

/** Argument checks of the checks' settings, in the project's message shape. */
final class Levels {
  private Levels() {}

  static double openUnit(String name, double value) {
    if (value > 0 && value < 1) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be in (0, 1), but was " + value);
  }

  static double ratioThreshold(String name, double value) {
    if (value > 0 && value <= 1) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be in (0, 1], but was " + value);
  }
}
