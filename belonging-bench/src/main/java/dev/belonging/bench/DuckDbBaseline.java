package dev.belonging.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * What an internal tool builder would reach for: DuckDB, in memory through JDBC, computing the same
 * per-cell, per-item histograms with one SQL query over {@code GROUPING SETS}. Loading the data is
 * set-up, not measured.
 */
final class DuckDbBaseline implements AutoCloseable {
  private final Connection connection;
  private final String query;

  DuckDbBaseline(AggregationData data) throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET threads TO 2");
      StringBuilder ddl = new StringBuilder("CREATE TABLE answers (");
      for (String name : AggregationData.DIMENSION_NAMES) {
        ddl.append(name).append(" INTEGER, ");
      }
      ddl.append("item INTEGER, point INTEGER)");
      statement.execute(ddl.toString());
    }
    // Long format (one row per answer) is how survey answers are usually stored in SQL.
    try (DuckDBAppender appender =
        ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "answers")) {
      for (int r = 0; r < data.respondents; r++) {
        for (int i = 0; i < AggregationData.ITEMS; i++) {
          int point = data.answers[r * AggregationData.ITEMS + i];
          if (point == 0) {
            continue;
          }
          appender.beginRow();
          for (int d = 0; d < AggregationData.DIMENSIONS; d++) {
            appender.append(data.codes[r * AggregationData.DIMENSIONS + d]);
          }
          appender.append(i);
          appender.append(point);
          appender.endRow();
        }
      }
    }
    StringBuilder sets = new StringBuilder();
    for (int[] breakdown : AggregationData.breakdowns()) {
      if (sets.length() > 0) {
        sets.append(", ");
      }
      sets.append('(').append(AggregationData.DIMENSION_NAMES[breakdown[0]]);
      if (breakdown[1] >= 0) {
        sets.append(", ").append(AggregationData.DIMENSION_NAMES[breakdown[1]]);
      }
      sets.append(", item, point)");
    }
    query = "SELECT " + String.join(", ", AggregationData.DIMENSION_NAMES)
        + ", item, point, count(*) AS n FROM answers GROUP BY GROUPING SETS (" + sets + ")";
  }

  /** Runs the query; returns the number of histogram rows and the total count, to be consumed. */
  long[] aggregate() throws SQLException {
    long rows = 0;
    long total = 0;
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      int countColumn = AggregationData.DIMENSIONS + 3;
      while (result.next()) {
        rows++;
        total += result.getLong(countColumn);
      }
    }
    return new long[] {rows, total};
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
