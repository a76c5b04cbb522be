package dev.belonging.cli;

import java.util.Locale;
import java.util.OptionalDouble;

/** Escaping and number formatting for the HTML report. */
final class Html {
  private Html() {}

  /**
   * Escapes text for HTML element content and double- or single-quoted attribute values: every
   * string that reaches the report passes here, so no input can inject markup or script.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          // Control characters other than tab and line ends have no place in a report.
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append("&#xFFFD;");
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }

  /** A number with two decimals, such as {@code 3.21}. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A signed number with two decimals, such as {@code +0.12} or {@code -0.48}. */
  static String signed(double value) {
    return String.format(Locale.ROOT, "%+.2f", value);
  }

  /** A proportion as a whole percentage, such as {@code 54%}. */
  static String percent(double proportion) {
    return String.format(Locale.ROOT, "%.0f%%", proportion * 100);
  }

  static String percent(OptionalDouble proportion) {
    return proportion.isPresent() ? percent(proportion.getAsDouble()) : "n/a";
  }

  /** A p- or q-value: three decimals, or {@code < 0.001}. */
  static String p(double value) {
    return value < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", value);
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
