package dev.belonging.intervention;

/**
 * How often an intervention happens. {@link #ONCE} marks a one-off, which {@link
 * PerformativePattern#ONE_OFF_EVENT} warns about.
 */
public enum Cadence {
  /** A single occasion with nothing recurring after it. */
  ONCE("once"),
  /** At every shift change or daily huddle. */
  EVERY_SHIFT("every shift"),
  /** Once a week. */
  WEEKLY("weekly"),
  /** Every two weeks. */
  FORTNIGHTLY("every two weeks"),
  /** Once a month. */
  MONTHLY("monthly"),
  /** Once a quarter. */
  QUARTERLY("quarterly"),
  /** A standing rule or benefit that applies all the time. */
  CONTINUOUS("continuous");

  private final String label;

  Cadence(String label) {
    this.label = label;
  }

  /** The cadence's name for people, such as {@code "weekly"}. */
  public String label() {
    return label;
  }
}
