package dev.belonging.intervention;

/**
 * The shape of an organisation, which decides what kind of intervention is practical. An
 * organisation can have several shapes at once (a large, remote-first company).
 */
public enum OrgShape {
  /** Under 20 people: personal and manager-led, usually without an HR function. */
  SMALL_TEAM("small team"),
  /** 500 people or more: structure, resource groups, analytics across departments. */
  LARGE_ORGANISATION("large organisation"),
  /** Most people work remotely, often across time zones. */
  REMOTE_FIRST("remote-first"),
  /** Most people work on shifts or on the floor, without a desk. */
  FRONTLINE_SHIFT("frontline / shift");

  private final String label;

  OrgShape(String label) {
    this.label = label;
  }

  /** The shape's name for people, in lower case, such as {@code "remote-first"}. */
  public String label() {
    return label;
  }
}
