package dev.belonging.intervention;

/**
 * A group of people an intervention is designed for. Surveys often show these groups scoring
 * lower than the rest of the organisation, so the catalog says which of them each entry serves.
 */
public enum ServedGroup {
  /** People who work away from the office most or all of the time. */
  REMOTE_STAFF("remote staff"),
  /** People in their first months in the organisation. */
  NEW_JOINERS("new joiners"),
  /** People early in their career or at the lowest levels of the hierarchy. */
  JUNIOR_STAFF("junior staff"),
  /** People without a desk: shop floor, field, shifts. */
  FRONTLINE("frontline staff"),
  /** The whole team or organisation. */
  EVERYONE("everyone");

  private final String label;

  ServedGroup(String label) {
    this.label = label;
  }

  /** The group's name for people, in lower case, such as {@code "remote staff"}. */
  public String label() {
    return label;
  }
}
