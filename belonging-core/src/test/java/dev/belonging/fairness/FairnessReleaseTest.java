package dev.belonging.fairness;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.anonymity.CellKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The release of the fairness checks through the exact disclosure engine, checked exhaustively on
 * small workforces against an independent attacker ({@link LinearAttacker}) and against the
 * complement rule the checks applied before the engine.
 */
class FairnessReleaseTest {
  private static final AnonymityPolicy DEFAULTS = AnonymityPolicy.withDefaults();

  /**
   * All 2,800 vectors of 1 to 4 groups of 1 to 7 people (minimum 5): sizes below, at and above
   * the minimum, and small groups that reach it only together. (Before the exact engine this test
   * ran sizes up to 9, 7,380 vectors; an engine release takes about a millisecond, so the range
   * was cut to keep the suite fast. Sizes 8 and 9 add no pattern: a group of 5 or more matters
   * only by its rank among the others, and three values give every rank of the at most three
   * large groups that share a vector with a small one.)
   */
  @Test
  void ofGroups_allSmallSizeVectors_nothingSmallDerivableAndEverySuppressionNeeded() {
    int checked = exhaust(4, 7, false);
    assertThat(checked).isEqualTo(7 + 49 + 343 + 2401);
  }

  /**
   * All 1,884 vectors of 1 to 3 groups of 1 to 12 people of a sensitive dimension (minimum 10 for
   * a set inside one group, 5 for any other set, a person may know their own answer): groups
   * below 10 are suppressed, nothing small is derivable, and every other suppression is needed.
   */
  @Test
  void ofGroups_sensitiveSmallSizeVectors_sensitiveMinimumProtected() {
    int checked = exhaust(3, 12, true);
    assertThat(checked).isEqualTo(12 + 144 + 1728);
  }

  /**
   * Every vector of 1 to {@code maxGroups} group sizes in 1..{@code maxSize}: the attacker derives
   * nothing small from the total and the published groups, and publishing any cell suppressed as
   * complementary would let it derive something. Without a sensitive dimension the decisions are
   * also the complement rule's.
   */
  private static int exhaust(int maxGroups, int maxSize, boolean sensitive) {
    int k = DEFAULTS.minimumGroupSize();
    int minimum = sensitive ? DEFAULTS.sensitiveMinimum() : k;
    int checked = 0;
    for (int groups = 1; groups <= maxGroups; groups++) {
      int[] digits = new int[groups];
      do {
        long[] sizes = Arrays.stream(digits).mapToLong(d -> d + 1L).toArray();
        String where = Arrays.toString(sizes);
        FairnessRelease release =
            FairnessRelease.ofGroups(DEFAULTS, CellKind.SCORE, sensitive, sizes);
        long total = Arrays.stream(sizes).sum();
        if (!sensitive) {
          List<Optional<Suppression>> expected = complementRule(sizes, minimum);
          assertWithMessage("%s total", where)
              .that(release.isPublished(FairnessRelease.TOTAL_CELL)).isEqualTo(total >= minimum);
          for (int g = 0; g < groups; g++) {
            assertWithMessage("%s group %s", where, g)
                .that(release.decision(FairnessRelease.groupCell(g))).isEqualTo(expected.get(g));
          }
        }
        List<int[]> published = new ArrayList<>();
        if (release.isPublished(FairnessRelease.TOTAL_CELL)) {
          published.add(allAtoms(groups));
        }
        for (int g = 0; g < groups; g++) {
          Optional<Suppression> decision = release.decision(FairnessRelease.groupCell(g));
          assertWithMessage("%s group %s", where, g)
              .that(decision.equals(Optional.of(Suppression.BELOW_MINIMUM_GROUP_SIZE)))
              .isEqualTo(sizes[g] < minimum);
          if (decision.isEmpty()) {
            published.add(new int[] {g});
          }
        }
        LinearAttacker attacker = new LinearAttacker(sizes,
            LinearAttacker.groupClasses(groups, sensitive), k, DEFAULTS.sensitiveMinimum(),
            DEFAULTS.coalitionSize());
        assertWithMessage("%s disclosure", where).that(attacker.findDisclosure(published))
            .isEmpty();
        for (int g = 0; g < groups; g++) {
          if (release.decision(FairnessRelease.groupCell(g))
              .equals(Optional.of(Suppression.COMPLEMENT_DISCLOSURE))) {
            List<int[]> more = new ArrayList<>(published);
            more.add(new int[] {g});
            assertWithMessage("%s group %s was suppressed without need", where, g)
                .that(attacker.findDisclosure(more)).isPresent();
          }
        }
        if (total >= k && !release.isPublished(FairnessRelease.TOTAL_CELL)) {
          List<int[]> more = new ArrayList<>(published);
          more.add(allAtoms(groups));
          assertWithMessage("%s total was suppressed without need", where)
              .that(attacker.findDisclosure(more)).isPresent();
        }
        checked++;
      } while (next(digits, maxSize));
    }
    return checked;
  }

