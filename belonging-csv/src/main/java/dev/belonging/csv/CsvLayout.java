package dev.belonging.csv;

/**
 * The shape of a survey export: how many header rows it has, which columns are never imported and
 * which rows are dropped before any rule is checked.
 *
 * <p>In every layout, columns that the {@link ColumnMapping} does not name are ignored, and rows
 * are numbered as a spreadsheet shows them: the first header row is row 1, a quoted value that
 * spans several lines still belongs to one row.
 */
public enum CsvLayout {
  /**
   * One header row with the column names, data from row 2. Mapping keys are matched against the
   * header row (surrounding white space ignored).
   */
  GENERIC,

  /**
   * A Google Forms response export: one header row whose first column is the submission timestamp
   * (headed {@code Timestamp} in English, translated in other languages), then one column per
   * question headed by the question title, data from row 2.
   *
   * <p>The first column is always dropped: a timestamp is never carried into a response, because
   * submission times can identify who answered. A mapping that names it is rejected. Map the
   * other columns by question title, for example with {@link
   * ColumnMapping.Builder#putItemsByText(dev.belonging.instrument.Instrument)}.
   */
  GOOGLE_FORMS,

  /**
   * A Qualtrics "CSV with three header rows" export: row 1 holds the field names ({@code
   * StartDate}, {@code Status}, {@code Q1}, {@code Q2_3}, embedded-data names, ...), row 2 the
   * question texts, row 3 the import ids as JSON such as <code>{"ImportId":"QID1"}</code>; data
   * starts at row 4.
   *
   * <p>A mapping key is matched against the field names of row 1 first, then against the import
   * ids of row 3, then against the question texts of row 2; it must match exactly one column at
   * the first of these rows where it matches at all.
   *
   * <p>The export must have a {@code Status} column. Rows whose status is a survey preview
   * ({@code Survey Preview}, {@code Preview} or code {@code 1}), a survey test ({@code Survey
   * Test}, {@code Test} or code {@code 2}) or spam ({@code Spam} or code {@code 8}) are dropped
   * and counted in {@link ImportReport#droppedByStatus()}, ignoring case and surrounding white
   * space; any other status is imported.
   *
   * <p>Qualtrics metadata columns ({@code StartDate}, {@code EndDate}, {@code Status}, {@code
   * IPAddress}, {@code Progress}, {@code Duration (in seconds)}, {@code Finished}, {@code
   * RecordedDate}, {@code RecipientLastName}, {@code RecipientFirstName}, {@code RecipientEmail},
   * {@code LocationLatitude}, {@code LocationLongitude}, {@code DistributionChannel}, {@code
   * UserLanguage} and every field starting with {@code Q_}) are never carried into a response; a
   * mapping that names one is rejected. {@code ResponseId} and {@code ExternalReference} may serve
   * as the respondent id column and nothing else.
   */
  QUALTRICS
}
