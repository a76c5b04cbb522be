package dev.belonging.fairness;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The output of a fairness check for one group: either published with its numbers, or
 * suppressed with a reason and nothing else.
 *
 * <p>A suppressed result carries no count, rate or statistic of the group, so no number about a
 * group below the minimum can be read from it. The group label is a published group name (an
 * attribute value of the breakdown dimension) and is kept in both cases so readers see that the
 * group exists and why its numbers are withheld; {@link #toString()} omits it all the same.
 *
 * <p>Instances are immutable and thread-safe when {@code T} is.
 *
 * @param <T> the published numbers of the group
 */
public final class GroupResult<T> {
  private final String group;
  private final @Nullable T value;
  private final @Nullable Suppression suppression;

  private GroupResult(String group, @Nullable T value, @Nullable Suppression suppression) {
    this.group = requireNonNull(group, "group");
    this.value = value;
    this.suppression = suppression;
  }

  /**
   * A published group, for example as read back from storage. The checks themselves publish a
   * group only after the disclosure rules allow it; whoever builds one by hand takes that
   * responsibility.
   *
   * @param <T> the type of the group's numbers
   * @param group the group's label, not blank
   * @param value the group's numbers
   * @return the published result
   * @throws IllegalArgumentException if {@code group} is blank
   * @throws NullPointerException if an argument is null
   */
  public static <T> GroupResult<T> published(String group, T value) {
    return new GroupResult<>(notBlank(group), requireNonNull(value, "value"), null);
  }

  /**
   * A suppressed group: its label and the reason, and no number.
   *
   * @param <T> the type the group's numbers would have
   * @param group the group's label, not blank
   * @param reason why its numbers are withheld
   * @return the suppressed result
   * @throws IllegalArgumentException if {@code group} is blank
   * @throws NullPointerException if an argument is null
   */
  public static <T> GroupResult<T> suppressed(String group, Suppression reason) {
    return new GroupResult<>(notBlank(group), null, requireNonNull(reason, "reason"));
  }

  private static String notBlank(String group) {
    if (requireNonNull(group, "group").isBlank()) {
      throw new IllegalArgumentException("group must not be blank");
    }
    return group;
  }

  /** The group's label, as published (a value of the breakdown dimension). */
  public String group() {
    return group;
  }

  /** Whether the group's numbers are published. */
  public boolean isPublished() {
    return value != null;
  }

  /** The group's numbers; empty when suppressed. */
  public Optional<T> published() {
    return Optional.ofNullable(value);
  }

  /**
   * The group's numbers.
   *
   * @return the published value
   * @throws IllegalStateException if the group is suppressed
   */
  public T value() {
    if (value == null) {
      throw new IllegalStateException("group is suppressed: " + suppression);
    }
    return value;
  }

  /** Why the group is suppressed; empty when published. */
  public Optional<Suppression> suppression() {
    return Optional.ofNullable(suppression);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GroupResult<?> other && group.equals(other.group)
        && Objects.equals(value, other.value) && suppression == other.suppression;
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, value, suppression);
  }

  /** Says whether the group is published or why not; never its label. */
  @Override
  public String toString() {
    return value != null ? "GroupResult{published}" : "GroupResult{suppressed: " + suppression + "}";
  }
}
