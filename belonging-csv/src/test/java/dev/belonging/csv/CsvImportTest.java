package dev.belonging.csv;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.csv.Fixtures.CREDITED;
import static dev.belonging.csv.Fixtures.DISSENT;
import static dev.belonging.csv.Fixtures.IDEAS;
import static dev.belonging.csv.Fixtures.INSTRUMENT;
import static dev.belonging.csv.Fixtures.RECOMMEND;
import static dev.belonging.csv.Fixtures.resource;
import static dev.belonging.csv.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
  private static final ColumnMapping GENERIC = ColumnMapping.builder()
      .respondentIdColumn("id")
      .putAttributeColumn("team", Dimension.TEAM)
      .putItemColumn("voice.dissent", DISSENT.id())
      .putItemColumn("recognition.credited", CREDITED.id())
      .build();
  private static final CsvImport IMPORT = CsvImport.forInstrument(INSTRUMENT).withMapping(GENERIC);

  // ---- Google Forms

  private static final ColumnMapping GOOGLE = ColumnMapping.builder()
      .putAttributeColumn("Team", Dimension.TEAM)
      .putAttributeColumn("Where do you work most days?", Dimension.WORK_ARRANGEMENT)
      .putItemsByText(INSTRUMENT)
      .build();

  @Test
  void read_googleForms_mapsByQuestionTitleAndLabels() {
    CsvImportResult result = CsvImport.forInstrument(INSTRUMENT).withLayout(CsvLayout.GOOGLE_FORMS)
        .withMapping(GOOGLE).read(resource("google-forms.csv"), "2026-11", 0);

    assertThat(result.wave().responses()).containsExactly(
        Response.builder().respondentId("row-2")
            .attributes(Attributes.of(ImmutableMap.of(
                Dimension.TEAM, "platform", Dimension.WORK_ARRANGEMENT, "Remote")))
            .putAnswer(DISSENT.id(), 4).putAnswer(CREDITED.id(), 4).putAnswer(RECOMMEND.id(), 9)
            .putComment(IDEAS.id(), "Short calls without an agenda, maybe \"coffee roulette\"")
            .build(),
        Response.builder().respondentId("row-3")
            .attributes(Attributes.of(ImmutableMap.of(
                Dimension.TEAM, "platform", Dimension.WORK_ARRANGEMENT, "Office")))
            .putAnswer(DISSENT.id(), 3).putAnswer(CREDITED.id(), 5).putAnswer(RECOMMEND.id(), 10)
            .build(),
        Response.builder().respondentId("row-4")
            .attributes(Attributes.of(ImmutableMap.of(Dimension.TEAM, "sales")))
            .putAnswer(CREDITED.id(), 2).putAnswer(RECOMMEND.id(), 6)
            .putComment(IDEAS.id(), "One idea:\r\na shared lunch once a month")
            .build())
        .inOrder();
    assertThat(result.wave().waveId()).isEqualTo("2026-11");
    assertThat(result.wave().answers(INSTRUMENT)).isTrue();
    assertThat(result.report().rowsRead()).isEqualTo(3);
    assertThat(result.report().accepted()).isEqualTo(3);
  }

  @Test
  void read_googleForms_neverCarriesTheTimestamp() {
    CsvImportResult result = CsvImport.forInstrument(INSTRUMENT).withLayout(CsvLayout.GOOGLE_FORMS)
        .withMapping(GOOGLE).read(resource("google-forms.csv"), "w", 0);

    for (Response r : result.wave().responses()) {
      assertThat(r.respondentId()).doesNotContain("2026/11/02");
      assertThat(r.attributes().values().values().toString()).doesNotContain("2026/11/02");
      assertThat(r.comments().values().toString()).doesNotContain("2026/11/02");
    }
  }

  @Test
  void read_googleFormsMappingTheTimestamp_throwsHeaderProblem() {
    ColumnMapping mapping = ColumnMapping.builder().respondentIdColumn("Timestamp")
        .putItemsByText(INSTRUMENT).build();
    CsvImportException e = assertThrows(CsvImportException.class,
        () -> CsvImport.forInstrument(INSTRUMENT).withLayout(CsvLayout.GOOGLE_FORMS)
            .withMapping(mapping).read(resource("google-forms.csv"), "w", 0));

    assertThat(e.problem()).isEqualTo(CsvProblem.HEADER);
    assertThat(e.row()).isEqualTo(1);
    assertThat(e.column()).hasValue("Timestamp");
  }

  // ---- Qualtrics

  private static final ColumnMapping QUALTRICS = ColumnMapping.builder()
      .respondentIdColumn("ResponseId")
      .putAttributeColumn("Department", Dimension.of("department"))
      .putItemColumn("Q1", DISSENT.id())                // by field name (row 1)
      .putItemColumn("QID2", CREDITED.id())             // by import id (row 3)
      .putItemColumn(RECOMMEND.text(), RECOMMEND.id())  // by question text (row 2)
      .putCommentColumn("Q4", IDEAS.id())
      .build();

  private static CsvImport qualtrics(ColumnMapping mapping) {
    return CsvImport.forInstrument(INSTRUMENT).withLayout(CsvLayout.QUALTRICS)
        .withMapping(mapping);
  }

  @Test
  void read_qualtrics_dropsPreviewTestAndSpamAndCountsThem() {
    CsvImportResult result = qualtrics(QUALTRICS).read(resource("qualtrics-labels.csv"), "w", 0);

    assertThat(result.wave().responses()).containsExactly(
        Response.builder().respondentId("R_a1")
            .attributes(Attributes.of(ImmutableMap.of(Dimension.of("department"), "Engineering")))
            .putAnswer(DISSENT.id(), 4).putAnswer(CREDITED.id(), 4).putAnswer(RECOMMEND.id(), 9)
            .putComment(IDEAS.id(), "Pair calls across sites").build(),
        Response.builder().respondentId("R_a2")
            .attributes(Attributes.of(ImmutableMap.of(Dimension.of("department"), "Sales")))
            .putAnswer(DISSENT.id(), 5).putAnswer(CREDITED.id(), 5).putAnswer(RECOMMEND.id(), 10)
            .build(),
        Response.builder().respondentId("R_a3")
            .putAnswer(DISSENT.id(), 3).putAnswer(CREDITED.id(), 3).putAnswer(RECOMMEND.id(), 7)
            .putComment(IDEAS.id(), "More time to talk, less time to report").build())
        .inOrder();
    ImportReport report = result.report();
    assertThat(report.rowsRead()).isEqualTo(7);
    assertThat(report.accepted()).isEqualTo(3);
    assertThat(report.droppedByStatus()).containsExactly(
        DroppedStatus.PREVIEW, 1L, DroppedStatus.TEST, 2L, DroppedStatus.SPAM, 1L).inOrder();
    assertThat(report.dropped()).isEqualTo(4);
    assertThat(report.skipped()).isEqualTo(0);
  }

  @Test
  void read_qualtrics_neverCarriesMetadata() {
    CsvImportResult result = qualtrics(QUALTRICS).read(resource("qualtrics-labels.csv"), "w", 0);

    for (Response r : result.wave().responses()) {
      String everything = r.respondentId() + r.attributes().values() + r.answers()
          + r.comments();
      assertThat(everything).doesNotContain("192.0.2.");
      assertThat(everything).doesNotContain("example.com");
      assertThat(everything).doesNotContain("2026-11-02");
      assertThat(everything).doesNotContain("52.52");
    }
  }

  @Test
  void read_qualtricsNumericExport_dropsByStatusCodeAndReadsPoints() {
    ColumnMapping mapping = ColumnMapping.builder().respondentIdColumn("ResponseId")
        .putItemColumn("Q1", DISSENT.id()).putItemColumn("Q2", CREDITED.id())
        .putItemColumn("Q3", RECOMMEND.id()).build();

    CsvImportResult result = qualtrics(mapping).read(resource("qualtrics-numeric.csv"), "w", 0);

    assertThat(result.wave().responses()).containsExactly(
        Response.builder().respondentId("R_n1").putAnswer(DISSENT.id(), 4)
            .putAnswer(CREDITED.id(), 4).putAnswer(RECOMMEND.id(), 9).build(),
        Response.builder().respondentId("R_n5").putAnswer(DISSENT.id(), 3)
            .putAnswer(CREDITED.id(), 3).putAnswer(RECOMMEND.id(), 7).build())
        .inOrder();
    assertThat(result.report().droppedByStatus()).containsExactly(
        DroppedStatus.PREVIEW, 1L, DroppedStatus.TEST, 1L, DroppedStatus.SPAM, 1L);
  }

  @Test
  void read_qualtricsMappingMetadataColumn_throwsHeaderProblem() {
    for (ColumnMapping mapping : List.of(
        ColumnMapping.builder().putAttributeColumn("IPAddress", Dimension.LOCATION)
            .putItemColumn("Q1", DISSENT.id()).build(),
        ColumnMapping.builder().putAttributeColumn("locationLatitude", Dimension.LOCATION)
            .putItemColumn("Q1", DISSENT.id()).build(),
        ColumnMapping.builder().respondentIdColumn("RecipientEmail")
            .putItemColumn("Q1", DISSENT.id()).build(),
        ColumnMapping.builder().putAttributeColumn("ResponseId", Dimension.ROLE)
            .putItemColumn("Q1", DISSENT.id()).build())) {
      CsvImportException e = assertThrows(CsvImportException.class,
          () -> qualtrics(mapping).read(resource("qualtrics-labels.csv"), "w", 0));
      assertThat(e.problem()).isEqualTo(CsvProblem.HEADER);
      assertThat(e.rule()).contains("metadata");
    }
  }

  @Test
  void read_qualtricsWithoutImportIdRow_throwsHeaderProblemAtRow3() {
    String twoHeaderRows = "Status,ResponseId,Q1\nResponse Type,Response ID,Question\n"
        + "IP Address,R_1,Often\n";
    CsvImportException e = assertThrows(CsvImportException.class,
        () -> qualtrics(QUALTRICS).read(text(twoHeaderRows), "w", 0));

    assertThat(e.problem()).isEqualTo(CsvProblem.HEADER);
    assertThat(e.row()).isEqualTo(3);
    assertThat(e.column()).hasValue("Status");
  }

  @Test
  void read_qualtricsWithoutStatusColumn_throwsHeaderProblem() {
    String noStatus = "ResponseId,Q1\nResponse ID,Question\n"
        + "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\"\n"
        + "R_1,Often\n";
    ColumnMapping mapping = ColumnMapping.builder().respondentIdColumn("ResponseId")
        .putItemColumn("Q1", DISSENT.id()).build();
    CsvImportException e = assertThrows(CsvImportException.class,
        () -> qualtrics(mapping).read(text(noStatus), "w", 0));

    assertThat(e.problem()).isEqualTo(CsvProblem.HEADER);
    assertThat(e.rule()).contains("Status column");
  }

  @Test
  void read_qualtricsEndingAfterTwoRows_throwsHeaderProblemAtRow3() {
    CsvImportException e = assertThrows(CsvImportException.class,
        () -> qualtrics(QUALTRICS).read(text("Status,Q1\nResponse Type,Question\n"), "w", 0));

    assertThat(e.row()).isEqualTo(3);
    assertThat(e.problem()).isEqualTo(CsvProblem.HEADER);
  }

  // ---- malformed rows

  @Test
  void read_failFast_throwsAtFirstBadRowNamingRowColumnAndRule() {
    CsvImportException e = assertThrows(CsvImportException.class,
        () -> IMPORT.read(resource("malformed-rows.csv"), "w", 0));

    assertThat(e.row()).isEqualTo(3);
    assertThat(e.column()).hasValue("recognition.credited");
    assertThat(e.problem()).isEqualTo(CsvProblem.UNKNOWN_LABEL);
    assertThat(e).hasMessageThat().isEqualTo("row 3, column 'recognition.credited': 'Maybe' is "
        + "not a label of the 5-point agreement scale of item 'recognition.credited'");
  }

  @Test
  void read_skipAndCount_countsEveryBadRowByProblemWithRowNumbers() {
    CsvImportResult result = IMPORT.withErrorMode(ErrorMode.SKIP_AND_COUNT)
        .read(resource("malformed-rows.csv"), "w", 0);

    assertThat(result.wave().responses().stream().map(Response::respondentId))
        .containsExactly("r1", "r7", "r9").inOrder();
    assertThat(result.wave().responses().get(1).attributes().get(Dimension.TEAM))
        .hasValue("operations\nfloor");
    ImportReport report = result.report();
    assertThat(report.rowsRead()).isEqualTo(10);
    assertThat(report.accepted()).isEqualTo(3);
    assertThat(report.blankRows()).isEqualTo(1);
    assertThat(report.skippedByProblem()).containsExactly(
        CsvProblem.COLUMN_COUNT, 1L, CsvProblem.UNKNOWN_LABEL, 2L, CsvProblem.OUT_OF_RANGE, 1L,
        CsvProblem.MISSING_RESPONDENT_ID, 1L, CsvProblem.DUPLICATE_RESPONDENT_ID, 1L).inOrder();
    assertThat(report.exclusions()).containsExactly(
        Exclusion.of(3, Optional.of("recognition.credited"), CsvProblem.UNKNOWN_LABEL,
            "'Maybe' is not a label of the 5-point agreement scale of item "
                + "'recognition.credited'"),
        Exclusion.of(4, Optional.of("voice.dissent"), CsvProblem.OUT_OF_RANGE,
            "7 is outside the 5-point frequency scale of item 'voice.dissent'"),
        Exclusion.of(5, Optional.of("id"), CsvProblem.DUPLICATE_RESPONDENT_ID,
            "the respondent id repeats that of an earlier accepted row"),
        Exclusion.of(6, Optional.of("id"), CsvProblem.MISSING_RESPONDENT_ID,
            "the respondent id is blank"),
        Exclusion.of(7, Optional.empty(), CsvProblem.COLUMN_COUNT,
            "the row has 3 columns, but the header has 4"),
        Exclusion.of(10, Optional.of("recognition.credited"), CsvProblem.UNKNOWN_LABEL,
            "a value of 16 characters is not a label of the 5-point agreement scale of item "
                + "'recognition.credited'"))
        .inOrder();
  }

  @Test
  void read_skipAndCount_neverEchoesIdsOrAttributeValues() {
    CsvImportResult result = IMPORT.withErrorMode(ErrorMode.SKIP_AND_COUNT)
        .read(resource("malformed-rows.csv"), "w", 0);

    String report = result.report().toString() + result.report().exclusions();
    for (String respondentData : List.of("r1", "r3", "r6", "operations", "platform")) {
      assertThat(report).doesNotContain(respondentData);
    }
  }

  @Test
  void read_unclosedQuote_throwsMalformedInBothModes() {
    ColumnMapping mapping = ColumnMapping.builder().respondentIdColumn("id")
        .putItemColumn("voice.dissent", DISSENT.id()).build();
    for (ErrorMode mode : ErrorMode.values()) {
      CsvImportException e = assertThrows(CsvImportException.class,
          () -> CsvImport.forInstrument(INSTRUMENT).withMapping(mapping).withErrorMode(mode)
              .read(resource("unclosed-quote.csv"), "w", 0));

      assertThat(e.problem()).isEqualTo(CsvProblem.MALFORMED_CSV);
      assertThat(e.row()).isEqualTo(3);
      assertThat(e).hasMessageThat().contains("never closed");
      assertThat(e).hasMessageThat().doesNotContain("r3");
    }
  }

  @Test
  void read_textAfterClosingQuote_throwsMalformedWithoutEchoingIt() {
    CsvImportException e = assertThrows(CsvImportException.class,
        () -> IMPORT.withErrorMode(ErrorMode.SKIP_AND_COUNT)
            .read(text("id,voice.dissent,recognition.credited,team\n"
                + "r1,Often,Agree,x\n\"r2\"secret,Often,Agree,x\n"), "w", 0));

    assertThat(e.problem()).isEqualTo(CsvProblem.MALFORMED_CSV);
    assertThat(e.row()).isEqualTo(3);
    assertThat(e).hasMessageThat().doesNotContain("secret");
    assertThat(e).hasMessageThat().doesNotContain("'s'");
  }

  // ---- headers and options

  @Test
  void read_emptyFile_throwsHeaderProblemAtRow1() {
    CsvImportException e = assertThrows(CsvImportException.class,
        () -> IMPORT.read(text(""), "w", 0));

    assertThat(e.problem()).isEqualTo(CsvProblem.HEADER);
    assertThat(e.row()).isEqualTo(1);
  }

  @Test
  void read_mappedColumnMissing_throwsHeaderProblemNamingIt() {
    CsvImportException e = assertThrows(CsvImportException.class,
        () -> IMPORT.read(text("id,team,voice.dissent\nr1,x,Often\n"), "w", 0));

    assertThat(e.column()).hasValue("recognition.credited");
    assertThat(e.problem()).isEqualTo(CsvProblem.HEADER);
  }

  @Test
  void read_mappedColumnTwice_throwsHeaderProblem() {
    CsvImportException e = assertThrows(CsvImportException.class, () -> IMPORT.read(
        text("id,team,voice.dissent,recognition.credited,team\nr1,a,Often,Agree,b\n"), "w", 0));

    assertThat(e.column()).hasValue("team");
    assertThat(e.rule()).contains("2 times");
  }

  @Test
  void read_byteOrderMarkAndSurroundingSpaces_areIgnored() {
    CsvImportResult result = IMPORT.read(
        text("\uFEFFid , team,voice.dissent,recognition.credited\n r1 ,ops, ALWAYS ,+2\n"), "w",
        0);

    assertThat(result.wave().responses()).containsExactly(Response.builder().respondentId("r1")
        .attributes(Attributes.of(ImmutableMap.of(Dimension.TEAM, "ops")))
        .putAnswer(DISSENT.id(), 5).putAnswer(CREDITED.id(), 2).build());
  }

  @Test
  void read_withoutIdColumn_generatesRowNumberIds() {
    ColumnMapping mapping = ColumnMapping.builder().putItemColumn("q", DISSENT.id()).build();
    CsvImportResult result = CsvImport.forInstrument(INSTRUMENT).withMapping(mapping)
        .read(text("q\nNever\n\"Often\"\n\n1\n"), "w", 0);

    assertThat(result.wave().responses().stream().map(Response::respondentId))
        .containsExactly("row-2", "row-3", "row-5").inOrder();
    assertThat(result.report().blankRows()).isEqualTo(1);
  }

  @Test
  void read_semicolonSeparator_readsEuropeanSpreadsheetExports() {
    CsvImportResult result = IMPORT.withColumnSeparator(';')
        .read(text("id;team;voice.dissent;recognition.credited\nr1;a,b;Often;Agree\n"), "w", 0);

    assertThat(result.wave().responses().get(0).attributes().get(Dimension.TEAM))
        .hasValue("a,b");
  }

  @Test
  void read_pathOfUtf8File_readsIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("export.csv");
    Files.writeString(file, "id,team,voice.dissent,recognition.credited\nr1,Zürich,Often,Agree\n",
        StandardCharsets.UTF_8);

    CsvImportResult result = IMPORT.read(file, "w", 2);

    assertThat(result.wave().ordinal()).isEqualTo(2);
    assertThat(result.wave().responses().get(0).attributes().get(Dimension.TEAM))
        .hasValue("Zürich");
  }

  @Test
  void read_missingFile_throwsUncheckedIo(@TempDir Path dir) {
    assertThrows(UncheckedIOException.class, () -> IMPORT.read(dir.resolve("none.csv"), "w", 0));
  }

  @Test
  void read_withoutMapping_throwsIllegalState() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CsvImport.forInstrument(INSTRUMENT).read(text("a\n"), "w", 0));

    assertThat(e).hasMessageThat().contains("withMapping");
  }

  @Test
  void read_badWave_throwsBeforeReading() {
    Reader never = text("not read");
    assertThrows(IllegalArgumentException.class, () -> IMPORT.read(never, " ", 0));
    assertThrows(IllegalArgumentException.class, () -> IMPORT.read(never, "w", -1));
  }

  @Test
  void withMapping_unknownOrOpenTextItem_throws() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> CsvImport.forInstrument(INSTRUMENT).withMapping(
            ColumnMapping.builder().putItemColumn("q", "no.such.item").build()));
    IllegalArgumentException openText = assertThrows(IllegalArgumentException.class,
        () -> CsvImport.forInstrument(INSTRUMENT).withMapping(
            ColumnMapping.builder().putItemColumn("q", IDEAS.id()).build()));
    IllegalArgumentException comment = assertThrows(IllegalArgumentException.class,
        () -> CsvImport.forInstrument(INSTRUMENT).withMapping(
            ColumnMapping.builder().putCommentColumn("q", "no.such.item").build()));

    assertThat(unknown).hasMessageThat().contains("no.such.item");
    assertThat(openText).hasMessageThat().contains("comment column");
    assertThat(comment).hasMessageThat().contains("no.such.item");
  }

  @Test
  void withColumnSeparator_quoteOrLineBreak_throws() {
    assertThrows(IllegalArgumentException.class, () -> IMPORT.withColumnSeparator('"'));
    assertThrows(IllegalArgumentException.class, () -> IMPORT.withColumnSeparator('\n'));
  }

  @Test
  void configuration_defaultsAndEquality() {
    CsvImport plain = CsvImport.forInstrument(INSTRUMENT);
    assertThat(plain.layout()).isEqualTo(CsvLayout.GENERIC);
    assertThat(plain.errorMode()).isEqualTo(ErrorMode.FAIL_FAST);
    assertThat(plain.columnSeparator()).isEqualTo(',');
    assertThat(plain.mapping()).isEmpty();
    assertThat(IMPORT.mapping()).hasValue(GENERIC);
    assertThat(IMPORT.instrument()).isEqualTo(INSTRUMENT);

    new EqualsTester()
        .addEqualityGroup(plain, CsvImport.forInstrument(INSTRUMENT))
        .addEqualityGroup(IMPORT, plain.withMapping(GENERIC))
        .addEqualityGroup(IMPORT.withLayout(CsvLayout.QUALTRICS))
        .addEqualityGroup(IMPORT.withErrorMode(ErrorMode.SKIP_AND_COUNT))
        .addEqualityGroup(IMPORT.withColumnSeparator(';'))
        .testEquals();
  }
}
