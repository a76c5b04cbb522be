package dev.belonging.anonymity;

/**
 * What a requested cell would publish; each kind has its own minimum group size in {@link
 * AnonymityPolicy}.
 */
public enum CellKind {
  /**
   * Linear statistics of the cell's respondents' answers: counts, histograms, favorable counts,
   * sums, means. Protected by the exact linear check.
   */
  SCORE,
  /**
   * The number of respondents among the cell's invitees (a response rate). Members are indices of
   * invitees; protected by the exact linear check in a system of its own.
   */
  RESPONSE_RATE,
  /**
   * The open-text comments of the cell's respondents. Comments can be matched by their text, so
   * any Boolean combination of published comment cells is derivable; protected by requiring every
   * piece of the partition they generate to reach the comment minimum.
   */
  COMMENT
}
