package dev.belonging.verification;

import static com.google.common.truth.Truth.assertThat;

import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.CellResult;
import dev.belonging.disaggregation.Disaggregation;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.Gap;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "Disaggregation" example is this test's {@code example()} body, verbatim. */
class DisaggregationReadmeTest {

  @Test
  void example() {
    // DISAGGREGATION-EXAMPLE-BEGIN
    Instrument pulse = Instrument.builder().id("pulse").version("1.0.0").title("Pulse")
        .addItems(Item.agreement("recognition.credit", Construct.RECOGNITION,
            "When I contribute an idea, I am credited for it."))
        .build();
    Disaggregation disaggregation = Disaggregation.of(pulse)
        .withBreakdowns(List.of(Breakdown.of(Dimension.WORK_ARRANGEMENT)));

    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      String arrangement = i < 10 ? "REMOTE" : i < 18 ? "FRONTLINE_SHIFT" : "OFFICE";
      int point = i < 10 ? 2 + i % 2 : 3 + i % 3;  // remote staff feel less credited
      responses.add(Response.of("r" + i,
          Attributes.of(Map.of(Dimension.WORK_ARRANGEMENT, arrangement)),
          Map.of("recognition.credit", point)));
    }
    responses.add(Response.of("r48",
        Attributes.of(Map.of(Dimension.WORK_ARRANGEMENT, "HYBRID")),
        Map.of("recognition.credit", 5)));           // a group of one

    DisaggregationReport report = disaggregation.report(disaggregation.aggregate(responses));
    List<CellResult> cells = report.breakdowns().get(0).cells(); // FRONTLINE_SHIFT, HYBRID, ...
    assertThat(cells.get(1).isPublished()).isFalse(); // hybrid: 1 < 5, no number at all
    assertThat(cells.get(0).isPublished()).isFalse(); // frontline: total - others = hybrid
    Gap remote = report.largestCredibleGaps(Construct.RECOGNITION, 3).get(0);
    assertThat(remote.subgroup().values()).containsEntry(Dimension.WORK_ARRANGEMENT, "REMOTE");
    assertThat(remote.differenceInterval().orElseThrow().upper()).isLessThan(0.0);
    // DISAGGREGATION-EXAMPLE-END
  }

}
