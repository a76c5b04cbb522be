package dev.belonging.csv;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one exception belonging-csv throws for a file it cannot accept: a header that does not fit
 * the layout or mapping, quoting that cannot be parsed, or (in {@link ErrorMode#FAIL_FAST}) the
 * first data row that breaks a rule.
 *
 * <p>It names the {@link #row()} as a spreadsheet shows it (1-based, header rows included), the
 * {@link #column()} header where one applies, the {@link #problem()} and the {@link #rule()} broken
 * in words, for example {@code row 17, column 'Q3': 'Sometimes' is not a label of the 5-point
 * agreement scale of item 'voice.dissent'}.
 *
 * <p>Messages never contain respondent ids, attribute values or comments. The only value ever
 * quoted is an unrecognised answer in an item column, because such a column holds labels chosen
 * from a list; it is quoted only when at most {@value #MAX_QUOTED_LENGTH} characters on one line,
 * otherwise only its length is given.
 */
public final class CsvImportException extends IllegalArgumentException {
  /** The longest item-column value that a message quotes. */
  public static final int MAX_QUOTED_LENGTH = 40;

  private static final long serialVersionUID = 1L;

  private final long row;
  private final @Nullable String column;
  private final CsvProblem problem;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param row the row as a spreadsheet numbers it, >= 1
   * @param column the column header, or null when the problem concerns the whole row
   * @param problem the kind of problem
   * @param rule the rule broken, in words
   * @throws IllegalArgumentException if {@code row < 1}
   */
  public CsvImportException(long row, @Nullable String column, CsvProblem problem, String rule) {
    super(message(row, column, rule));
    if (!(row >= 1)) {
      throw new IllegalArgumentException("row must be >= 1, but was " + row);
    }
    this.row = row;
    this.column = column;
    this.problem = problem;
    this.rule = rule;
  }

  static String message(long row, @Nullable String column, String rule) {
    return "row " + row + (column == null ? "" : ", column '" + column + "'") + ": " + rule;
  }

  /** The row as a spreadsheet numbers it: 1-based, header rows included. */
  public long row() {
    return row;
  }

  /** The header of the offending column; empty when the problem concerns the whole row. */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /** The kind of problem. */
  public CsvProblem problem() {
    return problem;
  }

  /** The rule broken, in words, without the row and column. */
  public String rule() {
    return rule;
  }
}
