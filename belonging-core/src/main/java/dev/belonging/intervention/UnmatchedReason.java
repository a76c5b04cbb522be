package dev.belonging.intervention;

/** Why a participant was left without a partner in a pairing round. */
public enum UnmatchedReason {
  /** Nobody else's working hours overlap theirs by the minimum. */
  NO_OVERLAPPING_HOURS(
      "nobody else shares enough working hours with them"),
  /** Everyone who shares their hours met them within the no-repeat window. */
  ONLY_RECENT_PARTNERS(
      "everyone who shares their working hours met them in the last rounds"),
  /** Partners existed, but they were all paired with others and no pair could take a third. */
  NO_PARTNER_LEFT(
      "everyone who could meet them was paired with someone else, and no pair could take a third");

  private final String explanation;

  UnmatchedReason(String explanation) {
    this.explanation = explanation;
  }

  /** "unmatched, because ..." in words. */
  public String explanation() {
    return "unmatched, because " + explanation;
  }
}
