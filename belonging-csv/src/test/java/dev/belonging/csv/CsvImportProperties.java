package dev.belonging.csv;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.csv.Fixtures.DISSENT;
import static dev.belonging.csv.Fixtures.IDEAS;
import static dev.belonging.csv.Fixtures.INSTRUMENT;

import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseScale;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvImportProperties {
  private static final Dimension TEAM = Dimension.TEAM;
  private static final Dimension GENDER = Dimension.sensitive("gender");
  private static final ColumnMapping MAPPING = ColumnMapping.builder()
      .respondentIdColumn("id")
      .putAttributeColumn("team", TEAM)
      .putItemColumn("q", DISSENT.id())
      .putCommentColumn("c", IDEAS.id())
      .build();

  /** CSV-like text: separators, quotes, line breaks, labels, numbers and a byte order mark. */
  @Provide
  Arbitrary<String> csvText() {
    Arbitrary<String> token = Arbitraries.of(",", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ",
        "id", "team", "q", "c", "Often", "never", "7", "-1", "3", "x", "\uFEFF", "Status",
        "Survey Preview", "8", "{\"ImportId\":\"QID1\"}", "Timestamp", ";");
    Arbitrary<String> body = token.list().ofMaxSize(60).map(l -> String.join("", l));
    Arbitrary<String> header = Arbitraries.of("", "id,team,q,c\n", "Timestamp,id,team,q,c\n",
        "Status,id,team,q,c\nS,I,T,Q,C\n\"{\"\"ImportId\"\":\"\"status\"\"}\",\"{\"\"ImportId\"\":"
            + "\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"t\"\"}\",\"{\"\"ImportId\"\":"
            + "\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\"\n");
    return Combinators.combine(header, body).as(String::concat);
  }

  @Property(tries = 500)
  void read_anyText_givesResultOrDocumentedException(@ForAll("csvText") String text,
      @ForAll CsvLayout layout, @ForAll ErrorMode mode) {
    CsvImport csvImport = CsvImport.forInstrument(INSTRUMENT).withMapping(MAPPING)
        .withLayout(layout).withErrorMode(mode);
    try {
      CsvImportResult result = csvImport.read(new StringReader(text), "w", 0);
      // The value checks already enforce rowsRead = accepted + skipped + dropped + blank.
      assertThat(result.wave().responses()).hasSize((int) result.report().accepted());
      if (mode == ErrorMode.FAIL_FAST) {
        assertThat(result.report().skipped()).isEqualTo(0);
      }
    } catch (CsvImportException e) {
      assertThat(e.row()).isAtLeast(1);
      assertThat(e).hasMessageThat().matches("(?s)row \\d+(, column '[^']*')?: .+");
      if (mode == ErrorMode.SKIP_AND_COUNT) {
        assertThat(e.problem()).isAnyOf(CsvProblem.HEADER, CsvProblem.MALFORMED_CSV);
      }
    }
  }

  /** Text that survives a CSV round trip as a stripped, non-blank value, including CSV syntax. */
  private static Arbitrary<String> value() {
    return Arbitraries.strings().withChars("ab Z,\"\n\r;'é").ofMinLength(1).ofMaxLength(12)
        .map(String::strip).filter(s -> !s.isEmpty());
  }

  @Provide
  Arbitrary<List<Response>> responses() {
    Arbitrary<Response> response = Combinators.combine(
        value().optional(), value().optional(),
        Arbitraries.integers().between(0, 10).list().ofSize(INSTRUMENT.items().size()),
        Arbitraries.strings().withChars("ab ,\"\n\r").ofMinLength(1).ofMaxLength(12)
            .filter(s -> !s.isBlank()).optional())
        .as((team, gender, draws, comment) -> {
          Map<Dimension, String> attributes = new HashMap<>();
          team.ifPresent(t -> attributes.put(TEAM, t));
          gender.ifPresent(g -> attributes.put(GENDER, g));
          Response.Builder b = Response.builder().respondentId("placeholder")
              .attributes(Attributes.of(attributes));
          for (int i = 0; i < INSTRUMENT.items().size(); i++) {
            Item item = INSTRUMENT.items().get(i);
            if (item.scale().isPresent()) {
              ResponseScale s = item.scale().get();
              int draw = draws.get(i);
              // About one draw in eleven leaves the item unanswered.
              if (draw < 10) {
                b.putAnswer(item.id(), s.min() + draw % s.size());
              }
            }
          }
          comment.ifPresent(c -> b.putComment(IDEAS.id(), c));
          return b.build();
        });
    return Combinators.combine(response.list().ofMaxSize(8), value())
        .as((list, prefix) -> {
          List<Response> numbered = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            numbered.add(Response.builder().from(list.get(i))
                .respondentId(prefix + "#" + i).build());
          }
          return numbered;
        });
  }

  @Property(tries = 200)
  void writeThenRead_givesEqualResponses(@ForAll("responses") List<Response> responses,
      @ForAll boolean labels) {
    SurveyCsvWriter writer = SurveyCsvWriter.forInstrument(INSTRUMENT)
        .withDimensions(List.of(TEAM, GENDER)).withLabels(labels);
    StringWriter out = new StringWriter();
    writer.write(responses, out);

    CsvImportResult back = CsvImport.forInstrument(INSTRUMENT).withMapping(writer.mapping())
        .read(new StringReader(out.toString()), "w", 0);

    assertThat(back.wave().responses()).containsExactlyElementsIn(responses).inOrder();
    assertThat(back.report().rowsRead()).isEqualTo(responses.size());
  }
}
