package dev.belonging.fairness;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecognitionEquityTest {
  private static final Dimension ARRANGEMENT = Dimension.WORK_ARRANGEMENT;

  @Test
  void testRecords_remoteRecognisedLess_flaggedWithVerdictFollowingP() {
    List<RecognitionRecord> records = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      records.add(RecognitionRecord.of(
          Attributes.of(ImmutableMap.of(ARRANGEMENT, "REMOTE")), 12, i % 4 == 0 ? 1 : 0));
      records.add(RecognitionRecord.of(
          Attributes.of(ImmutableMap.of(ARRANGEMENT, "OFFICE")), 12, 2));
    }

    RecognitionResult result = RecognitionEquity.withDefaults().testRecords(ARRANGEMENT, records);

    assertThat(result.reference()).hasValue("OFFICE");
    GroupRecognition remote = result.group("REMOTE").orElseThrow().value();
    assertThat(remote.events()).isEqualTo(5);
    assertThat(remote.personPeriods()).isEqualTo(240.0);
    assertThat(remote.rateRatio()).hasValue(0.125); // (5/240) / (40/240)
    assertThat(remote.belowThreshold()).isTrue();
    assertThat(remote.verdict()).isEqualTo(remote.p().getAsDouble() < 0.05
        ? DisparityVerdict.FLAGGED_AND_SUPPORTED : DisparityVerdict.FLAGGED_NOT_SUPPORTED);
    assertThat(remote.sentence()).contains("'REMOTE'");
  }

  @Test
  void test_thresholdConfigurable() {
    List<RecognitionCount> counts = ImmutableList.of(
        RecognitionCount.of("REMOTE", 10, 120, 17), RecognitionCount.of("OFFICE", 10, 120, 20));
    assertThat(RecognitionEquity.withDefaults().test(ARRANGEMENT, counts).group("REMOTE")
        .orElseThrow().value().belowThreshold()).isFalse();
    assertThat(RecognitionEquity.withDefaults().withThreshold(0.9).test(ARRANGEMENT, counts)
        .group("REMOTE").orElseThrow().value().belowThreshold()).isTrue();
  }

  @Test
  void test_suppressionByPeopleNotPersonPeriods() {
    RecognitionResult result = RecognitionEquity.withDefaults().test(ARRANGEMENT, ImmutableList.of(
        RecognitionCount.of("REMOTE", 4, 400, 3), RecognitionCount.of("OFFICE", 50, 600, 60)));
    assertThat(result.group("REMOTE").orElseThrow().suppression())
        .hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
    assertThat(result.group("OFFICE").orElseThrow().suppression())
        .hasValue(Suppression.COMPLEMENT_DISCLOSURE);
  }

  @Test
  void counts_invalid_rejected() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> RecognitionCount.of("a", 3, 10, -1))).hasMessageThat()
        .isEqualTo("group 'a': events must be >= 0, but was -1");
    assertThrows(IllegalArgumentException.class, () -> RecognitionCount.of("a", 3, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> RecognitionCount.of("a", 0, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> RecognitionRecord.of(Attributes.none(),
        Double.NaN, 1));
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> RecognitionEquity.withDefaults().test(ARRANGEMENT, ImmutableList.of(
            RecognitionCount.of("a", 5, 10, 1), RecognitionCount.of("a", 5, 10, 1)))))
        .hasMessageThat().isEqualTo("counts[1] repeats group 'a'");
  }
}
