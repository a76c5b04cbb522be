package dev.belonging.csv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import org.immutables.value.Value;

/**
 * What an import did with every data row of a file: accepted, skipped by {@link CsvProblem},
 * dropped by Qualtrics {@link DroppedStatus}, or blank. Every data row is in exactly one of these
 * counts: {@code rowsRead = accepted + skipped + dropped + blankRows}.
 *
 * <p>Header rows are not counted. Counts are complete however many rows were skipped; the
 * {@link #exclusions()} list gives row numbers and rules for the first {@value
 * #MAX_LISTED_EXCLUSIONS} skipped rows only, so that a report on a huge broken file stays small.
 * A report contains no respondent data.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CsvStyle
public abstract class ImportReport {
  /** The most exclusions {@link #exclusions()} lists. */
  public static final int MAX_LISTED_EXCLUSIONS = 1000;

  ImportReport() {}

  /** The data rows read, >= 0 (header rows not included). */
  public abstract long rowsRead();

  /** The rows turned into responses, >= 0. */
  public abstract long accepted();

  /**
   * Rows with no content at all (an empty line), >= 0. They are not errors and are not imported.
   */
  public abstract long blankRows();

  /** The rows skipped in {@link ErrorMode#SKIP_AND_COUNT}, by problem; only positive counts. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<CsvProblem, Long> skippedByProblem();

  /** The Qualtrics rows dropped for their status, by status; only positive counts. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<DroppedStatus, Long> droppedByStatus();

  /** The first {@value #MAX_LISTED_EXCLUSIONS} skipped rows, in file order. */
  public abstract ImmutableList<Exclusion> exclusions();

  /** All skipped rows, the sum of {@link #skippedByProblem()}. */
  public final long skipped() {
    return skippedByProblem().values().stream().mapToLong(Long::longValue).sum();
  }

  /** All dropped rows, the sum of {@link #droppedByStatus()}. */
  public final long dropped() {
    return droppedByStatus().values().stream().mapToLong(Long::longValue).sum();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableImportReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (!(accepted() >= 0 && blankRows() >= 0)) {
      throw new IllegalArgumentException("report counts must be >= 0, but accepted was "
          + accepted() + " and blankRows " + blankRows());
    }
    skippedByProblem().forEach((problem, count) -> {
      if (problem == CsvProblem.HEADER || problem == CsvProblem.MALFORMED_CSV) {
        throw new IllegalArgumentException("skipped rows must have row-level problems, but had "
            + problem);
      }
      if (!(count > 0)) {
        throw new IllegalArgumentException(
            "skipped count of " + problem + " must be > 0, but was " + count);
      }
    });
    droppedByStatus().forEach((status, count) -> {
      if (!(count > 0)) {
        throw new IllegalArgumentException(
            "dropped count of " + status + " must be > 0, but was " + count);
      }
    });
    long sum = accepted() + skipped() + dropped() + blankRows();
    if (rowsRead() != sum) {
      throw new IllegalArgumentException("rowsRead must be accepted + skipped + dropped + blank = "
          + sum + ", but was " + rowsRead());
    }
    long listed = Math.min(skipped(), MAX_LISTED_EXCLUSIONS);
    if (exclusions().size() != listed) {
      throw new IllegalArgumentException(
          "exclusions must list " + listed + " rows, but listed " + exclusions().size());
    }
  }

  /** Counts only. */
  @Override
  public String toString() {
    return "ImportReport[rowsRead=" + rowsRead() + ", accepted=" + accepted() + ", skipped="
        + skippedByProblem() + ", dropped=" + droppedByStatus() + ", blank=" + blankRows() + "]";
  }
}
