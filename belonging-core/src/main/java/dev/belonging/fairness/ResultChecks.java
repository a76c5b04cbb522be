package dev.belonging.fairness;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Invariants of the result values, checked when they are built (by the checks themselves or by a
 * reader of stored results). Messages name fields, never group labels or data.
 */
final class ResultChecks {
  private ResultChecks() {}

  static void finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, but was " + value);
    }
  }

  static void finite(String name, OptionalDouble value) {
    if (value.isPresent()) {
      finite(name, value.getAsDouble());
    }
  }

  static void nonNegative(String name, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, but was " + value);
    }
  }

  static void nonNegative(String name, OptionalDouble value) {
    if (value.isPresent()) {
      nonNegative(name, value.getAsDouble());
    }
  }

  static void positive(String name, double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, but was " + value);
    }
  }

  static void positive(String name, OptionalDouble value) {
    if (value.isPresent()) {
      positive(name, value.getAsDouble());
    }
  }

  static void inRange(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "], but was " + value);
    }
  }

  static void proportion(String name, double value) {
    inRange(name, value, 0, 1);
  }

  static void proportion(String name, OptionalDouble value) {
    if (value.isPresent()) {
      proportion(name, value.getAsDouble());
    }
  }

  static void atLeast(String name, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", but was " + value);
    }
  }

  static void notBlank(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /**
   * The groups of a result: labels not blank and distinct, a published group's numbers carry the
   * same label, and the reference, when present, is a published group.
   */
  static <T> void groups(List<GroupResult<T>> groups, Function<T, String> label,
      Optional<String> reference) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < groups.size(); i++) {
      GroupResult<T> g = groups.get(i);
      notBlank("groups[" + i + "] label", g.group());
      if (!seen.add(g.group())) {
        throw new IllegalArgumentException(
            "groups[" + i + "] repeats the label of an earlier group");
      }
      if (g.published().isPresent() && !label.apply(g.value()).equals(g.group())) {
        throw new IllegalArgumentException(
            "groups[" + i + "] must carry numbers of the same group label");
      }
    }
    reference.ifPresent(r -> {
      if (groups.stream().noneMatch(g -> g.isPublished() && g.group().equals(r))) {
        throw new IllegalArgumentException("reference must be the label of a published group");
      }
    });
  }
}
