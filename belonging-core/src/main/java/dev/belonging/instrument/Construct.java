package dev.belonging.instrument;

import dev.belonging.internal.BelongingStyle;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What a group of survey items measures, such as voice or procedural fairness.
 *
 * <p>belonging ships the constructs practitioners measure (the constants below) and users may
 * define their own with {@link #of(String, String)}. A construct is identified by its {@link
 * #id()}; the {@link #label()} is for people.
 *
 * <p>Instances are immutable and thread-safe; equality is by id and label.
 */
@Value.Immutable
@BelongingStyle
public abstract class Construct implements Comparable<Construct> {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** Speaking up, dissenting, asking questions and being heard. */
  public static final Construct VOICE = of("voice", "Voice");
  /** Contributions credited and valued, remote work included. */
  public static final Construct RECOGNITION = of("recognition", "Recognition");
  /** Promotions, assignments and reviews seen as transparent and fair. */
  public static final Construct PROCEDURAL_FAIRNESS =
      of("procedural_fairness", "Procedural fairness");
  /** Informal ties and knowing colleagues as people. */
  public static final Construct CONNECTION = of("connection", "Connection");
  /** Being oneself at work without fear of consequences. */
  public static final Construct AUTHENTICITY = of("authenticity", "Authenticity");
  /** Mistakes and questions are safe: a prerequisite for the others. */
  public static final Construct PSYCHOLOGICAL_SAFETY =
      of("psychological_safety", "Psychological safety");
  /** The overall sense that one's presence matters. */
  public static final Construct BELONGING = of("belonging", "Belonging");

  Construct() {}

  /** Stable identifier: lower case letters, digits and underscores, starting with a letter. */
  @Value.Parameter
  public abstract String id();

  /** Human-readable name. */
  @Value.Parameter
  public abstract String label();

  /**
   * A construct.
   *
   * @param id lower case letters, digits and underscores, starting with a letter, at most 64
   * @param label a non-blank human-readable name
   * @return the construct
   * @throws IllegalArgumentException if {@code id} breaks the rule or {@code label} is blank
   */
  public static Construct of(String id, String label) {
    return ImmutableConstruct.of(id, label);
  }

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "construct id must match " + ID.pattern() + ", but was '" + id() + "'");
    }
    if (label().isBlank()) {
      throw new IllegalArgumentException("label of construct '" + id() + "' must not be blank");
    }
  }

  /** Orders by id. */
  @Override
  public int compareTo(Construct other) {
    return id().compareTo(other.id());
  }

  @Override
  public String toString() {
    return id();
  }
}
