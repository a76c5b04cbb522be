package dev.belonging.disaggregation;

import dev.belonging.stats.Interval;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Invariants of released values that can be built from outside the release step (for example
 * when a serialized report is read back): every message names a field and a rule, never a value
 * of a respondent.
 */
final class ReportChecks {
  private ReportChecks() {}

  static void atLeast(String name, long value, long min) {
    if (!(value >= min)) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", but was " + value);
    }
  }

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

  static void inRange(String name, OptionalDouble value, double min, double max) {
    if (value.isPresent() && !(value.getAsDouble() >= min && value.getAsDouble() <= max)) {
      throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], but was "
          + value.getAsDouble());
    }
  }

  static void finite(String name, Optional<Interval> interval) {
    if (interval.isPresent()) {
      finite(name + " lower", interval.get().lower());
      finite(name + " upper", interval.get().upper());
    }
  }

  /** Requires {@code present} to be false unless {@code allowed}, naming the reason. */
  static void onlyIf(boolean present, boolean allowed, String name, String condition) {
    if (present && !allowed) {
      throw new IllegalArgumentException(name + " must be absent " + condition);
    }
  }

  /** Requires the subgroup to fix exactly the breakdown's dimensions (everyone without one). */
  static void cellOf(Optional<Breakdown> breakdown, Subgroup subgroup, String what) {
    boolean matches = breakdown.isPresent()
        ? subgroup.values().keySet().equals(new HashSet<>(breakdown.get().dimensions()))
        : subgroup.isEveryone();
    if (!matches) {
      throw new IllegalArgumentException(what + " must fix exactly the dimensions of "
          + breakdown.map(b -> "breakdown '" + b.name() + "'").orElse("the whole organisation")
          + ", but fixed " + subgroup.values().keySet());
    }
  }
}
