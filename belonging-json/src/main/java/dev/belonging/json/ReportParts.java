package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.Baseline;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.Subgroup;
import dev.belonging.instrument.Construct;
import dev.belonging.stats.Interval;
import dev.belonging.workforce.Dimension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The parts shared by the breakdown-request, report and trend-report documents: breakdowns and
 * their baselines, subgroups keyed by declared dimension names, constructs, confidence intervals
 * and finite numbers.
 */
final class ReportParts {
  private ReportParts() {}

  @JsonPropertyOrder({"dimensions", "baseline"})
  record BreakdownDto(
      @JsonProperty("dimensions") @Nullable List<String> dimensions,
      @JsonProperty("baseline") @Nullable BaselineDto baseline) {}

  @JsonPropertyOrder({"kind", "group"})
  record BaselineDto(
      @JsonProperty("kind") Baseline.@Nullable Kind kind,
      @JsonProperty("group") @Nullable Map<String, String> group) {}

  @JsonPropertyOrder({"lower", "upper", "level"})
  record IntervalDto(
      @JsonProperty("lower") @JsonDeserialize(using = FiniteDouble.class) @Nullable Double lower,
      @JsonProperty("upper") @JsonDeserialize(using = FiniteDouble.class) @Nullable Double upper,
      @JsonProperty("level") @JsonDeserialize(using = FiniteDouble.class) @Nullable Double level) {}

  /**
   * Reads a JSON number, integer or not, as a finite double: {@code 1} and {@code 1.0} are the
   * same value, and a literal too large for a double (such as {@code 1e400}) is rejected rather
   * than read as infinity.
   */
  static final class FiniteDouble extends StdDeserializer<Double> {
    private static final long serialVersionUID = 1L;

    FiniteDouble() {
      super(Double.class);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext context) throws IOException {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw new WireFormatException(Pointers.of(p), "must be a number", Codec.VERSION, null);
      }
      double value = p.getDoubleValue();
      if (!Double.isFinite(value)) {
        throw new WireFormatException(Pointers.of(p), "must be a finite number", Codec.VERSION,
            null);
      }
      return value;
    }
  }

  // ---------------------------------------------------------------- reading

  static Breakdown breakdown(BreakdownDto dto, String at, Dimensions declared, Mapping m) {
    List<String> names = m.list(m.required(dto.dimensions(), at + "/dimensions"),
        at + "/dimensions");
    List<Dimension> dimensions = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      dimensions.add(dimension(declared, names.get(i), Pointers.child(at + "/dimensions", i), m));
    }
    Breakdown breakdown = m.domain(at + "/dimensions",
        () -> Breakdown.of(dimensions.toArray(new Dimension[0])));
    if (dto.baseline() == null) {
      return breakdown;
    }
    Baseline baseline = baseline(dto.baseline(), at + "/baseline", declared, m);
    return m.domain(at + "/baseline", () -> breakdown.withBaseline(baseline));
  }

  private static Baseline baseline(BaselineDto dto, String at, Dimensions declared, Mapping m) {
    Baseline.Kind kind = m.required(dto.kind(), at + "/kind");
    if (kind == Baseline.Kind.REFERENCE_GROUP) {
      Subgroup group = subgroup(m.required(dto.group(), at + "/group"), at + "/group", declared, m);
      return m.domain(at + "/group", () -> Baseline.referenceGroup(group));
    }
    if (dto.group() != null) {
      throw m.error(at + "/group", "must be absent unless kind is REFERENCE_GROUP");
    }
    return kind == Baseline.Kind.WHOLE_ORGANISATION ? Baseline.wholeOrganisation()
        : Baseline.restOfOrganisation();
  }

  /** An optional breakdown: absent for the whole organisation. */
  static Optional<Breakdown> optionalBreakdown(@Nullable BreakdownDto dto, String at,
      Dimensions declared, Mapping m) {
    return dto == null ? Optional.empty() : Optional.of(breakdown(dto, at, declared, m));
  }

  static Subgroup subgroup(Map<String, String> values, String at, Dimensions declared,
      Mapping m) {
    Map<Dimension, String> byDimension = new HashMap<>();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String here = Pointers.child(at, entry.getKey());
      byDimension.put(dimension(declared, entry.getKey(), here, m),
          m.required(entry.getValue(), here));
    }
    return m.domain(at, () -> Subgroup.of(byDimension));
  }

  private static Dimension dimension(Dimensions declared, String name, String at, Mapping m) {
    Dimension dimension = declared.get(name);
    if (dimension == null) {
      throw m.error(at, "names a dimension that /dimensions does not declare");
    }
    return dimension;
  }

  static Construct construct(InstrumentDocument.ConstructDto dto, String at, Mapping m) {
    String id = m.required(dto.id(), at + "/id");
    String label = m.required(dto.label(), at + "/label");
    return m.domain(at, Mapping.byMarkers("construct id", "id", "label", "label"),
        () -> Construct.of(id, label));
  }

  static Optional<Interval> interval(@Nullable IntervalDto dto, String at, Mapping m) {
    if (dto == null) {
      return Optional.empty();
    }
    double lower = m.required(dto.lower(), at + "/lower");
    double upper = m.required(dto.upper(), at + "/upper");
    double level = m.required(dto.level(), at + "/level");
    return Optional.of(m.domain(at, Mapping.byMarkers("level", "level", "lower", "upper"),
        () -> Interval.of(lower, upper, level)));
  }

  static OptionalDouble optional(@Nullable Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  static OptionalLong optional(@Nullable Long value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  // ---------------------------------------------------------------- writing

  static BreakdownDto breakdownDto(Breakdown breakdown) {
    Baseline baseline = breakdown.baseline();
    return new BreakdownDto(
        breakdown.dimensions().stream().map(Dimension::name)
            .collect(ImmutableList.toImmutableList()),
        new BaselineDto(baseline.kind(),
            baseline.referenceGroup().map(ReportParts::subgroupDto).orElse(null)));
  }

  static Map<String, String> subgroupDto(Subgroup subgroup) {
    Map<String, String> out = new LinkedHashMap<>();
    subgroup.values().forEach((d, v) -> out.put(d.name(), v));
    return out;
  }

  static InstrumentDocument.ConstructDto constructDto(Construct construct) {
    return new InstrumentDocument.ConstructDto(construct.id(), construct.label());
  }

  static @Nullable IntervalDto intervalDto(Optional<Interval> interval) {
    return interval.map(i -> new IntervalDto(i.lower(), i.upper(), i.level())).orElse(null);
  }

  static @Nullable Double number(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  static @Nullable Long number(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  /** Every dimension of some breakdowns (reference groups included), by name. */
  static List<Dimension> dimensionsOf(Iterable<Breakdown> breakdowns) {
    List<Dimension> all = new ArrayList<>();
    for (Breakdown b : breakdowns) {
      all.addAll(b.dimensions());
      b.baseline().referenceGroup().ifPresent(g -> all.addAll(g.values().keySet()));
    }
    return all;
  }

  /** The declaration of the dimensions of some breakdowns, sorted, or null when there is none. */
  static @Nullable List<Dimensions.DimensionDto> declare(Iterable<Breakdown> breakdowns) {
    return InstrumentDocument.emptyToNull(
        Dimensions.declare(Dimensions.declared(dimensionsOf(breakdowns)).values()));
  }
}
