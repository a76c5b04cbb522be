package dev.belonging.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Helpers for mapping DTOs to the domain while keeping the JSON Pointer of every value, so that a
 * missing field or a domain rule broken becomes a {@link WireFormatException} at the right place.
 */
final class Mapping {
  private final String version;

  Mapping(String version) {
    this.version = version;
  }

  String version() {
    return version;
  }

  WireFormatException error(String pointer, String rule) {
    return new WireFormatException(pointer, rule, version, null);
  }

  /** A required value: present and not null. */
  <V> V required(@Nullable V value, String pointer) {
    if (value == null) {
      throw error(pointer, "is required and must not be null");
    }
    return value;
  }

  /** An optional list: absent means empty; elements must not be null. */
  <V> List<V> list(@Nullable List<V> values, String pointer) {
    if (values == null) {
      return ImmutableList.of();
    }
    for (int i = 0; i < values.size(); i++) {
      required(values.get(i), Pointers.child(pointer, i));
    }
    return values;
  }

  /** An optional list whose elements must be distinct. */
  <V> List<V> distinct(@Nullable List<V> values, String pointer) {
    List<V> checked = list(values, pointer);
    Set<V> seen = new HashSet<>();
    for (int i = 0; i < checked.size(); i++) {
      if (!seen.add(checked.get(i))) {
        throw error(Pointers.child(pointer, i), "must not repeat an earlier element");
      }
    }
    return checked;
  }

  /** An optional object: absent means empty; values must not be null. */
  <V> Map<String, V> map(@Nullable Map<String, V> values, String pointer) {
    if (values == null) {
      return ImmutableMap.of();
    }
    values.forEach((key, value) -> required(value, Pointers.child(pointer, key)));
    return values;
  }

  /**
   * Runs a domain factory or builder. Its {@link IllegalArgumentException} or {@link
   * NullPointerException} becomes a {@link WireFormatException} whose rule is the domain's message
   * (the core's messages name ids and rules, never respondent data) and whose pointer is {@code
   * pointer}, refined to a member by {@code refine} when the message says which.
   *
   * @param refine maps the domain's message to a relative pointer such as {@code "/id"}, or ""
   */
  <V> V domain(String pointer, Function<String, String> refine, Supplier<V> factory) {
    try {
      return factory.get();
    } catch (WireFormatException e) {
      throw e;
    } catch (IllegalArgumentException | NullPointerException e) {
      String message = e.getMessage() == null ? "breaks a rule of the domain" : e.getMessage();
      throw new WireFormatException(pointer + refine.apply(message), message, version, e);
    }
  }

  <V> V domain(String pointer, Supplier<V> factory) {
    return domain(pointer, message -> "", factory);
  }

  /** A refinement by the first marker found in the message: marker, member, marker, member... */
  static Function<String, String> byMarkers(String... markersAndMembers) {
    return message -> {
      for (int i = 0; i < markersAndMembers.length; i += 2) {
        if (message.contains(markersAndMembers[i])) {
          return "/" + markersAndMembers[i + 1];
        }
      }
      return "";
    };
  }
}
