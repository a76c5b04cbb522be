package dev.belonging.csv;

import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseWave;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a survey export into responses to one {@link Instrument}: a configured, immutable
 * operation.
 *
 * <pre>{@code
 * CsvImportResult result = CsvImport.forInstrument(instrument)
 *     .withLayout(CsvLayout.QUALTRICS)
 *     .withMapping(mapping)
 *     .withErrorMode(ErrorMode.SKIP_AND_COUNT)
 *     .read(Path.of("export.csv"), "2026-q3", 0);
 * }</pre>
 *
 * <p>The file is parsed by Jackson's CSV data format (RFC 4180 quoting: fields in double quotes
 * may contain separators, line breaks and doubled quotes) one row at a time. {@link #stream}
 * never holds more than one row; {@link #read} holds the accepted responses. Both keep the
 * respondent ids seen so far to detect duplicates, so memory grows with the number of
 * respondents, not with the size of the file.
 *
 * <p>Data rows are handled in file order:
 * <ol>
 *   <li>an empty line is counted as {@linkplain ImportReport#blankRows() blank};
 *   <li>a row whose column count differs from the header's breaks {@link
 *       CsvProblem#COLUMN_COUNT};
 *   <li>in the {@link CsvLayout#QUALTRICS} layout, a preview, test or spam row is dropped and
 *       counted by {@link DroppedStatus};
 *   <li>the cells are read as the {@link ColumnMapping} says; the first rule broken, checking the
 *       respondent id first and then the mapped columns from left to right, decides the problem;
 *   <li>a row breaking a rule stops the import ({@link ErrorMode#FAIL_FAST}, the default) or is
 *       skipped and counted ({@link ErrorMode#SKIP_AND_COUNT}). A duplicate is a row whose id
 *       equals that of an earlier <em>accepted</em> row; the first accepted row wins.
 * </ol>
 * Header problems and unparseable quoting always stop the import (see {@link CsvProblem}).
 *
 * <p>Instances are immutable and thread-safe; each read has its own state.
 */
public final class CsvImport {
  private final Instrument instrument;
  private final @Nullable ColumnMapping mapping;
  private final CsvLayout layout;
  private final ErrorMode errorMode;
  private final char columnSeparator;

  private CsvImport(Instrument instrument, @Nullable ColumnMapping mapping, CsvLayout layout,
      ErrorMode errorMode, char columnSeparator) {
    this.instrument = instrument;
    this.mapping = mapping;
    this.layout = layout;
    this.errorMode = errorMode;
    this.columnSeparator = columnSeparator;
  }

  /**
   * An import of answers to {@code instrument}: no mapping yet, {@link CsvLayout#GENERIC}, {@link
   * ErrorMode#FAIL_FAST}, comma-separated.
   *
   * @param instrument the instrument whose items the columns answer
   * @return the import; set a mapping with {@link #withMapping} before reading
   */
  public static CsvImport forInstrument(Instrument instrument) {
    return new CsvImport(Objects.requireNonNull(instrument, "instrument"), null,
        CsvLayout.GENERIC, ErrorMode.FAIL_FAST, ',');
  }

  /**
   * This import with a column mapping.
   *
   * @param mapping which columns mean what
   * @return a new import
   * @throws IllegalArgumentException if an item column names an item that the instrument does
   *     not have or that is open text, or a comment column names an item it does not have
   */
  public CsvImport withMapping(ColumnMapping mapping) {
    mapping.itemColumns().forEach((header, itemId) -> {
      Item item = instrument.item(itemId).orElseThrow(() -> new IllegalArgumentException(
          "item of column '" + header + "' must be an item of instrument '" + instrument.id()
              + "', but was '" + itemId + "'"));
      if (item.scale().isEmpty()) {
        throw new IllegalArgumentException("item of column '" + header
            + "' must have a scale, but '" + itemId + "' is open text: map it as a comment column");
      }
    });
    mapping.commentColumns().forEach((header, itemId) -> {
      if (instrument.item(itemId).isEmpty()) {
        throw new IllegalArgumentException("item of comment column '" + header
            + "' must be an item of instrument '" + instrument.id() + "', but was '" + itemId
            + "'");
      }
    });
    return new CsvImport(instrument, mapping, layout, errorMode, columnSeparator);
  }

  /**
   * This import with another layout.
   *
   * @param layout the export's layout
   * @return a new import
   */
  public CsvImport withLayout(CsvLayout layout) {
    return new CsvImport(instrument, mapping, Objects.requireNonNull(layout, "layout"), errorMode,
        columnSeparator);
  }

  /**
   * This import with another error mode.
   *
   * @param errorMode what to do with a row that breaks a rule
   * @return a new import
   */
  public CsvImport withErrorMode(ErrorMode errorMode) {
    return new CsvImport(instrument, mapping, layout,
        Objects.requireNonNull(errorMode, "errorMode"), columnSeparator);
  }

  /**
   * This import with another column separator, such as {@code ';'} for exports from spreadsheets
   * set to a European locale.
   *
   * @param columnSeparator the separator
   * @return a new import
   * @throws IllegalArgumentException if the separator is a double quote or a line break
   */
  public CsvImport withColumnSeparator(char columnSeparator) {
    if (columnSeparator == '"' || columnSeparator == '\n' || columnSeparator == '\r') {
      throw new IllegalArgumentException(
          "columnSeparator must not be a double quote or a line break, but was U+"
              + String.format("%04X", (int) columnSeparator));
    }
    return new CsvImport(instrument, mapping, layout, errorMode, columnSeparator);
  }

  /** The instrument the columns answer. */
  public Instrument instrument() {
    return instrument;
  }

  /** The column mapping; empty until {@link #withMapping} is called. */
  public Optional<ColumnMapping> mapping() {
    return Optional.ofNullable(mapping);
  }

  /** The layout; {@link CsvLayout#GENERIC} unless set. */
  public CsvLayout layout() {
    return layout;
  }

  /** The error mode; {@link ErrorMode#FAIL_FAST} unless set. */
  public ErrorMode errorMode() {
    return errorMode;
  }

  /** The column separator; {@code ','} unless set. */
  public char columnSeparator() {
    return columnSeparator;
  }

  /**
   * Reads a whole export into a wave. The reader is read to its end and not closed.
   *
   * @param csv the CSV text; a leading byte order mark is ignored
   * @param waveId the wave's id, not blank
   * @param ordinal the wave's position in time, >= 0
   * @return the accepted responses as a wave of the instrument, and the report
   * @throws CsvImportException if the header does not fit, the quoting cannot be parsed, or (in
   *     {@link ErrorMode#FAIL_FAST}) a row breaks a rule
   * @throws IllegalStateException if no mapping was set
   * @throws IllegalArgumentException if {@code waveId} is blank or {@code ordinal} negative
   * @throws UncheckedIOException if reading fails
   */
  public CsvImportResult read(Reader csv, String waveId, int ordinal) {
    checkWave(waveId, ordinal);
    try (CsvResponseStream responses = open(csv, false)) {
      List<Response> accepted = new ArrayList<>();
      responses.forEachRemaining(accepted::add);
      return CsvImportResult.of(ResponseWave.of(instrument, waveId, ordinal, accepted),
          responses.report());
    }
  }

  /**
   * Reads a whole UTF-8 export file into a wave.
   *
   * @param file the CSV file, UTF-8 with or without a byte order mark
   * @param waveId the wave's id, not blank
   * @param ordinal the wave's position in time, >= 0
   * @return the accepted responses as a wave of the instrument, and the report
   * @throws CsvImportException if the header does not fit, the quoting cannot be parsed, or (in
   *     {@link ErrorMode#FAIL_FAST}) a row breaks a rule
   * @throws IllegalStateException if no mapping was set
   * @throws IllegalArgumentException if {@code waveId} is blank or {@code ordinal} negative
   * @throws UncheckedIOException if the file cannot be read or is not valid UTF-8
   */
  public CsvImportResult read(Path file, String waveId, int ordinal) {
    checkWave(waveId, ordinal);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, waveId, ordinal);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens an export for reading one response at a time, for files too large to hold. The header
   * is read (and checked) at once; {@link CsvResponseStream#report()} counts the rows read so far.
   * Closing the stream does not close {@code csv}.
   *
   * @param csv the CSV text; a leading byte order mark is ignored
   * @return the accepted responses in file order
   * @throws CsvImportException if the header does not fit the layout or mapping
   * @throws IllegalStateException if no mapping was set
   * @throws UncheckedIOException if reading fails
   */
  public CsvResponseStream stream(Reader csv) {
    return open(csv, false);
  }

  /**
   * Opens a UTF-8 export file for reading one response at a time; closing the stream closes the
   * file.
   *
   * @param file the CSV file, UTF-8 with or without a byte order mark
   * @return the accepted responses in file order
   * @throws CsvImportException if the header does not fit the layout or mapping
   * @throws IllegalStateException if no mapping was set
   * @throws UncheckedIOException if the file cannot be read or is not valid UTF-8
   */
  public CsvResponseStream stream(Path file) {
    Reader reader;
    try {
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return open(reader, true);
    } catch (RuntimeException e) {
      try {
        reader.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private CsvResponseStream open(Reader csv, boolean ownsReader) {
    if (mapping == null) {
      throw new IllegalStateException("mapping must be set with withMapping(..) before reading");
    }
    return new CsvResponseStream(ImportSession.open(this, mapping, csv, ownsReader));
  }

  private static void checkWave(String waveId, int ordinal) {
    if (waveId.isBlank()) {
      throw new IllegalArgumentException("waveId must not be blank");
    }
    if (!(ordinal >= 0)) {
      throw new IllegalArgumentException("ordinal must be >= 0, but was " + ordinal);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CsvImport && equalTo((CsvImport) o);
  }

  private boolean equalTo(CsvImport other) {
    return instrument.equals(other.instrument) && Objects.equals(mapping, other.mapping)
        && layout == other.layout && errorMode == other.errorMode
        && columnSeparator == other.columnSeparator;
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, mapping, layout, errorMode, columnSeparator);
  }

  @Override
  public String toString() {
    return "CsvImport[" + instrument + ", " + (mapping == null ? "no mapping" : mapping) + ", "
        + layout + ", " + errorMode + "]";
  }
}
