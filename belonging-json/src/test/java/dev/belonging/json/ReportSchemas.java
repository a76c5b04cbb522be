package dev.belonging.json;

/** The names of the shipped schemas of policies, breakdown requests and reports. */
final class ReportSchemas {
  private ReportSchemas() {}

  static final String ANONYMITY_POLICY = "anonymity-policy";
  static final String BREAKDOWN_REQUEST = "breakdown-request";
  static final String REPORT = "report";
  static final String TREND_REPORT = "trend-report";
}
