package dev.belonging.instrument;

/** How {@link Reliability} treats unanswered items. */
public enum MissingData {
  /**
   * Use only respondents who answered every item (listwise deletion), as
   * {@code psych::alpha(na.omit(x))}.
   */
  COMPLETE_CASES,
  /**
   * Use every available pair of answers for each covariance, as {@code psych::alpha(x)} with its
   * default {@code use = "pairwise"} ({@code cov(x, use = "pairwise")}).
   */
  PAIRWISE
}
