package dev.belonging.json;

/**
 * The one exception belonging-json throws for a document it cannot accept: malformed JSON, a value
 * that breaks the schema or a domain rule, an unknown major version, or a document over a limit.
 *
 * <p>It names where ({@link #pointer()}, an RFC 6901 JSON Pointer such as
 * {@code /items/3/scale}), which rule was broken ({@link #rule()}), and the format version the
 * reader applied ({@link #formatVersion()}). Messages never contain respondent data: they quote
 * field names and positions, not values.
 */
public final class WireFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String rule;
  private final String formatVersion;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON Pointer of the offending value; {@code ""} for the whole document
   * @param rule the rule broken, in words, such as {@code "must be an integer in [1, 5]"}
   * @param formatVersion the wire-format version applied, such as {@code "1.0"}
   * @param cause the underlying failure, or null
   */
  public WireFormatException(String pointer, String rule, String formatVersion,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(message(pointer, rule, formatVersion), cause);
    this.pointer = pointer;
    this.rule = rule;
    this.formatVersion = formatVersion;
  }

  private static String message(String pointer, String rule, String formatVersion) {
    String where = pointer.isEmpty() ? "document" : pointer;
    return where + ": " + rule + " (belonging-json " + formatVersion + ")";
  }

  /** The JSON Pointer (RFC 6901) of the offending value; empty for the whole document. */
  public String pointer() {
    return pointer;
  }

  /** The rule that was broken, in words. */
  public String rule() {
    return rule;
  }

  /** The version of the wire format the reader applied. */
  public String formatVersion() {
    return formatVersion;
  }
}
