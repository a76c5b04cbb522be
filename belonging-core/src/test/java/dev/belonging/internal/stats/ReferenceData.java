package dev.belonging.internal.stats;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the committed reference tables under {@code src/test/resources/reference/<folder>}
 * (written by the scripts in {@code src/test/reference/}, such as {@code stats_reference.R},
 * {@code stats_reference.py} and {@code fairness_reference.R}; the header of each file names the
 * tool, its version and the exact call) and compares numbers with the agreement the issues
 * demand. Shared by the statistics and fairness reference tests.
 */
public final class ReferenceData {
  /**
   * Agreement demanded by issues 4 and 10: |actual - expected| <= 1e-9 · max(1, |expected|), i.e.
   * absolute for numbers up to 1 (probabilities, proportions) and relative above. Both sides
   * compute in double precision with different special-function code; their differences are
   * around 1e-14, so 1e-9 leaves room only for genuinely equivalent algorithms.
   */
  static final double AGREEMENT = 1e-9;

  private ReferenceData() {}

  /** One data row, by column name. */
  public record Row(ImmutableMap<String, String> cells, int line) {
    public String text(String column) {
      String value = cells.get(column);
      if (value == null) {
        throw new IllegalArgumentException("no column " + column + " in " + cells.keySet());
      }
      return value;
    }

    public double number(String column) {
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

    public OptionalDouble optional(String column) {
      return text(column).equals("NA") ? OptionalDouble.empty() : OptionalDouble.of(number(column));
    }

    public long integer(String column) {
      return Math.round(number(column));
    }

    public int integer32(String column) {
      return Math.toIntExact(integer(column));
    }

    public boolean flag(String column) {
      return Boolean.parseBoolean(text(column).toLowerCase(java.util.Locale.ROOT));
    }

    public long[] integers(String column) {
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
    return read("stats", file, 5);
  }

  /**
   * The rows of {@code /reference/<folder>/<file>}: comment lines start with {@code #}, then a
   * header line, then at least {@code minimumRows} data lines.
   */
  public static ImmutableList<Row> read(String folder, String file, int minimumRows) {
    String path = "/reference/" + folder + "/" + file;
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
      assertWithMessage("rows in %s", file).that(result.size()).isAtLeast(minimumRows);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void assertClose(Object where, String what, double actual, double expected) {
    if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
      assertWithMessage("%s: %s", where, what).that(actual).isEqualTo(expected);
      return;
    }
    double tolerance = AGREEMENT * Math.max(1, Math.abs(expected));
    assertWithMessage("%s: %s", where, what).that(actual).isWithin(tolerance).of(expected);
  }

  public static void assertClose(
      Object where, String what, OptionalDouble actual, OptionalDouble expected) {
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

  /** Rows grouped by the {@code scenario} column, in file order. */
  public static Map<String, List<Row>> byScenario(List<Row> rows) {
    Map<String, List<Row>> out = new LinkedHashMap<>();
    for (Row r : rows) {
      out.computeIfAbsent(r.text("scenario"), s -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /** Compares an interval with expected limits (absent when the expected lower limit is). */
  public static void assertInterval(Object where, String what, Optional<Interval> actual,
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
