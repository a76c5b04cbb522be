package dev.belonging.disaggregation;

import static com.google.common.truth.Truth.assertThat;

import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A seeded workforce with a known gap: remote staff answer the recognition items from a lower
 * distribution than everyone else. The report must find that gap inside its interval, rank it
 * first, and find no gap where none was planted. (A cross-module version with the testkit's
 * generators belongs in belonging-verification.)
 */
class PlantedGapTest {
  private static final String[] ITEMS = {"v1", "v2", "r1", "r2"};
  private static final double[] OTHERS = {0.05, 0.10, 0.25, 0.35, 0.25};
  private static final double[] REMOTE = {0.15, 0.25, 0.30, 0.20, 0.10};
  private static final String[] ARRANGEMENTS = {"REMOTE", "HYBRID", "OFFICE", "FRONTLINE_SHIFT"};

  private static int draw(SplittableRandom random, double[] p) {
    double u = random.nextDouble();
    for (int k = 0; k < p.length - 1; k++) {
      u -= p[k];
      if (u < 0) {
        return k + 1;
      }
    }
    return p.length;
  }

  private static double mean(double[] p) {
    double m = 0;
    for (int k = 0; k < p.length; k++) {
      m += (k + 1) * p[k];
    }
    return m;
  }

  @Test
  void report_plantedRemoteRecognitionGap_recoveredWithinInterval() {
    SplittableRandom random = new SplittableRandom(20261122L);
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      String arrangement = ARRANGEMENTS[random.nextInt(4)];
      double[] recognition = arrangement.equals("REMOTE") ? REMOTE : OTHERS;
      responses.add(Surveys.response("p" + i, Map.of(Dimension.WORK_ARRANGEMENT, arrangement),
          ITEMS, draw(random, OTHERS), 6 - draw(random, OTHERS), draw(random, recognition),
          draw(random, recognition)));
    }
    Disaggregation d = Disaggregation.of(Surveys.FOUR_ITEMS)
        .withBreakdowns(List.of(Breakdown.of(Dimension.WORK_ARRANGEMENT)));
    DisaggregationReport report = d.report(d.aggregate(responses.stream()));

    double planted = mean(REMOTE) - mean(OTHERS);
    double plantedFavorable = (REMOTE[3] + REMOTE[4]) - (OTHERS[3] + OTHERS[4]);
    List<Gap> ranking = report.largestCredibleGaps(Construct.RECOGNITION, 10);
    // Remote staff first; the other groups score above their rest of organisation, which holds
    // the remote staff, so their (positive) gaps are credible too and rank after.
    assertThat(ranking).hasSize(4);
    assertThat(ranking.subList(1, 4).stream().allMatch(g -> g.difference() > 0)).isTrue();
    Gap remote = ranking.get(0);
    assertThat(remote.subgroup()).isEqualTo(Subgroup.of(Dimension.WORK_ARRANGEMENT, "REMOTE"));
    assertThat(remote.differenceInterval().orElseThrow().contains(planted)).isTrue();
    assertThat(remote.favorableDifferenceInterval().orElseThrow().contains(plantedFavorable))
        .isTrue();
    assertThat(remote.hedgesG().getAsDouble()).isLessThan(0);
    assertThat(remote.q().getAsDouble()).isLessThan(1e-6);
    // Voice was drawn from one distribution for everyone: at most small effects (|g| < 0.2, the
    // conventional bound of a small effect), against the large planted one.
    assertThat(remote.hedgesG().getAsDouble()).isLessThan(-0.8);
    report.gaps().stream().filter(g -> g.construct().equals(Construct.VOICE))
        .forEach(g -> assertThat(Math.abs(g.hedgesG().getAsDouble())).isLessThan(0.2));
  }
}
