package dev.belonging.internal.stats;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the reference tables under {@code src/test/resources/reference/stats} (written by
 * {@code src/test/reference/stats_reference.R} and {@code stats_reference.py}; the header of each
 * file names the tool, its version and the exact call) and compares numbers with them.
 */
final class ReferenceData {
  /**
   * Agreement demanded by issues 4 and 10: |actual - expected| <= 1e-9 · max(1, |expected|), i.e.
   * absolute for numbers up to 1 (probabilities, proportions) and relative above. Both sides
   * compute in double precision with different special-function code; their differences are
   * around 1e-14, so 1e-9 leaves room only for genuinely equivalent algorithms.
   */
  static final double AGREEMENT = 1e-9;

  private ReferenceData() {}

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
      switch (v) {
        case "Inf":
          return Double.POSITIVE_INFINITY;
        case "-Inf":
          return Double.NEGATIVE_INFINITY;
        case "NA":
          throw new IllegalStateException("line " + line + ": " + column + " is NA");
        default:
          return Double.parseDouble(v);
      }
    }

    OptionalDouble optional(String column) {
      return text(column).equals("NA") ? OptionalDouble.empty() : OptionalDouble.of(number(column));
    }

    long integer(String column) {
      return Math.round(number(column));
    }

    int integer32(String column) {
      return Math.toIntExact(integer(column));
    }

    boolean flag(String column) {
      return Boolean.parseBoolean(text(column).toLowerCase(java.util.Locale.ROOT));
    }

    long[] integers(String column) {
      String v = text(column).trim();
      return v.isEmpty() ? new long[0]
          : Arrays.stream(v.split(" ")).mapToLong(Long::parseLong).toArray();
    }

    @Override
    public String toString() {
      return "line " + line + " " + cells;
    }
  }

  static ImmutableList<Row> read(String file) {
    String path = "/reference/stats/" + file;
    try (InputStream in = ReferenceData.class.getResourceAsStream(path)) {
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
      assertWithMessage("rows in %s", file).that(result.size()).isAtLeast(5);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  static void assertLimits(Object where, Optional<ConfidenceLimits> actual, Row row) {
    assertWithMessage("%s: interval present", where).that(actual.isPresent()).isTrue();
    assertClose(where, "lower", actual.get().lower(), row.number("lower"));
    assertClose(where, "upper", actual.get().upper(), row.number("upper"));
    assertWithMessage("%s: level", where).that(actual.get().level()).isEqualTo(row.number("level"));
  }
}
