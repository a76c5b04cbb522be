package dev.belonging.json;

/**
 * The limits a reader applies to untrusted input.
 *
 * @param maxDocumentLength bytes (or characters, for text input) per document
 * @param maxNestingDepth nested arrays and objects
 * @param maxStringLength characters per string value
 * @param maxEntries elements of one array or members of one object, other than the records
 * @param maxRecords responses of a wave, people of a roster
 */
record Limits(
    long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxEntries,
    long maxRecords) {
  /** Longest member name; names on the wire are ids of at most 128 characters. */
  static final int MAX_NAME_LENGTH = 1_000;
  /** Longest number literal; every number of format 1.x fits in far fewer digits. */
  static final int MAX_NUMBER_LENGTH = 100;

  static final Limits DEFAULTS = new Limits(1L << 30, 64, 100_000, 10_000, 10_000_000L);
}
