package dev.belonging.testkit;

import dev.belonging.workforce.Dimension;

/**
 * The dimensions synthetic workforces carry beyond belonging's standard ones ({@link
 * Dimension#TEAM}, {@link Dimension#TENURE}, {@link Dimension#ROLE}, {@link
 * Dimension#WORK_ARRANGEMENT}, {@link Dimension#LOCATION}).
 */
public final class SyntheticDimensions {
  /** The shift of a frontline person: {@code "early"}, {@code "late"} or {@code "night"}. */
  public static final Dimension SHIFT = Dimension.of("shift");
  /**
   * Self-identified gender (sensitive): {@code "woman"}, {@code "man"}, {@code "non_binary"},
   * {@code "self_described"}, or absent for people who prefer not to say.
   */
  public static final Dimension GENDER = Dimension.sensitive("gender");
  /** Self-identified disability (sensitive): {@code "yes"}, {@code "no"}, or absent. */
  public static final Dimension DISABILITY = Dimension.sensitive("disability");

  private SyntheticDimensions() {}
}
