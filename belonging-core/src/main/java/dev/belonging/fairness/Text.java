package dev.belonging.fairness;

import java.util.Locale;

/** Number formatting for verdict sentences: fixed, locale-independent, deterministic. */
final class Text {
  private Text() {}

  static String percent(double proportion) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * proportion);
  }

  static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A p-value: 3 significant digits, "< 0.001" below that. */
  static String p(double p) {
    return p < 0.001 ? "< 0.001" : "= " + String.format(Locale.ROOT, "%.3g", p);
  }

  static String quoted(String label) {
    return "'" + label + "'";
  }

  static String people(long n) {
    return n == 1 ? "1 person" : n + " people";
  }

  /** A rate or exposure: up to 4 significant digits. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