  /**
   * The rule the checks applied before the exact engine, kept as an oracle: groups below the
   * minimum are suppressed; while the suppressed groups together are nonempty and below the
   * minimum, the smallest published group (ties: the later one) is suppressed too.
   */
  private static List<Optional<Suppression>> complementRule(long[] sizes, int minimum) {
    List<Optional<Suppression>> out = new ArrayList<>();
    long suppressed = 0;
    for (long size : sizes) {
      boolean small = size < minimum;
      out.add(small ? Optional.of(Suppression.BELOW_MINIMUM_GROUP_SIZE) : Optional.empty());
      suppressed += small ? size : 0;
    }
    while (suppressed > 0 && suppressed < minimum) {
      int smallest = -1;
      for (int i = 0; i < sizes.length; i++) {
        if (out.get(i).isEmpty() && (smallest < 0 || sizes[i] <= sizes[smallest])) {
          smallest = i;
        }
      }
      if (smallest < 0) {
        break;
      }
      out.set(smallest, Optional.of(Suppression.COMPLEMENT_DISCLOSURE));
      suppressed += sizes[smallest];
    }
    return out;
  }

  @Test
  void ofGroups_oneSmallGroup_onlyTheNextSmallestGivesWay() {
    FairnessRelease release = FairnessRelease.ofGroups(DEFAULTS, CellKind.SCORE, false,
        new long[] {50, 6, 40, 2, 7});
    // 2 is too small; the total minus the others would reveal it, so 6 goes too (6 + 2 >= 5).
    assertThat(release.isPublished(FairnessRelease.groupCell(0))).isTrue();
    assertThat(release.decision(FairnessRelease.groupCell(1)))
        .hasValue(Suppression.COMPLEMENT_DISCLOSURE);
    assertThat(release.isPublished(FairnessRelease.groupCell(2))).isTrue();
    assertThat(release.decision(FairnessRelease.groupCell(3)))
        .hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
    assertThat(release.isPublished(FairnessRelease.groupCell(4))).isTrue();
    assertThat(release.publishedGroups(5)).isEqualTo(3);
  }

  @Test
  void plan_groupWithinStrata_detailThatRevealsASmallCellSuppressed() {
    // Group A: 6 people at site 1 and 2 at site 2; group B: 9 and 8. Publishing A at site 1
    // would reveal A at site 2 (A minus A at site 1), a cell of 2.
    FairnessRelease.Plan plan = FairnessRelease.plan(CellKind.SCORE);
    int a1 = plan.atom(6);
    int a2 = plan.atom(2);
    int b1 = plan.atom(9);
    int b2 = plan.atom(8);
    plan.cell(FairnessRelease.TOTAL, false, plan.allAtoms());
    int groupA = plan.cell(FairnessRelease.GROUP, false, a1, a2);
    int groupB = plan.cell(FairnessRelease.GROUP, false, b1, b2);
    int detailA1 = plan.cell(FairnessRelease.DETAIL, false, a1);
    int detailA2 = plan.cell(FairnessRelease.DETAIL, false, a2);
    int detailB1 = plan.cell(FairnessRelease.DETAIL, false, b1);
    FairnessRelease release = plan.decide(DEFAULTS);

    assertThat(release.isPublished(groupA)).isTrue();
    assertThat(release.isPublished(groupB)).isTrue();
    assertThat(release.decision(detailA2)).hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
    assertThat(release.decision(detailA1)).hasValue(Suppression.COMPLEMENT_DISCLOSURE);
    assertThat(release.isPublished(detailB1)).isTrue();
  }

  @Test
  void withMinimum_raisesDependentMinimumsAndRejectsBelowThree() {
    AnonymityPolicy twelve = FairnessRelease.withMinimum(DEFAULTS, 12);
    assertThat(twelve.minimumGroupSize()).isEqualTo(12);
    assertThat(twelve.responseRateMinimum()).isEqualTo(12);
    assertThat(twelve.sensitiveMinimum()).isEqualTo(12);
    assertThat(twelve.commentMinimum()).isEqualTo(12);
    AnonymityPolicy three = FairnessRelease.withMinimum(DEFAULTS, 3);
    assertThat(three.sensitiveMinimum()).isEqualTo(DEFAULTS.sensitiveMinimum());
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> FairnessRelease.withMinimum(DEFAULTS, 2))).hasMessageThat()
        .isEqualTo("minimumGroupSize must be >= 3, but was 2");
  }

  private static int[] allAtoms(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
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
