/**
 * belonging-csv: reads survey exports into {@link dev.belonging.instrument.ResponseWave}s through
 * an explicit {@link dev.belonging.csv.ColumnMapping}.
 *
 * <p>Start with {@link dev.belonging.csv.CsvImport#forInstrument}. Three layouts are supported
 * ({@link dev.belonging.csv.CsvLayout}): a generic file with one header row, a Google Forms export
 * and a Qualtrics export. Rows that break a rule either stop the import with a {@link
 * dev.belonging.csv.CsvImportException} naming the row, the column and the rule, or are skipped and
 * counted in the {@link dev.belonging.csv.ImportReport}; nothing is dropped silently.
 * {@link dev.belonging.csv.SurveyCsvWriter} writes responses back as a generic file.
 */
@NullMarked
package dev.belonging.csv;

import org.jspecify.annotations.NullMarked;
