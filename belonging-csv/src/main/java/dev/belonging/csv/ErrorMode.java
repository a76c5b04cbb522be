package dev.belonging.csv;

/** What {@link CsvImport} does with a data row that breaks a rule (see {@link CsvProblem}). */
public enum ErrorMode {
  /** Stop at the first such row with a {@link CsvImportException}. */
  FAIL_FAST,
  /**
   * Skip the row, count it by {@link CsvProblem} in the {@link ImportReport} and go on. A row
   * skipped is always counted; nothing is dropped silently.
   */
  SKIP_AND_COUNT
}
