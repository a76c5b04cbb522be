package dev.belonging.instrument;

import dev.belonging.internal.BelongingStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found by {@link InstrumentLint}: the rule, its severity, where (item and/or
 * construct) and a message that says how to fix it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class LintFinding {
  LintFinding() {}

  /** The rule broken. */
  public abstract LintRule rule();

  /** The configured severity. */
  public abstract LintSeverity severity();

  /** The item concerned, if the finding is about one item. */
  public abstract Optional<String> itemId();

  /** The construct concerned, if the finding is about a construct. */
  public abstract Optional<Construct> construct();

  /** What is wrong and how to fix it. */
  public abstract String message();

  @Override
  public String toString() {
    return severity() + " " + rule() + itemId().map(i -> " item '" + i + "'").orElse("")
        + construct().map(c -> " construct '" + c.id() + "'").orElse("") + ": " + message();
  }
}
