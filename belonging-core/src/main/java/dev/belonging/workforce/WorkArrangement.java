package dev.belonging.workforce;

/**
 * Where and how a person works. Remote and frontline staff are the groups most often left out of
 * informal connection and recognition, so every report can break down by arrangement.
 */
public enum WorkArrangement {
  /** Works away from any office, usually from home. */
  REMOTE,
  /** Splits the week between office and elsewhere. */
  HYBRID,
  /** Works at an office desk. */
  OFFICE,
  /** Works on a shop floor, in the field or on shifts, without a desk. */
  FRONTLINE_SHIFT
}
