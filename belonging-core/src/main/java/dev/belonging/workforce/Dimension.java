package dev.belonging.workforce;

import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A respondent attribute that results can be broken down by: team, tenure band, role, work
 * arrangement, location, or a self-identified demographic.
 *
 * <p>A dimension is {@linkplain #sensitive() sensitive} when it describes self-identified
 * demographics; the anonymity policy applies stricter minimums to such dimensions.
 *
 * <p>Instances are immutable and thread-safe. Two dimensions are equal when name and sensitivity
 * are equal.
 */
@Value.Immutable
@BelongingStyle
public abstract class Dimension implements Comparable<Dimension> {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** The team a respondent belongs to, a node of the organisation's team hierarchy. */
  public static final Dimension TEAM = of("team");
  /** The respondent's tenure band, such as {@code "6-12 months"}. */
  public static final Dimension TENURE = of("tenure");
  /** The respondent's role or level. */
  public static final Dimension ROLE = of("role");
  /** The respondent's {@link WorkArrangement}. */
  public static final Dimension WORK_ARRANGEMENT = of("work_arrangement");
  /** The respondent's location or time zone. */
  public static final Dimension LOCATION = of("location");

  Dimension() {}

  /** The dimension's name: lower case letters, digits and underscores, starting with a letter. */
  @Value.Parameter
  public abstract String name();

  /** Whether the dimension holds self-identified demographics (stricter anonymity minimums). */
  @Value.Parameter
  public abstract boolean sensitive();

  /**
   * A non-sensitive dimension.
   *
   * @param name lower case letters, digits and underscores, starting with a letter, at most 64
   * @return the dimension
   * @throws IllegalArgumentException if {@code name} breaks the naming rule
   */
  public static Dimension of(String name) {
    return ImmutableDimension.of(name, false);
  }

  /**
   * A sensitive (self-identified demographic) dimension.
   *
   * @param name lower case letters, digits and underscores, starting with a letter, at most 64
   * @return the dimension
   * @throws IllegalArgumentException if {@code name} breaks the naming rule
   */
  public static Dimension sensitive(String name) {
    return ImmutableDimension.of(name, true);
  }

  @Value.Check
  void check() {
    Checks.notBlank("dimension name", name());
    if (!NAME.matcher(name()).matches()) {
      throw new IllegalArgumentException(
          "dimension name must match " + NAME.pattern() + ", but was '" + name() + "'");
    }
  }

  /** Orders by name, then non-sensitive before sensitive. */
  @Override
  public int compareTo(Dimension other) {
    int byName = name().compareTo(other.name());
    return byName != 0 ? byName : Boolean.compare(sensitive(), other.sensitive());
  }

  @Override
  public String toString() {
    return sensitive() ? name() + " (sensitive)" : name();
  }
}
