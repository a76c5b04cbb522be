package dev.belonging.intervention;

import java.util.Locale;

/** A coarse three-step level, used for an intervention's effort and cost. */
public enum Level {
  /** Fits into existing routines or costs next to nothing. */
  LOW,
  /** Needs some preparation or a modest budget. */
  MEDIUM,
  /** Needs sustained work by several people or a real budget line. */
  HIGH;

  /** The level's name for people, in lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
