package dev.belonging.csv;

import dev.belonging.instrument.ResponseWave;
import org.immutables.value.Value;

/**
 * The outcome of {@link CsvImport#read}: the accepted responses as a wave, and the report of what
 * happened to every row.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CsvStyle
public abstract class CsvImportResult {
  CsvImportResult() {}

  /** The accepted responses in file order, as a wave of the configured instrument. */
  @Value.Parameter
  public abstract ResponseWave wave();

  /** What happened to every data row. */
  @Value.Parameter
  public abstract ImportReport report();

  static CsvImportResult of(ResponseWave wave, ImportReport report) {
    return ImmutableCsvImportResult.of(wave, report);
  }

  @Value.Check
  void check() {
    if (wave().responses().size() != report().accepted()) {
      throw new IllegalArgumentException("report must count the " + wave().responses().size()
          + " responses as accepted, but counted " + report().accepted());
    }
  }

  @Override
  public String toString() {
    return "CsvImportResult[" + wave() + ", " + report() + "]";
  }
}
