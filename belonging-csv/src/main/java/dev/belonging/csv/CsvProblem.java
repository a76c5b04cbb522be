package dev.belonging.csv;

/**
 * The rule a CSV file or row breaks. {@link #HEADER} and {@link #MALFORMED_CSV} always stop the
 * import; the others stop it in {@link ErrorMode#FAIL_FAST} and skip the row (counted) in {@link
 * ErrorMode#SKIP_AND_COUNT}.
 */
public enum CsvProblem {
  /**
   * The header rows do not fit the layout or the mapping: missing header, a mapped column that is
   * absent or ambiguous, a mapped column that the layout never imports. Always fatal.
   */
  HEADER,
  /**
   * The CSV quoting cannot be parsed (a quote that is never closed, or text right after a closing
   * quote). Always fatal: after such a row no parser can tell where the next row starts, so the
   * rest of the file would be guesswork.
   */
  MALFORMED_CSV,
  /** The row has a different number of columns than the header. */
  COLUMN_COUNT,
  /** An item column holds text that is neither a label of the item's scale nor a whole number. */
  UNKNOWN_LABEL,
  /** An item column holds a whole number outside the item's scale. */
  OUT_OF_RANGE,
  /** The respondent id column is blank. */
  MISSING_RESPONDENT_ID,
  /** The respondent id equals that of an earlier row that was accepted. */
  DUPLICATE_RESPONDENT_ID
}
