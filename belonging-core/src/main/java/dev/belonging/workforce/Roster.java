package dev.belonging.workforce;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import org.immutables.value.Value;

/**
 * The people invited to a survey wave, by their subgroup attributes only: the denominators of
 * response rates. A roster holds no names or ids, so a response rate is computed per cell from
 * counts alone.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} gives only the size.
 */
@Value.Immutable
@BelongingStyle
public abstract class Roster {
  Roster() {}

  /** The attributes of each invited person, in the order given. */
  public abstract ImmutableList<Attributes> invited();

  /**
   * A roster of invited people.
   *
   * @param invited each invited person's attributes
   * @return the roster
   */
  public static Roster of(Iterable<Attributes> invited) {
    return ImmutableRoster.builder().invited(invited).build();
  }

  /** The number of invited people. */
  public int size() {
    return invited().size();
  }

  @Override
  public String toString() {
    return "Roster{invited=" + size() + "}";
  }
}
