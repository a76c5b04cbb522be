package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.belonging.stats.Interval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Numbers on the wire: finite only (JSON has no NaN or infinity; a number too large for a double
 * is rejected, never read as infinity), an undefined statistic is an absent member, and an
 * interval's infinite limit is an absent {@code lower} or {@code upper}.
 */
final class Numbers {
  private Numbers() {}

  /** A confidence interval; an absent limit is unbounded on its side. */
  @JsonPropertyOrder({"lower", "upper", "level"})
  record IntervalDto(
      @JsonProperty("lower") @Nullable Double lower,
      @JsonProperty("upper") @Nullable Double upper,
      @JsonProperty("level") @Nullable Double level) {}

  /** A required finite number. */
  static double required(@Nullable Double value, String at, Mapping m) {
    return finite(m.required(value, at), at, m);
  }

  /** An optional finite number: absent when undefined. */
  static OptionalDouble optional(@Nullable Double value, String at, Mapping m) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(finite(value, at, m));
  }

  private static double finite(double value, String at, Mapping m) {
    if (!Double.isFinite(value)) {
      throw m.error(at, "must be a finite number (this one is too large for a double)");
    }
    return value;
  }

  static @Nullable Double dto(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  static Interval interval(IntervalDto dto, String at, Mapping m) {
    double lower = dto.lower() == null ? Double.NEGATIVE_INFINITY
        : finite(dto.lower(), at + "/lower", m);
    double upper = dto.upper() == null ? Double.POSITIVE_INFINITY
        : finite(dto.upper(), at + "/upper", m);
    double level = required(dto.level(), at + "/level", m);
    return m.domain(at, Mapping.byMarkers("level", "level", "lower must be", "lower"),
        () -> Interval.of(lower, upper, level));
  }

  static Optional<Interval> optionalInterval(@Nullable IntervalDto dto, String at, Mapping m) {
    return dto == null ? Optional.empty() : Optional.of(interval(dto, at, m));
  }

  static IntervalDto intervalDto(Interval interval) {
    return new IntervalDto(
        interval.lower() == Double.NEGATIVE_INFINITY ? null : interval.lower(),
        interval.upper() == Double.POSITIVE_INFINITY ? null : interval.upper(),
        interval.level());
  }

  static @Nullable IntervalDto intervalDto(Optional<Interval> interval) {
    return interval.map(Numbers::intervalDto).orElse(null);
  }

  /**
   * For a suppressed group: every member but the label and the reason must be absent, so that a
   * document can never carry a number about a suppressed group.
   *
   * @param namesAndValues member name, value, member name, value...
   */
  static void absentWhenSuppressed(String at, Mapping m, @Nullable Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        throw m.error(at + "/" + namesAndValues[i], "must be absent for a suppressed group");
      }
    }
  }
}
