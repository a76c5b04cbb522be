package dev.belonging.internal;

/**
 * Argument checks whose messages follow the project's shape
 * ({@code "minimumGroupSize must be >= 3, but was 2"}). Numeric checks are written in positive
 * form so that NaN fails them.
 */
public final class Checks {
  private Checks() {}

  /**
   * Requires {@code value >= min}.
   *
   * @param name the parameter's name, used in the message
   * @param value the value to check
   * @param min the inclusive minimum
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value < min}
   */
  public static int atLeast(String name, int value, int min) {
    if (value >= min) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be >= " + min + ", but was " + value);
  }

  /**
   * Requires {@code min <= value <= max}; NaN fails.
   *
   * @param name the parameter's name, used in the message
   * @param value the value to check
   * @param min the inclusive minimum
   * @param max the inclusive maximum
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is outside {@code [min, max]} or NaN
   */
  public static double inClosedRange(String name, double value, double min, double max) {
    if (value >= min && value <= max) {
      return value;
    }
    throw new IllegalArgumentException(
        name + " must be in [" + min + ", " + max + "], but was " + value);
  }

  /**
   * Requires a non-blank string.
   *
   * @param name the parameter's name, used in the message
   * @param value the value to check
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is empty or only white space
   */
  public static String notBlank(String name, String value) {
    if (!value.isBlank()) {
      return value;
    }
    throw new IllegalArgumentException(name + " must not be blank");
  }
}
