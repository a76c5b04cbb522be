package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The dimensions a document declares ({@code "dimensions": [{"name": "gender", "sensitive":
 * true}]}), by which attributes are keyed by name alone. A name has one meaning per document.
 */
final class Dimensions {
  @JsonPropertyOrder({"name", "sensitive"})
  record DimensionDto(
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("sensitive") @Nullable Boolean sensitive) {}

  private final ImmutableMap<String, Dimension> byName;

  private Dimensions(ImmutableMap<String, Dimension> byName) {
    this.byName = byName;
  }

  static Dimensions none() {
    return new Dimensions(ImmutableMap.of());
  }

  /** Reads a declaration; names must be unique. */
  static Dimensions read(@Nullable List<DimensionDto> declared, String at, Mapping m) {
    List<DimensionDto> list = m.list(declared, at);
    Map<String, Dimension> byName = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String here = Pointers.child(at, i);
      DimensionDto dto = list.get(i);
      String name = m.required(dto.name(), here + "/name");
      boolean sensitive = m.required(dto.sensitive(), here + "/sensitive");
      Dimension dimension = m.domain(here + "/name",
          () -> sensitive ? Dimension.sensitive(name) : Dimension.of(name));
      if (byName.put(name, dimension) != null) {
        throw m.error(here + "/name", "must not repeat the name of an earlier dimension");
      }
    }
    return new Dimensions(ImmutableMap.copyOf(byName));
  }

  /** One dimension from its declaration; for the streaming reader. */
  static Dimension dimension(String name, boolean sensitive, String at, Mapping m) {
    return m.domain(at + "/name", () -> sensitive ? Dimension.sensitive(name) : Dimension.of(name));
  }

  static Dimensions of(Map<String, Dimension> byName) {
    return new Dimensions(ImmutableMap.copyOf(byName));
  }

  /** The declared dimension of a name, or null. */
  @Nullable Dimension get(String name) {
    return byName.get(name);
  }

  /** Every declared dimension, in natural order. */
  ImmutableSet<Dimension> all() {
    return ImmutableSortedSet.copyOf(byName.values());
  }

  boolean contains(Dimension dimension) {
    return dimension.equals(byName.get(dimension.name()));
  }

  /** The attributes of one record, keyed by declared dimension names. */
  Attributes attributes(Map<String, String> values, String at, Mapping m) {
    if (values.isEmpty()) {
      return Attributes.none();
    }
    Map<Dimension, String> byDimension = new HashMap<>();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String here = Pointers.child(at, entry.getKey());
      Dimension dimension = byName.get(entry.getKey());
      if (dimension == null) {
        throw m.error(here, "names a dimension that /dimensions does not declare");
      }
      byDimension.put(dimension, m.required(entry.getValue(), here));
    }
    return m.domain(at, message -> refineByQuotedKey(message, values), () -> Attributes.of(byDimension));
  }

  private static String refineByQuotedKey(String message, Map<String, String> values) {
    for (String key : values.keySet()) {
      if (message.contains("'" + key + "'")) {
        return Pointers.child("", key);
      }
    }
    return "";
  }

  /** The declaration for values that use these dimensions, sorted by name. */
  static ImmutableList<DimensionDto> declare(Iterable<Dimension> used) {
    SortedSet<Dimension> sorted = new TreeSet<>();
    used.forEach(sorted::add);
    return sorted.stream().map(d -> new DimensionDto(d.name(), d.sensitive()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The dimensions used by some attributes, by name.
   *
   * @throws IllegalArgumentException if a name is used both as sensitive and as not sensitive
   */
  static Map<String, Dimension> used(Iterable<Attributes> all) {
    Set<Dimension> dimensions = new HashSet<>();
    for (Attributes attributes : all) {
      dimensions.addAll(attributes.values().keySet());
    }
    return declared(dimensions);
  }

  /**
   * Dimensions by name.
   *
   * @throws IllegalArgumentException if a name is given both as sensitive and as not sensitive
   */
  static Map<String, Dimension> declared(Iterable<Dimension> dimensions) {
    Map<String, Dimension> byName = new HashMap<>();
    for (Dimension d : dimensions) {
      Dimension earlier = byName.putIfAbsent(d.name(), d);
      if (earlier != null && !earlier.equals(d)) {
        throw new IllegalArgumentException("dimension '" + d.name() + "' is used both as "
            + "sensitive and as not sensitive; the wire format needs one meaning per name");
      }
    }
    return byName;
  }

  ImmutableList<DimensionDto> declaration() {
    return declare(byName.values());
  }

  static Map<String, String> byName(Attributes attributes) {
    Map<String, String> out = new LinkedHashMap<>();
    attributes.values().forEach((d, v) -> out.put(d.name(), v));
    return out;
  }
}
