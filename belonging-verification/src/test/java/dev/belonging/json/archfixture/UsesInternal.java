package dev.belonging.json.archfixture;

import dev.belonging.internal.Checks;

/** Deliberate violation: a client module reaching into the core's internal package. */
public final class UsesInternal {
  public int check(int value) {
    return Checks.atLeast("value", value, 0);
  }
}
