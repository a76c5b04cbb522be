package dev.belonging.intervention.archfixture;

import dev.belonging.stats.archfixture.BreaksEveryRule;

/** Deliberate violation: closes a cycle with {@link BreaksEveryRule}. */
public final class HigherLayer {
  public BreaksEveryRule lower() {
    return new BreaksEveryRule();
  }
}
