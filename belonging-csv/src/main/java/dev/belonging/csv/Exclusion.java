package dev.belonging.csv;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One data row skipped in {@link ErrorMode#SKIP_AND_COUNT}: where it is and which rule it broke.
 * Carries the same information as the {@link CsvImportException} that {@link ErrorMode#FAIL_FAST}
 * would have thrown, and, like it, no respondent data.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CsvStyle
public abstract class Exclusion {
  Exclusion() {}

  /** The row as a spreadsheet numbers it: 1-based, header rows included. */
  public abstract long row();

  /** The header of the offending column; empty when the problem concerns the whole row. */
  public abstract Optional<String> column();

  /** The kind of problem; never {@link CsvProblem#HEADER} or {@link CsvProblem#MALFORMED_CSV}. */
  public abstract CsvProblem problem();

  /** The rule broken, in words. */
  public abstract String rule();

  /**
   * An exclusion.
   *
   * @param row the row number, >= 2
   * @param column the column header, or empty
   * @param problem the problem, a row-level one
   * @param rule the rule broken
   * @return the exclusion
   * @throws IllegalArgumentException if the row is below 2 or the problem is not row-level
   */
  public static Exclusion of(long row, Optional<String> column, CsvProblem problem, String rule) {
    return ImmutableExclusion.builder().row(row).column(column).problem(problem).rule(rule).build();
  }

  /** The message a {@link CsvImportException} would carry. */
  public final String message() {
    return CsvImportException.message(row(), column().orElse(null), rule());
  }

  @Value.Check
  void check() {
    if (!(row() >= 2)) {
      throw new IllegalArgumentException("row of an exclusion must be >= 2, but was " + row());
    }
    if (problem() == CsvProblem.HEADER || problem() == CsvProblem.MALFORMED_CSV) {
      throw new IllegalArgumentException(
          "problem of an exclusion must be row-level, but was " + problem());
    }
  }

  @Override
  public String toString() {
    return "Exclusion[" + message() + "]";
  }
}
