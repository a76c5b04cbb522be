package dev.belonging.csv;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.csv.Fixtures.CREDITED;
import static dev.belonging.csv.Fixtures.DISSENT;
import static dev.belonging.csv.Fixtures.IDEAS;
import static dev.belonging.csv.Fixtures.INSTRUMENT;
import static dev.belonging.csv.Fixtures.RECOMMEND;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyCsvWriterTest {
  private static final Dimension GENDER = Dimension.sensitive("gender");
  private static final SurveyCsvWriter WRITER = SurveyCsvWriter.forInstrument(INSTRUMENT)
      .withDimensions(List.of(Dimension.TEAM, GENDER));
  private static final Response ANSWERED = Response.builder().respondentId("p-1")
      .attributes(Attributes.of(ImmutableMap.of(Dimension.TEAM, "a, \"b\"", GENDER, "woman")))
      .putAnswer(DISSENT.id(), 2).putAnswer(RECOMMEND.id(), 10)
      .putComment(IDEAS.id(), " two\nlines").build();
  private static final Response EMPTY = Response.builder().respondentId("p-2").build();

  private static String write(SurveyCsvWriter writer, List<Response> responses) {
    StringWriter out = new StringWriter();
    writer.write(responses, out);
    return out.toString();
  }

  @Test
  void write_pointsAndQuoting_asDocumented() {
    assertThat(write(WRITER, List.of(ANSWERED, EMPTY))).isEqualTo(
        "\"respondent id\",\"attribute: team\",\"attribute: gender\",voice.dissent,"
            + "recognition.credited,"
            + "belonging.recommend,connection.ideas\n"
            + "p-1,\"a, \"\"b\"\"\",woman,2,,10,\" two\nlines\"\n"
            + "p-2,,,,,,\n");
  }

  @Test
  void write_loneCarriageReturn_isQuotedAndReadsBack() {
    Response r = Response.builder().respondentId("a\rb").putComment(IDEAS.id(), "x\ry").build();
    String csv = write(SurveyCsvWriter.forInstrument(INSTRUMENT), List.of(r));

    assertThat(csv).endsWith("\n\"a\rb\",,,,\"x\ry\"\n");
    CsvImportResult back = CsvImport.forInstrument(INSTRUMENT)
        .withMapping(SurveyCsvWriter.forInstrument(INSTRUMENT).mapping())
        .read(new StringReader(csv), "w", 0);
    assertThat(back.wave().responses()).containsExactly(r);
  }

  @Test
  void write_withLabels_writesLabelsThatReadBack() {
    SurveyCsvWriter labelled = WRITER.withLabels(true);
    String csv = write(labelled, List.of(ANSWERED, EMPTY));

    assertThat(csv).contains(",Rarely,,\"10 - Extremely likely\",");
    CsvImportResult back = CsvImport.forInstrument(INSTRUMENT).withMapping(labelled.mapping())
        .read(new StringReader(csv), "w", 0);
    assertThat(back.wave().responses()).containsExactly(ANSWERED, EMPTY).inOrder();
  }

  @Test
  void write_unfaithfulResponses_throwNamingPositionOnly() {
    List<Response> bad = List.of(
        Response.builder().respondentId(" p").build(),
        Response.builder().respondentId("p").attributes(Attributes.of(
            ImmutableMap.of(Dimension.ROLE, "lead"))).build(),
        Response.builder().respondentId("p").putAnswer("no.item", 1).build(),
        Response.builder().respondentId("p").putAnswer(CREDITED.id(), 6).build(),
        Response.builder().respondentId("p").putComment(DISSENT.id(), "why").build(),
        Response.builder().respondentId("p").putComment(IDEAS.id(), " ").build());
    for (Response r : bad) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> write(WRITER, List.of(EMPTY, r)));
      assertThat(e).hasMessageThat().startsWith("response 1: ");
      assertThat(e).hasMessageThat().doesNotContain("lead");
      assertThat(e).hasMessageThat().doesNotContain("why");
    }
    assertThrows(IllegalArgumentException.class, () -> write(WRITER, List.of(EMPTY, EMPTY)));
  }

  @Test
  void withDimensions_duplicateName_throws() {
    assertThrows(IllegalArgumentException.class, () -> SurveyCsvWriter.forInstrument(INSTRUMENT)
        .withDimensions(List.of(Dimension.of("x"), Dimension.sensitive("x"))));
  }

  @Test
  void equality_byInstrumentDimensionsAndLabels() {
    new EqualsTester()
        .addEqualityGroup(WRITER, SurveyCsvWriter.forInstrument(INSTRUMENT)
            .withDimensions(List.of(Dimension.TEAM, GENDER)))
        .addEqualityGroup(WRITER.withLabels(true))
        .addEqualityGroup(SurveyCsvWriter.forInstrument(INSTRUMENT))
        .testEquals();
  }
}
