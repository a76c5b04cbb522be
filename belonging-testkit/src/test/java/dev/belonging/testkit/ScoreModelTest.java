package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.ItemKind;
import dev.belonging.instrument.ResponseScale;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact construct-score moments under the answer model, against scipy's quad. */
class ScoreModelTest {
  /**
   * scipy integrates adaptively to 1e-13; our trapezoidal rule converges geometrically for these
   * Gaussian-weighted smooth integrands, so both agree to rounding.
   */
  private static final double TOLERANCE = 1e-10;

  private static Instrument instrument(int items, int points) {
    Instrument.Builder builder = Instrument.builder().id("moments").version("1.0.0")
        .title("Moments");
    for (int i = 0; i < items; i++) {
      builder.addItems(Item.builder().id("connection.item" + i).construct(Construct.CONNECTION)
          .text("Connection item " + i + ".").kind(ItemKind.AGREEMENT)
          .scale(points == 5 ? ResponseScale.agreement5() : ResponseScale.agreement7())
          .reverseKeyed(i % 2 == 1)
          .build());
    }
    return builder.build();
  }

  @Test
  void moments_matchScipyReference() {
    List<String[]> rows = Statistics.referenceRows("score_moments.csv");
    assertThat(rows).hasSize(18);
    for (String[] row : rows) {
      ResponseSimulator simulator = ResponseSimulator
          .of(instrument(Integer.parseInt(row[0]), Integer.parseInt(row[1])))
          .withItemLoading(Double.parseDouble(row[2]))
          .withLeniency(Double.parseDouble(row[3]));
      double[] moments = ScoreModel.of(simulator, Construct.CONNECTION)
          .moments(Double.parseDouble(row[4]));
      assertThat(moments[0]).isWithin(TOLERANCE).of(Double.parseDouble(row[5]));
      assertThat(moments[1]).isWithin(TOLERANCE).of(Double.parseDouble(row[6]));
    }
  }

  @Test
  void of_constructWithoutClosedItems_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> ScoreModel.of(ResponseSimulator.of(instrument(1, 5)), Construct.VOICE));
  }
}
