package dev.belonging.csv;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseScale;
import dev.belonging.workforce.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes responses as a generic CSV file that {@link CsvImport} reads back, with the mapping from
 * {@link #mapping()}: reading a written file gives back equal responses.
 *
 * <p>Columns, in order: {@value #RESPONDENT_ID_HEADER}; one column per configured dimension,
 * headed {@value #ATTRIBUTE_PREFIX} followed by the dimension name; one column per item of the
 * instrument in order, headed by the item id, holding the point (or, {@link #withLabels with
 * labels}, the point's label) for a closed item and the comment for an open-text item. Blank
 * cells mean "not answered" or "no value". Headers cannot collide: item ids and dimension names
 * contain neither spaces nor colons.
 *
 * <p>A response that the format cannot carry faithfully is rejected rather than written lossily
 * (see {@link #write}). Instances are immutable and thread-safe.
 */
public final class SurveyCsvWriter {
  /** The header of the respondent id column. */
  public static final String RESPONDENT_ID_HEADER = "respondent id";
  /** The prefix of attribute column headers, followed by the dimension name. */
  public static final String ATTRIBUTE_PREFIX = "attribute: ";

  private static final CsvFactory FACTORY = CsvFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // Jackson's default, conservative quoting (any value with a character below '!'). Its
      // STRICT_CHECK_FOR_QUOTING leaves a lone carriage return unquoted (2.20.1), which splits
      // the row on reading; the round-trip property found it.
      .disable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private final Instrument instrument;
  private final ImmutableList<Dimension> dimensions;
  private final boolean labels;

  private SurveyCsvWriter(Instrument instrument, ImmutableList<Dimension> dimensions,
      boolean labels) {
    this.instrument = instrument;
    this.dimensions = dimensions;
    this.labels = labels;
  }

  /**
   * A writer of responses to {@code instrument}, with no attribute columns and points as numbers.
   *
   * @param instrument the instrument answered
   * @return the writer
   */
  public static SurveyCsvWriter forInstrument(Instrument instrument) {
    return new SurveyCsvWriter(Objects.requireNonNull(instrument, "instrument"),
        ImmutableList.of(), false);
  }

  /**
   * This writer with attribute columns for the given dimensions, in that order.
   *
   * @param dimensions the dimensions to write
   * @return a new writer
   * @throws IllegalArgumentException if two dimensions share a name
   */
  public SurveyCsvWriter withDimensions(Iterable<Dimension> dimensions) {
    ImmutableList<Dimension> list = ImmutableList.copyOf(dimensions);
    Set<String> names = new HashSet<>();
    for (Dimension d : list) {
      if (!names.add(d.name())) {
        throw new IllegalArgumentException(
            "dimension names must be unique, but '" + d.name() + "' appears twice");
      }
    }
    return new SurveyCsvWriter(instrument, list, labels);
  }

  /**
   * This writer writing each closed answer as its scale label (true) or its point (false).
   *
   * @param labels whether to write labels
   * @return a new writer
   */
  public SurveyCsvWriter withLabels(boolean labels) {
    return new SurveyCsvWriter(instrument, dimensions, labels);
  }

  /** The header row this writer writes. */
  public ImmutableList<String> header() {
    ImmutableList.Builder<String> b = ImmutableList.<String>builder().add(RESPONDENT_ID_HEADER);
    dimensions.forEach(d -> b.add(ATTRIBUTE_PREFIX + d.name()));
    instrument.items().forEach(i -> b.add(i.id()));
    return b.build();
  }

  /** The mapping with which {@link CsvImport} ({@link CsvLayout#GENERIC}) reads these files. */
  public ColumnMapping mapping() {
    ColumnMapping.Builder b = ColumnMapping.builder();
    b.respondentIdColumn(RESPONDENT_ID_HEADER);
    dimensions.forEach(d -> b.putAttributeColumn(ATTRIBUTE_PREFIX + d.name(), d));
    for (Item item : instrument.items()) {
      if (item.scale().isPresent()) {
        b.putItemColumn(item.id(), item.id());
      } else {
        b.putCommentColumn(item.id(), item.id());
      }
    }
    return b.build();
  }

  /**
   * Writes the header and one row per response, in order, then flushes; {@code out} is not
   * closed. Messages refer to a response by its position (0-based), never by its id or content.
   *
   * @param responses the responses
   * @param out where to write
   * @throws IllegalArgumentException if a response cannot be written faithfully: a respondent id
   *     or attribute value with surrounding white space (reading strips it), an attribute of a
   *     dimension without a column, an answer to an item that the instrument lacks or that is
   *     open text, a point off the item's scale, a comment on a closed item or a blank comment
   *     (both have no column or read back as absent), or a repeated respondent id
   * @throws UncheckedIOException if writing fails
   */
  public void write(Iterable<? extends Response> responses, Writer out) {
    ImmutableSet<Dimension> columns = ImmutableSet.copyOf(dimensions);
    try (CsvGenerator g = FACTORY.createGenerator(out)) {
            g.setSchema(CsvSchema.emptySchema());
      writeRow(g, header());
      Set<String> ids = new HashSet<>();
      int position = 0;
      for (Response r : responses) {
        writeRow(g, row(r, position, columns, ids));
        position++;
      }
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ImmutableList<String> row(Response r, int position, Set<Dimension> columns,
      Set<String> ids) {
    String where = "response " + position;
    requireStripped(where + ": respondent id", r.respondentId());
    if (!ids.add(r.respondentId())) {
      throw new IllegalArgumentException(where + ": respondent id must be unique, but repeats "
          + "that of an earlier response");
    }
    for (Map.Entry<Dimension, String> a : r.attributes().values().entrySet()) {
      if (!columns.contains(a.getKey())) {
        throw new IllegalArgumentException(where + ": attribute dimension '"
            + a.getKey().name() + "' must have a column, see withDimensions(..)");
      }
      requireStripped(where + ": value of attribute '" + a.getKey().name() + "'", a.getValue());
    }
    checkAnswers(r, where);
    ImmutableList.Builder<String> cells = ImmutableList.<String>builder().add(r.respondentId());
    dimensions.forEach(d -> cells.add(r.attributes().get(d).orElse("")));
    for (Item item : instrument.items()) {
      cells.add(cell(item, r));
    }
    return cells.build();
  }

  private void checkAnswers(Response r, String where) {
    r.answers().forEach((itemId, point) -> {
      Item item = instrument.item(itemId).orElseThrow(() -> new IllegalArgumentException(where
          + ": answered item must be an item of instrument '" + instrument.id() + "', but was '"
          + itemId + "'"));
      ResponseScale scale = item.scale().orElseThrow(() -> new IllegalArgumentException(where
          + ": answered item '" + itemId + "' must have a scale, but is open text"));
      if (!scale.contains(point)) {
        throw new IllegalArgumentException(where + ": point of item '" + itemId + "' must be in ["
            + scale.min() + ", " + scale.max() + "]");
      }
    });
    r.comments().forEach((itemId, comment) -> {
      @Nullable Item item = instrument.item(itemId).orElse(null);
      if (item == null || item.scale().isPresent()) {
        throw new IllegalArgumentException(where + ": comment item '" + itemId
            + "' must be an open-text item of instrument '" + instrument.id() + "'");
      }
      if (comment.isBlank()) {
        throw new IllegalArgumentException(where + ": comment on item '" + itemId
            + "' must not be blank, as a blank cell reads back as no comment");
      }
    });
  }

  private String cell(Item item, Response r) {
    if (item.scale().isEmpty()) {
      return r.comments().getOrDefault(item.id(), "");
    }
    @Nullable Integer point = r.answers().get(item.id());
    if (point == null) {
      return "";
    }
    return labels ? item.scale().get().label(point) : Integer.toString(point);
  }

  private static void requireStripped(String what, String value) {
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          what + " must not start or end with white space, as reading strips it");
    }
  }

  private static void writeRow(CsvGenerator g, ImmutableList<String> cells) throws IOException {
    g.writeStartArray();
    for (String cell : cells) {
      g.writeString(cell);
    }
    g.writeEndArray();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SurveyCsvWriter && instrument.equals(((SurveyCsvWriter) o).instrument)
        && dimensions.equals(((SurveyCsvWriter) o).dimensions)
        && labels == ((SurveyCsvWriter) o).labels;
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, dimensions, labels);
  }

  @Override
  public String toString() {
    return "SurveyCsvWriter[" + instrument + ", dimensions=" + dimensions + ", labels=" + labels
        + "]";
  }
}
