package dev.belonging.intervention;

/**
 * What to do after a trial: the three outcomes practitioners use. {@link TrialEvaluation} decides
 * it from data; the {@link Recommender} reads it for interventions already tried.
 */
public enum TrialDecision {
  /** It works: keep it going (and celebrate). */
  CONTINUE,
  /** Unclear: change how it is run, or run it longer, then evaluate again. */
  ADJUST,
  /** It does not help: stop it and try something else. */
  STOP
}
