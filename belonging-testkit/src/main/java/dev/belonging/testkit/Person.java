package dev.belonging.testkit;

import static java.util.Objects.requireNonNull;

import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.util.Objects;

/**
 * One synthetic employee: a pseudonymous id such as {@code "p000123"}, subgroup {@link Attributes}
 * and months of service.
 *
 * <p>The id is derived from the person's {@link #index()} and is what simulated responses use as
 * respondent id. Like real respondent data, the id, attribute values and tenure never appear in
 * {@link #toString()}. Instances are immutable and thread-safe.
 */
public final class Person {
  private final int index;
  private final Attributes attributes;
  private final int tenureMonths;

  private Person(int index, Attributes attributes, int tenureMonths) {
    this.index = index;
    this.attributes = requireNonNull(attributes, "attributes");
    this.tenureMonths = tenureMonths;
  }

  /**
   * A person.
   *
   * @param index the person's number within the simulation, {@code >= 0}; it keys the person's
   *     random streams (latent traits, answers), so it must be unique within a workforce
   * @param attributes the subgroup attributes
   * @param tenureMonths completed months of service, {@code >= 0}
   * @return the person
   * @throws IllegalArgumentException if {@code index} or {@code tenureMonths} is negative
   */
  public static Person of(int index, Attributes attributes, int tenureMonths) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, but was " + index);
    }
    if (tenureMonths < 0) {
      throw new IllegalArgumentException("tenureMonths must be >= 0, but was " + tenureMonths);
    }
    return new Person(index, attributes, tenureMonths);
  }

  /**
   * The pseudonymous id of a person index: {@code "p"} and the index with at least six digits.
   *
   * @param index a person index, {@code >= 0}
   * @return such as {@code "p000123"}
   */
  public static String idOf(int index) {
    String digits = Integer.toString(index);
    return digits.length() >= 6 ? "p" + digits : "p" + "000000".substring(digits.length()) + digits;
  }

  /** The person's number within the simulation, {@code >= 0}. */
  public int index() {
    return index;
  }

  /** The pseudonymous id, such as {@code "p000123"}. Never printed. */
  public String id() {
    return idOf(index);
  }

  /** The subgroup attributes. Never printed. */
  public Attributes attributes() {
    return attributes;
  }

  /** Completed months of service, {@code >= 0}. */
  public int tenureMonths() {
    return tenureMonths;
  }

  /**
   * The person's team: the {@link Dimension#TEAM} attribute.
   *
   * @return the team id, or empty when the person has no team attribute
   */
  public java.util.Optional<String> team() {
    return attributes.get(Dimension.TEAM);
  }

  /**
   * This person with other attributes.
   *
   * @param newAttributes the attributes
   * @return a person with the same index and tenure
   */
  public Person withAttributes(Attributes newAttributes) {
    return new Person(index, newAttributes, tenureMonths);
  }

  /**
   * This person with another length of service.
   *
   * @param months completed months of service, {@code >= 0}
   * @return a person with the same index and attributes
   * @throws IllegalArgumentException if {@code months} is negative
   */
  public Person withTenureMonths(int months) {
    return of(index, attributes, months);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Person
        && index == ((Person) other).index
        && tenureMonths == ((Person) other).tenureMonths
        && attributes.equals(((Person) other).attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, attributes, tenureMonths);
  }

  /** Dimension names only: never the id, attribute values or tenure. */
  @Override
  public String toString() {
    return "Person[" + attributes + "]";
  }
}
