package dev.belonging.intervention;

/**
 * Who is asked to share something personal in an intervention. Vulnerability exercises where only
 * junior staff open up are a known performative pattern ({@link
 * PerformativePattern#JUNIOR_ONLY_VULNERABILITY}).
 */
public enum Sharing {
  /** Nobody is asked to share anything personal. */
  NONE,
  /** Everyone may share, nobody has to, and leaders go first. */
  LEADERS_FIRST,
  /** Everyone shares on equal terms. */
  MUTUAL,
  /** Only junior staff are expected to share: a warning sign. */
  JUNIOR_STAFF_ONLY
}
