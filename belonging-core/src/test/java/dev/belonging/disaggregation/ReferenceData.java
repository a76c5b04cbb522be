package dev.belonging.disaggregation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads a reference CSV of src/test/resources/reference/disaggregation (comments start '#'). */
final class ReferenceData {
  private ReferenceData() {}

  /** Rows after the header, split on commas. */
  static List<String[]> rows(String name) {
    InputStream in = Objects.requireNonNull(
        ReferenceData.class.getResourceAsStream("/reference/disaggregation/" + name), name);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String[]> rows = new ArrayList<>();
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split(","));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
