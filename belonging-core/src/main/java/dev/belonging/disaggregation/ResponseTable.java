package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Dimension;
import java.util.Arrays;
import java.util.List;

/**
 * Responses encoded for fast aggregation: one row per respondent with a dense code per dimension
 * and a point per closed item. Readers (CSV, JSON, Spark) can fill a table directly with codes,
 * without building a {@link Response} per respondent, then call {@link
 * Disaggregation#aggregate(ResponseTable)}.
 *
 * <p>Obtain a builder from {@link Disaggregation#tableBuilder()}. Column order: {@link
 * Builder#dimensions()} and {@link Builder#itemIds()}. A table holds respondent data;
 * {@link #toString()} gives the row count only. Immutable and thread-safe once built.
 */
public final class ResponseTable {
  /** The point value that marks an unanswered item in {@link Builder#addRow}. */
  public static final int NOT_ANSWERED = Integer.MIN_VALUE;
  /** The code that marks a missing dimension value in {@link Builder#addRow}. */
  public static final int NO_VALUE = -1;

  final Encoding encoding;
  final ImmutableList<ImmutableList<String>> dictionaries;
  final byte[] points;
  final int[] codes;
  final int rows;

  private ResponseTable(Builder builder) {
    this.encoding = builder.encoding;
    this.dictionaries = builder.dictionaries.snapshot();
    this.rows = builder.rows;
    this.points = Arrays.copyOf(builder.points, rows * encoding.items.size());
    this.codes = Arrays.copyOf(builder.codes, rows * encoding.dimensions.size());
  }

  /** Number of rows (respondents). */
  public int rows() {
    return rows;
  }

  @Override
  public String toString() {
    return "ResponseTable[rows=" + rows + "]";
  }

  /**
   * Builds a {@link ResponseTable}: declare the values of each dimension whose dictionary is not
   * fixed (the team dimension's is the hierarchy, the tenure dimension's the bands), then add
   * rows. Not thread-safe.
   */
  public static final class Builder {
    private final Encoding encoding;
    private final Encoding.Dictionaries dictionaries;
    private byte[] points;
    private int[] codes;
    private int rows;

    Builder(Encoding encoding) {
      this.encoding = encoding;
      this.dictionaries = encoding.newDictionaries();
      this.points = new byte[1024 * encoding.items.size()];
      this.codes = new int[1024 * encoding.dimensions.size()];
    }

    /** The dimensions in column order of {@link #addRow}. */
    public ImmutableList<Dimension> dimensions() {
      return encoding.dimensions;
    }

    /** The closed item ids in column order of {@link #addRow}. */
    public ImmutableList<String> itemIds() {
      return encoding.items.stream().map(i -> i.id()).collect(ImmutableList.toImmutableList());
    }

    /**
     * Declares the values of a dimension; a value's code is its position.
     *
     * @param dimension a dimension of the breakdowns
     * @param values distinct, non-blank values
     * @return this builder
     * @throws IllegalArgumentException if the dimension is not used, its dictionary is fixed,
     *     rows were already added, or values repeat or are blank
     */
    public Builder dimensionValues(Dimension dimension, List<String> values) {
      int d = encoding.dimensions.indexOf(dimension);
      if (d < 0) {
        throw new IllegalArgumentException(
            "dimension '" + dimension.name() + "' is not used by the breakdowns");
      }
      if (encoding.fixedDictionary(d)) {
        throw new IllegalArgumentException("values of dimension '" + dimension.name()
            + "' are fixed by the " + (encoding.isTeam(d) ? "team hierarchy" : "tenure bands"));
      }
      if (rows > 0) {
        throw new IllegalStateException("dimension values must be declared before rows");
      }
      if (values.stream().distinct().count() != values.size()
          || values.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException("values of dimension '" + dimension.name()
            + "' must be distinct and not blank");
      }
      dictionaries.values.get(d).clear();
      dictionaries.values.get(d).addAll(values);
      dictionaries.reindex(d);
      return this;
    }

    /**
     * The code of a value.
     *
     * @param dimension a dimension of the breakdowns
     * @param value a declared (or hierarchy / band) value
     * @return its code
     * @throws IllegalArgumentException if the dimension is not used or the value unknown
     */
    public int code(Dimension dimension, String value) {
      int d = encoding.dimensions.indexOf(dimension);
      if (d < 0) {
        throw new IllegalArgumentException(
            "dimension '" + dimension.name() + "' is not used by the breakdowns");
      }
      return dictionaries.code(d, value);
    }

    /**
     * Adds one respondent.
     *
     * @param dimensionCodes one code per {@linkplain #dimensions() dimension}, or {@link
     *     #NO_VALUE}
     * @param answers one point per {@linkplain #itemIds() item} as answered (before reverse
     *     keying), or {@link #NOT_ANSWERED}
     * @return this builder
     * @throws IllegalArgumentException if an array has the wrong length, a code is unknown or a
     *     point is off its item's scale
     */
    public Builder addRow(int[] dimensionCodes, int[] answers) {
      int dims = encoding.dimensions.size();
      int items = encoding.items.size();
      if (dimensionCodes.length != dims || answers.length != items) {
        throw new IllegalArgumentException("a row must have " + dims + " codes and " + items
            + " answers, but had " + dimensionCodes.length + " and " + answers.length);
      }
      ensureCapacity();
      for (int d = 0; d < dims; d++) {
        int code = dimensionCodes[d];
        if (!(code >= NO_VALUE && code < dictionaries.values.get(d).size())) {
          throw new IllegalArgumentException("code of dimension '"
              + encoding.dimensions.get(d).name() + "' must be in [-1, "
              + dictionaries.values.get(d).size() + "), but was " + code);
        }
        codes[rows * dims + d] = code;
      }
      for (int i = 0; i < items; i++) {
        points[rows * items + i] =
            answers[i] == NOT_ANSWERED ? 0 : encoding.encodePoint(i, answers[i]);
      }
      rows++;
      return this;
    }

    /**
     * Adds one response, encoding its attributes with the declared dictionaries.
     *
     * @param response a response to the instrument
     * @return this builder
     * @throws IllegalArgumentException if an attribute value is not declared or an answer is not
     *     on a closed item's scale
     */
    public Builder add(Response response) {
      ensureCapacity();
      int dims = encoding.dimensions.size();
      int items = encoding.items.size();
      Arrays.fill(points, rows * items, rows * items + items, (byte) 0);
      encoding.encodeAnswers(response, points, rows * items);
      dictionaries.encodeCodes(response, codes, rows * dims);
      rows++;
      return this;
    }

    private void ensureCapacity() {
      int items = encoding.items.size();
      if ((rows + 1) * items > points.length) {
        if (rows == Integer.MAX_VALUE / Math.max(items, encoding.dimensions.size()) - 1) {
          throw new IllegalStateException("a response table holds at most " + rows + " rows");
        }
        int capacity = (int) Math.min((long) rows * 2 + 1,
            Integer.MAX_VALUE / Math.max(items, Math.max(1, encoding.dimensions.size())));
        points = Arrays.copyOf(points, capacity * items);
        codes = Arrays.copyOf(codes, capacity * encoding.dimensions.size());
      }
    }

    /** The table built so far. */
    public ResponseTable build() {
      return new ResponseTable(this);
    }

    @Override
    public String toString() {
      return "ResponseTable.Builder[rows=" + rows + "]";
    }
  }
}
