package dev.belonging.fairness;

import dev.belonging.internal.BelongingStyle;
import dev.belonging.workforce.Attributes;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's outcome in a selection process (promoted or not, assigned or not), with the
 * person's subgroup attributes and, for pooled analyses, the stratum (site or period) the
 * decision was made in.
 *
 * <p>A record is respondent data: {@link #toString()} shows nothing about the person.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
@BelongingStyle
public abstract class OutcomeRecord {
  OutcomeRecord() {}

  /** The person's subgroup attributes. */
  @Value.Parameter
  public abstract Attributes attributes();

  /** Whether the person was selected. */
  @Value.Parameter
  public abstract boolean selected();

  /** The stratum (site, period) of the decision; empty when unstratified. */
  @Value.Parameter
  public abstract Optional<String> stratum();

  /**
   * An unstratified record.
   *
   * @param attributes the person's attributes
   * @param selected whether the person was selected
   * @return the record
   */
  public static OutcomeRecord of(Attributes attributes, boolean selected) {
    return ImmutableOutcomeRecord.of(attributes, selected, Optional.empty());
  }

  /**
   * A record within a stratum.
   *
   * @param attributes the person's attributes
   * @param selected whether the person was selected
   * @param stratum the site or period, not blank
   * @return the record
   * @throws IllegalArgumentException if {@code stratum} is blank
   */
  public static OutcomeRecord of(Attributes attributes, boolean selected, String stratum) {
    return ImmutableOutcomeRecord.of(attributes, selected, Optional.of(stratum));
  }

  @Value.Check
  void check() {
    if (stratum().isPresent() && stratum().get().isBlank()) {
      throw new IllegalArgumentException("stratum must not be blank");
    }
  }

  /** Never shows the person's attributes or outcome. */
  @Override
  public String toString() {
    return "OutcomeRecord{}";
  }
}
