package dev.belonging.csv;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.csv.Fixtures.DISSENT;
import static dev.belonging.csv.Fixtures.INSTRUMENT;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.belonging.instrument.Response;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvResponseStreamTest {
  private static final CsvImport IMPORT = CsvImport.forInstrument(INSTRUMENT)
      .withMapping(ColumnMapping.builder().respondentIdColumn("id")
          .putItemColumn("q", DISSENT.id()).build())
      .withErrorMode(ErrorMode.SKIP_AND_COUNT);

  /** A CSV produced on demand, so the test file never exists in memory as a whole. */
  private static final class GeneratedCsv extends Reader {
    private final int rows;
    private int next = -1;
    private String pending = "";
    private int offset;

    GeneratedCsv(int rows) {
      this.rows = rows;
    }

    @Override
    public int read(char[] buffer, int off, int len) {
      if (offset == pending.length()) {
        if (next == rows) {
          return -1;
        }
        // Every 10th row has a point off the 5-point scale.
        pending = next < 0 ? "id,q\n" : "r" + next + "," + (next % 10 == 9 ? 6 : 1 + next % 5)
            + "\n";
        next++;
        offset = 0;
      }
      int n = Math.min(len, pending.length() - offset);
      pending.getChars(offset, offset + n, buffer, off);
      offset += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void stream_largeGeneratedFile_readsRowByRowAndCountsExactly() {
    int rows = 50_000;
    long accepted = 0;
    long pointSum = 0;
    try (CsvResponseStream stream = IMPORT.stream(new GeneratedCsv(rows))) {
      while (stream.hasNext()) {
        Response r = stream.next();
        accepted++;
        pointSum += r.answers().get(DISSENT.id());
        if (accepted == 9) {
          // Rows 0..8 accepted, none skipped yet.
          assertThat(stream.report().accepted()).isEqualTo(9);
          assertThat(stream.report().skipped()).isEqualTo(0);
        }
      }
      ImportReport report = stream.report();
      assertThat(report.rowsRead()).isEqualTo(rows);
      assertThat(accepted).isEqualTo(rows - rows / 10);
      assertThat(report.accepted()).isEqualTo(accepted);
      assertThat(report.skippedByProblem()).containsExactly(CsvProblem.OUT_OF_RANGE,
          (long) rows / 10);
      assertThat(report.exclusions()).hasSize(ImportReport.MAX_LISTED_EXCLUSIONS);
      assertThat(report.exclusions().get(0).row()).isEqualTo(11);
    }
    // Brute force over the same rule: points 1..5 cycling, every 10th row skipped.
    long expected = 0;
    for (int i = 0; i < rows; i++) {
      expected += i % 10 == 9 ? 0 : 1 + i % 5;
    }
    assertThat(pointSum).isEqualTo(expected);
  }

  @Test
  void next_afterEnd_throwsNoSuchElement() {
    try (CsvResponseStream stream = IMPORT.stream(Fixtures.text("id,q\nr1,Never\n"))) {
      assertThat(stream.next().respondentId()).isEqualTo("r1");
      assertThat(stream.hasNext()).isFalse();
      assertThrows(NoSuchElementException.class, stream::next);
    }
  }

  @Test
  void stream_badHeader_throwsAtOnce() {
    CsvImportException e = assertThrows(CsvImportException.class,
        () -> IMPORT.stream(Fixtures.text("id,other\n")));

    assertThat(e.column()).hasValue("q");
  }

  @Test
  void stream_path_readsAndCloses(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, "id,q\nr1,Often\nr2,Always\n", StandardCharsets.UTF_8);

    CsvResponseStream stream = IMPORT.stream(file);
    assertThat(stream.next().answers()).containsExactly(DISSENT.id(), 4);
    stream.close();
    assertThat(stream.hasNext()).isFalse();
    // The file is closed: it can be deleted and the directory cleaned up.
    Files.delete(file);
  }
}
