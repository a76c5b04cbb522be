package dev.belonging.csv;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportReportTest {
  @Test
  void build_countsThatDoNotAddUp_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ImportReport.builder().rowsRead(3).accepted(1).blankRows(1).build());

    assertThat(e).hasMessageThat().isEqualTo(
        "rowsRead must be accepted + skipped + dropped + blank = 2, but was 3");
  }

  @Test
  void build_unlistedExclusion_throws() {
    assertThrows(IllegalArgumentException.class, () -> ImportReport.builder().rowsRead(1)
        .accepted(0).blankRows(0)
        .skippedByProblem(ImmutableSortedMap.of(CsvProblem.OUT_OF_RANGE, 1L)).build());
  }

  @Test
  void build_headerProblemAsSkip_throws() {
    assertThrows(IllegalArgumentException.class, () -> ImportReport.builder().rowsRead(1)
        .accepted(0).blankRows(0)
        .skippedByProblem(ImmutableSortedMap.of(CsvProblem.HEADER, 1L)).build());
  }

  @Test
  void skippedAndDropped_sumTheirMaps() {
    ImportReport r = ImportReport.builder().rowsRead(6).accepted(1).blankRows(0)
        .skippedByProblem(ImmutableSortedMap.of(CsvProblem.OUT_OF_RANGE, 2L))
        .addExclusions(
            Exclusion.of(2, Optional.of("q"), CsvProblem.OUT_OF_RANGE, "r"),
            Exclusion.of(3, Optional.of("q"), CsvProblem.OUT_OF_RANGE, "r"))
        .droppedByStatus(ImmutableSortedMap.of(DroppedStatus.SPAM, 1L, DroppedStatus.TEST, 2L))
        .build();

    assertThat(r.skipped()).isEqualTo(2);
    assertThat(r.dropped()).isEqualTo(3);
    assertThat(r.toString()).isEqualTo("ImportReport[rowsRead=6, accepted=1, "
        + "skipped={OUT_OF_RANGE=2}, dropped={TEST=2, SPAM=1}, blank=0]");
  }

  @Test
  void exclusion_headerRowOrFileLevelProblem_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> Exclusion.of(1, Optional.empty(), CsvProblem.COLUMN_COUNT, "r"));
    assertThrows(IllegalArgumentException.class,
        () -> Exclusion.of(2, Optional.empty(), CsvProblem.MALFORMED_CSV, "r"));
  }

  @Test
  void exception_carriesRowColumnProblemAndRule() {
    CsvImportException e = new CsvImportException(17, "Q3", CsvProblem.UNKNOWN_LABEL,
        "'Sometimes' is not a label of the 5-point agreement scale");

    assertThat(e).hasMessageThat().isEqualTo(
        "row 17, column 'Q3': 'Sometimes' is not a label of the 5-point agreement scale");
    assertThat(e.row()).isEqualTo(17);
    assertThat(e.column()).hasValue("Q3");
    assertThat(e.problem()).isEqualTo(CsvProblem.UNKNOWN_LABEL);
    assertThat(new CsvImportException(2, null, CsvProblem.COLUMN_COUNT, "x").column()).isEmpty();
    assertThrows(IllegalArgumentException.class,
        () -> new CsvImportException(0, null, CsvProblem.HEADER, "x"));
  }
}
