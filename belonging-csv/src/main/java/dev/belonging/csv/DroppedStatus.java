package dev.belonging.csv;

/**
 * Why a {@link CsvLayout#QUALTRICS} row was dropped before import: its {@code Status} marks it as
 * something other than a real response. Drops are not errors; they are counted in {@link
 * ImportReport#droppedByStatus()}.
 */
public enum DroppedStatus {
  /** A survey preview ({@code Survey Preview}, {@code Preview} or status code 1). */
  PREVIEW,
  /** A generated test response ({@code Survey Test}, {@code Test} or status code 2). */
  TEST,
  /** A response flagged as spam ({@code Spam} or status code 8). */
  SPAM
}
