package dev.belonging.fairness;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.stats.Interval;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the reference tables under {@code src/test/resources/reference/fairness} (written by
 * {@code src/test/reference/fairness_reference.R}; each file's header names the tool, its
 * version and the exact call) and compares numbers with them.
 */
final class FairnessReferenceData {
  /**
   * Agreement demanded by issue 10: |actual - expected| <= 1e-9 · max(1, |expected|), absolute
   * up to 1 (probabilities, proportions) and relative above. Both sides compute in double
   * precision with different special-function code (differences around 1e-14).
   */
  static final double AGREEMENT = 1e-9;

  private FairnessReferenceData() {}

  /** One data row, by column name. */
  record Row(ImmutableMap<String, String> cells, int line) {
    String text(String column) {
      String value = cells.get(column);
      if (value == null) {
        throw new IllegalArgumentException("no column " + column + " in " + cells.keySet());
      }
      return value;
    }

    double number(String column) {
      String v = text(column);
      if (v.equals("NA")) {
        throw new IllegalStateException("line " + line + ": " + column + " is NA");
      }
      return v.equals("Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(v);
    }

    OptionalDouble optional(String column) {
      return text(column).equals("NA") ? OptionalDouble.empty() : OptionalDouble.of(number(column));
    }

    int integer(String column) {
      return Math.toIntExact(Math.round(number(column)));
    }

    boolean flag(String column) {
      return Boolean.parseBoolean(text(column).toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return "line " + line;
    }
  }

  static ImmutableList<Row> read(String file) {
    String path = "/reference/fairness/" + file;
    try (InputStream in = FairnessReferenceData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = null;
      ImmutableList.Builder<Row> rows = ImmutableList.builder();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        List<String> fields = Arrays.asList(line.split(",", -1));
        if (header == null) {
          header = fields;
          continue;
        }
        ImmutableMap.Builder<String, String> cells = ImmutableMap.builder();
        for (int i = 0; i < header.size(); i++) {
          cells.put(header.get(i), fields.get(i));
        }
        rows.add(new Row(cells.buildOrThrow(), number));
      }
      ImmutableList<Row> result = rows.build();
      assertWithMessage("rows in %s", file).that(result.size()).isAtLeast(20);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows grouped by the {@code scenario} column, in file order. */
  static Map<String, List<Row>> byScenario(List<Row> rows) {
    Map<String, List<Row>> out = new LinkedHashMap<>();
    for (Row r : rows) {
      out.computeIfAbsent(r.text("scenario"), s -> new java.util.ArrayList<>()).add(r);
    }
    return out;
  }

  static void assertClose(Object where, String what, double actual, double expected) {
    if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
      assertWithMessage("%s: %s", where, what).that(actual).isEqualTo(expected);
      return;
    }
    double tolerance = AGREEMENT * Math.max(1, Math.abs(expected));
    assertWithMessage("%s: %s", where, what).that(actual).isWithin(tolerance).of(expected);
  }

  static void assertClose(Object where, String what, OptionalDouble actual, OptionalDouble expected) {
    assertWithMessage("%s: %s present", where, what)
        .that(actual.isPresent()).isEqualTo(expected.isPresent());
    if (expected.isPresent()) {
      assertClose(where, what, actual.getAsDouble(), expected.getAsDouble());
    }
  }

  static void assertInterval(Object where, String what, Optional<Interval> actual,
      OptionalDouble lower, OptionalDouble upper, double level) {
    assertWithMessage("%s: %s present", where, what)
        .that(actual.isPresent()).isEqualTo(lower.isPresent());
    if (lower.isPresent()) {
      assertClose(where, what + " lower", actual.get().lower(), lower.getAsDouble());
      assertClose(where, what + " upper", actual.get().upper(), upper.getAsDouble());
      assertWithMessage("%s: %s level", where, what).that(actual.get().level()).isEqualTo(level);
    }
  }
}
