package dev.belonging.fairness;

import dev.belonging.internal.BelongingStyle;
import dev.belonging.workforce.Attributes;
import org.immutables.value.Value;

/**
 * One person's recognition record: subgroup attributes, the number of periods observed and the
 * number of recognition events received in them.
 *
 * <p>{@link #toString()} shows nothing about the person. Immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class RecognitionRecord {
  RecognitionRecord() {}

  /** The person's subgroup attributes. */
  @Value.Parameter
  public abstract Attributes attributes();

  /** The number of periods (for example months) the person was observed, finite and {@code > 0}. */
  @Value.Parameter
  public abstract double periods();

  /** The number of recognition events the person received, {@code >= 0}. */
  @Value.Parameter
  public abstract long events();

  /**
   * A record.
   *
   * @param attributes the person's attributes
   * @param periods periods observed, finite and {@code > 0}
   * @param events events received, {@code >= 0}
   * @return the record
   * @throws IllegalArgumentException if a number breaks its rule
   */
  public static RecognitionRecord of(Attributes attributes, double periods, long events) {
    return ImmutableRecognitionRecord.of(attributes, periods, events);
  }

  @Value.Check
  void check() {
    if (!(periods() > 0 && periods() < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("periods must be finite and > 0, but was " + periods());
    }
    if (events() < 0) {
      throw new IllegalArgumentException("events must be >= 0, but was " + events());
    }
  }

  /** Never shows the person's data. */
  @Override
  public String toString() {
    return "RecognitionRecord{}";
  }
}
