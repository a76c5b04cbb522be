package dev.belonging.instrument;

/** How serious a {@link LintFinding} is. */
public enum LintSeverity {
  /** The instrument should not be fielded like this. */
  ERROR,
  /** Probably a problem; review the item. */
  WARNING,
  /** Worth knowing; no action needed. */
  INFO
}
