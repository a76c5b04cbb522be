package dev.belonging.fairness;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.workforce.Dimension;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The suppression seam, checked exhaustively on small workforces. */
class FairnessReleaseTest {
  private static final Dimension PLAIN = Dimension.of("site");

  @Test
  void decide_allSmallSizeVectors_noGroupBelowMinimumAndNoSmallComplement() {
    int checked = 0;
    for (int groups = 1; groups <= 4; groups++) {
      int[] digits = new int[groups];
      do {
        long[] sizes = Arrays.stream(digits).mapToLong(d -> d + 1L).toArray();
        FairnessRelease release = FairnessRelease.decide(5, PLAIN, sizes);
        long suppressedTotal = 0;
        int published = 0;
        for (int g = 0; g < groups; g++) {
          if (release.isPublished(g)) {
            published++;
            assertWithMessage("%s group %s", Arrays.toString(sizes), g)
                .that(sizes[g]).isAtLeast(5L);
          } else {
            suppressedTotal += sizes[g];
            assertWithMessage("%s group %s reason", Arrays.toString(sizes), g)
                .that(release.decision(g).orElseThrow()).isEqualTo(sizes[g] < 5
                    ? Suppression.BELOW_MINIMUM_GROUP_SIZE : Suppression.COMPLEMENT_DISCLOSURE);
          }
        }
        // What a reader can recover from a known total is the suppressed groups together.
        assertWithMessage("%s", Arrays.toString(sizes))
            .that(published == 0 || suppressedTotal == 0 || suppressedTotal >= 5).isTrue();
        checked++;
      } while (next(digits, 9));
    }
    assertThat(checked).isEqualTo(9 + 81 + 729 + 6561);
  }

  @Test
  void decide_complement_suppressesOnlyWhatIsNeeded() {
    FairnessRelease release = FairnessRelease.decide(5, PLAIN, new long[] {50, 6, 40, 2, 7});
    // Suppressed: 2 (too small), then the smallest published, 6, makes 8 >= 5: stop.
    assertThat(release.isPublished(0)).isTrue();
    assertThat(release.decision(1)).hasValue(Suppression.COMPLEMENT_DISCLOSURE);
    assertThat(release.isPublished(2)).isTrue();
    assertThat(release.decision(3)).hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
    assertThat(release.isPublished(4)).isTrue();
  }

  @Test
  void decide_twoSmallGroupsTogetherLargeEnough_publishesTheRest() {
    FairnessRelease release = FairnessRelease.decide(5, PLAIN, new long[] {50, 3, 3});
    assertThat(release.isPublished(0)).isTrue();
    assertThat(release.isPublished(1)).isFalse();
    assertThat(release.isPublished(2)).isFalse();
  }

  @Test
  void overall_belowMinimum_suppressed() {
    assertThat(FairnessRelease.overall(5, 4)).hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
    assertThat(FairnessRelease.overall(5, 5)).isEmpty();
  }

  private static boolean next(int[] digits, int base) {
    for (int i = 0; i < digits.length; i++) {
      if (++digits[i] < base) {
        return true;
      }
      digits[i] = 0;
    }
    return false;
  }
}
