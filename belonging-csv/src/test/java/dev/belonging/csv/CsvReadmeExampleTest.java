package dev.belonging.csv;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableMap;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.workforce.Dimension;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the README's CSV section honest: its example is {@code example()}'s body, verbatim. */
class CsvReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void example() {
    Reader export = new StringReader("""
        Timestamp,Team,How often do you disagree out loud in meetings?,Comments
        2026/11/02 9:14:03,platform,Often,More pair calls please
        2026/11/02 9:20:41,platform,Sometimes,
        2026/11/02 9:31:12,sales,Every day,
        """);
    // README-CSV-EXAMPLE-BEGIN
    Item dissent = Item.frequency("voice.dissent", Construct.VOICE,
        "How often do you disagree out loud in meetings?");
    Item ideas = Item.openText("voice.ideas", Construct.VOICE, "Comments");
    Instrument pulse = Instrument.builder().id("pulse").version("1.0.0").title("Pulse")
        .addItems(dissent, ideas).build();

    CsvImportResult result = CsvImport.forInstrument(pulse)
        .withLayout(CsvLayout.GOOGLE_FORMS)         // drops the Timestamp column
        .withMapping(ColumnMapping.builder()
            .putAttributeColumn("Team", Dimension.TEAM)
            .putItemsByText(pulse)                  // question titles head the columns
            .build())
        .withErrorMode(ErrorMode.SKIP_AND_COUNT)    // or FAIL_FAST (the default)
        .read(export, "2026-11", 0);

    ResponseWave wave = result.wave();              // 2 responses: "Often" = 4, "Sometimes" = 3
    ImportReport report = result.report();          // row 4: 'Every day' is not a label
    assertThat(wave.responses().get(0).answers()).containsExactly("voice.dissent", 4);
    assertThat(report.skippedByProblem()).containsExactly(CsvProblem.UNKNOWN_LABEL, 1L);
    assertThat(report.exclusions().get(0).row()).isEqualTo(4);
    // README-CSV-EXAMPLE-END
    assertThat(wave.responses()).hasSize(2);
    assertThat(wave.responses().get(0).comments())
        .isEqualTo(ImmutableMap.of("voice.ideas", "More pair calls please"));
  }

}
