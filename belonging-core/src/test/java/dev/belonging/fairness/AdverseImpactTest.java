package dev.belonging.fairness;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdverseImpactTest {
  private static final Dimension ROLE = Dimension.ROLE;

  @Test
  void test_oneOfTenAgainstTwentyOfNinety_flaggedButNotSupported() {
    AdverseImpactResult result = AdverseImpact.withDefaults().test(ROLE, ImmutableList.of(
        SelectionOutcome.of("night shift", 1, 10), SelectionOutcome.of("day shift", 20, 90)));

    GroupImpact night = result.group("night shift").orElseThrow().value();
    assertThat(result.reference()).hasValue("day shift");
    assertThat(night.belowFourFifths()).isTrue();
    assertThat(night.verdict()).isEqualTo(DisparityVerdict.FLAGGED_NOT_SUPPORTED);
    assertThat(night.sentence()).contains("not statistically supported");
    assertThat(night.sentence()).contains("'night shift'");
    // (20/90) · 10 - 1 = 1.22 more selections: parity needs 2 people.
    assertThat(night.shortfall()).isEqualTo(2);
    // 2 of 10 would be 0.9 of the reference rate: the flag hangs on one person.
    assertThat(night.oneSelectionFlipsFlag()).isTrue();
    assertThat(result.verdict()).contains("1 below the threshold but not supported");
  }

  @Test
  void test_largeClearGap_flaggedAndSupported() {
    AdverseImpactResult result = AdverseImpact.withDefaults().test(ROLE, ImmutableList.of(
        SelectionOutcome.of("a", 5, 60), SelectionOutcome.of("b", 40, 100)));

    GroupImpact a = result.group("a").orElseThrow().value();
    assertThat(a.verdict()).isEqualTo(DisparityVerdict.FLAGGED_AND_SUPPORTED);
    assertThat(a.fisherP().getAsDouble()).isLessThan(0.05);
    assertThat(a.sentence()).contains("statistically supported");
    assertThat(a.sentence()).contains("19 people more selected");
    assertThat(result.group("b").orElseThrow().value().verdict())
        .isEqualTo(DisparityVerdict.REFERENCE);
  }

  @Test
  void test_ratioAboveThreshold_notFlagged() {
    AdverseImpactResult result = AdverseImpact.withDefaults().test(ROLE, ImmutableList.of(
        SelectionOutcome.of("a", 18, 100), SelectionOutcome.of("b", 20, 100)));

    GroupImpact a = result.group("a").orElseThrow().value();
    assertThat(a.verdict()).isEqualTo(DisparityVerdict.NOT_FLAGGED);
    assertThat(a.impactRatio()).hasValue(0.9);
    assertThat(a.oneSelectionFlipsFlag()).isFalse();
    assertThat(a.shortfall()).isEqualTo(2);
  }

  @Test
  void test_nobodySelected_noRatioNotFlagged() {
    AdverseImpactResult result = AdverseImpact.withDefaults().test(ROLE, ImmutableList.of(
        SelectionOutcome.of("a", 0, 10), SelectionOutcome.of("b", 0, 12)));

    GroupImpact a = result.group("a").orElseThrow().value();
    assertThat(a.impactRatio()).isEmpty();
    assertThat(a.impactRatioInterval()).isEmpty();
    assertThat(a.z()).isEmpty();
    assertThat(a.verdict()).isEqualTo(DisparityVerdict.NOT_FLAGGED);
  }

  @Test
  void test_twoGroupsOneSmall_bothSuppressed() {
    AdverseImpactResult result = AdverseImpact.withDefaults().test(ROLE, ImmutableList.of(
        SelectionOutcome.of("small", 0, 4), SelectionOutcome.of("large", 30, 100)));

    assertThat(result.group("small").orElseThrow().suppression())
        .hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
    assertThat(result.group("large").orElseThrow().suppression())
        .hasValue(Suppression.COMPLEMENT_DISCLOSURE);
    assertThat(result.reference()).isEmpty();
    assertThat(result.verdict()).contains("suppressed");
    assertThrows(IllegalStateException.class, () -> result.groups().get(0).value());
  }

  @Test
  void test_smallGroupAmongFour_nextSmallestSuppressedToo() {
    AdverseImpactResult result = AdverseImpact.withDefaults().test(ROLE, ImmutableList.of(
        SelectionOutcome.of("a", 10, 50), SelectionOutcome.of("b", 10, 40),
        SelectionOutcome.of("c", 3, 30), SelectionOutcome.of("d", 0, 3)));

    assertThat(result.group("a").orElseThrow().isPublished()).isTrue();
    assertThat(result.group("b").orElseThrow().isPublished()).isTrue();
    assertThat(result.group("c").orElseThrow().suppression())
        .hasValue(Suppression.COMPLEMENT_DISCLOSURE);
    assertThat(result.group("d").orElseThrow().suppression())
        .hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
  }

  @Test
  void test_sensitiveDimension_policySensitiveMinimum() {
    List<SelectionOutcome> outcomes = ImmutableList.of(
        SelectionOutcome.of("x", 2, 7), SelectionOutcome.of("y", 3, 8),
        SelectionOutcome.of("z", 20, 80));

    AdverseImpactResult plain = AdverseImpact.withDefaults().test(Dimension.of("site"), outcomes);
    AdverseImpactResult sensitive =
        AdverseImpact.withDefaults().test(Dimension.sensitive("ethnicity"), outcomes);

    assertThat(plain.minimumGroupSize()).isEqualTo(5);
    assertThat(plain.group("x").orElseThrow().isPublished()).isTrue();
    assertThat(sensitive.minimumGroupSize()).isEqualTo(10);
    assertThat(sensitive.group("x").orElseThrow().suppression())
        .hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
    assertThat(sensitive.group("y").orElseThrow().suppression())
        .hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
    assertThat(sensitive.group("z").orElseThrow().isPublished()).isTrue();

    AdverseImpactResult stricter = AdverseImpact.withDefaults()
        .withPolicy(AnonymityPolicy.withDefaults().withSensitiveMinimum(12))
        .test(Dimension.sensitive("ethnicity"), ImmutableList.of(SelectionOutcome.of("x", 5, 11),
            SelectionOutcome.of("y", 5, 12), SelectionOutcome.of("z", 20, 80)));
    assertThat(stricter.minimumGroupSize()).isEqualTo(12);
    assertThat(stricter.group("x").orElseThrow().suppression())
        .hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
    // y alone would leave x derivable from the total: 11 >= 5 but below the sensitive 12.
    assertThat(stricter.group("y").orElseThrow().suppression())
        .hasValue(Suppression.COMPLEMENT_DISCLOSURE);
    assertThat(stricter.group("z").orElseThrow().isPublished()).isTrue();
  }

  @Test
  void test_smallCellWithinAStratum_groupsPublishedButPooledEvidenceWithheld() {
    // HYBRID has 4 people at site b. Site totals are known to readers, so REMOTE at site a
    // (with OFFICE at a) would reveal HYBRID at a, and HYBRID minus that is the cell of 4.
    List<SelectionOutcome> outcomes = ImmutableList.of(
        SelectionOutcome.inStratum("REMOTE", "a", 3, 20),
        SelectionOutcome.inStratum("REMOTE", "b", 0, 6),
        SelectionOutcome.inStratum("OFFICE", "a", 10, 30),
        SelectionOutcome.inStratum("OFFICE", "b", 12, 30),
        SelectionOutcome.inStratum("HYBRID", "a", 4, 10),
        SelectionOutcome.inStratum("HYBRID", "b", 1, 4));

    AdverseImpactResult result = AdverseImpact.withDefaults().test(ROLE, outcomes);

    assertThat(result.reference()).hasValue("OFFICE");
    GroupImpact remote = result.group("REMOTE").orElseThrow().value();
    assertThat(remote.size()).isEqualTo(26);
    assertThat(remote.pooled()).isEmpty();
    assertThat(remote.pooledSuppression()).hasValue(Suppression.COMPLEMENT_DISCLOSURE);
    GroupImpact hybrid = result.group("HYBRID").orElseThrow().value();
    assertThat(hybrid.size()).isEqualTo(14);
    assertThat(hybrid.pooledSuppression()).hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
  }

  @Test
  void test_everyStratumCellLargeEnough_pooledEvidencePublished() {
    AdverseImpactResult result = AdverseImpact.withDefaults().test(ROLE, ImmutableList.of(
        SelectionOutcome.inStratum("REMOTE", "a", 3, 20),
        SelectionOutcome.inStratum("REMOTE", "b", 1, 6),
        SelectionOutcome.inStratum("OFFICE", "a", 10, 30),
        SelectionOutcome.inStratum("OFFICE", "b", 12, 30)));

    GroupImpact remote = result.group("REMOTE").orElseThrow().value();
    assertThat(remote.pooledSuppression()).isEmpty();
    assertThat(remote.pooled().orElseThrow().strata()).isEqualTo(2);
  }

  @Test
  void test_unstratified_noPooledEvidenceAndNoReason() {
    AdverseImpactResult result = AdverseImpact.withDefaults().test(ROLE, ImmutableList.of(
        SelectionOutcome.of("a", 1, 10), SelectionOutcome.of("b", 20, 90)));
    GroupImpact a = result.group("a").orElseThrow().value();
    assertThat(a.pooled()).isEmpty();
    assertThat(a.pooledSuppression()).isEmpty();
  }

  @Test
  void testRecords_countsPeopleByGroupAndStratum() {
    Dimension arrangement = Dimension.WORK_ARRANGEMENT;
    List<OutcomeRecord> records = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      records.add(OutcomeRecord.of(
          Attributes.of(ImmutableMap.of(arrangement, i % 2 == 0 ? "REMOTE" : "OFFICE")),
          i % 3 == 0, i < 6 ? "2026-q1" : "2026-q2"));
    }

    ImmutableList<SelectionOutcome> outcomes = SelectionOutcome.fromRecords(arrangement, records);

    // REMOTE: i = 0,2,4 (q1, 0 selected) and 6,8,10 (q2, 6); OFFICE: 1,3,5 (3) and 7,9,11 (9).
    assertThat(outcomes).containsExactly(
        SelectionOutcome.inStratum("OFFICE", "2026-q1", 1, 3),
        SelectionOutcome.inStratum("OFFICE", "2026-q2", 1, 3),
        SelectionOutcome.inStratum("REMOTE", "2026-q1", 1, 3),
        SelectionOutcome.inStratum("REMOTE", "2026-q2", 1, 3)).inOrder();
    AdverseImpactResult result = AdverseImpact.withDefaults().withMinimumGroupSize(3)
        .testRecords(arrangement, records);
    assertThat(result.group("REMOTE").orElseThrow().value().size()).isEqualTo(6);
    assertThat(result.group("REMOTE").orElseThrow().value().pooled().orElseThrow().strata())
        .isEqualTo(2);
  }

  @Test
  void selectionOutcome_badCounts_rejectedNamingGroupAndRule() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> SelectionOutcome.of("a", -1, 10));
    assertThat(negative).hasMessageThat().isEqualTo("group 'a': selected must be >= 0, but was -1");
    IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
        () -> SelectionOutcome.of("a", 11, 10));
    assertThat(above).hasMessageThat()
        .isEqualTo("group 'a': selected must be <= size (10), but was 11");
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> SelectionOutcome.of("a", 0, 0));
    assertThat(empty).hasMessageThat().contains("size must be >= 1");
  }

  @Test
  void test_badLists_rejectedNamingPosition() {
    AdverseImpact check = AdverseImpact.withDefaults();
    assertThat(assertThrows(IllegalArgumentException.class, () -> check.test(ROLE,
        ImmutableList.of(SelectionOutcome.inStratum("a", "q1", 1, 10),
            SelectionOutcome.of("b", 1, 10))))).hasMessageThat()
        .isEqualTo("outcomes[1] has no stratum, but outcomes[0] has one (mismatched periods or"
            + " sites)");
    assertThat(assertThrows(IllegalArgumentException.class, () -> check.test(ROLE,
        ImmutableList.of(SelectionOutcome.of("a", 1, 10), SelectionOutcome.of("a", 1, 10)))))
        .hasMessageThat().isEqualTo("outcomes[1] repeats group 'a'");
    assertThrows(IllegalArgumentException.class, () -> check.test(ROLE, ImmutableList.of()));
    List<OutcomeRecord> records = ImmutableList.of(
        OutcomeRecord.of(Attributes.of(ImmutableMap.of(ROLE, "x")), true),
        OutcomeRecord.of(Attributes.none(), false));
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> check.testRecords(ROLE, records))).hasMessageThat()
        .isEqualTo("records[1] has no value for dimension 'role'");
  }

  @Test
  void settings_outOfRange_rejected() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> AdverseImpact.withDefaults().withMinimumGroupSize(2))).hasMessageThat()
        .isEqualTo("minimumGroupSize must be >= 3, but was 2");
    assertThrows(IllegalArgumentException.class,
        () -> AdverseImpact.withDefaults().withFourFifthsThreshold(Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> AdverseImpact.withDefaults().withLevel(1));
    assertThrows(IllegalArgumentException.class,
        () -> AdverseImpact.withDefaults().withAlpha(0));
  }

  @Test
  void configuration_isAValue() {
    new EqualsTester()
        .addEqualityGroup(AdverseImpact.withDefaults(),
            AdverseImpact.withDefaults().withFourFifthsThreshold(0.8))
        .addEqualityGroup(AdverseImpact.withDefaults().withLevel(0.9))
        .addEqualityGroup(AdverseImpact.withDefaults().withMinimumGroupSize(10),
            AdverseImpact.withDefaults().withPolicy(AnonymityPolicy.withDefaults()
                .withResponseRateMinimum(10).withMinimumGroupSize(10)))
        .addEqualityGroup(AdverseImpact.withDefaults()
            .withPolicy(AnonymityPolicy.withDefaults().withCoalitionSize(0)))
        .testEquals();
    assertThat(AdverseImpact.withDefaults().withMinimumGroupSize(12).policy().sensitiveMinimum())
        .isEqualTo(12);
  }

  @Test
  void toString_neverShowsGroupLabels() {
    AdverseImpactResult result = AdverseImpact.withDefaults().test(ROLE, ImmutableList.of(
        SelectionOutcome.of("secretlabel", 1, 10), SelectionOutcome.of("otherlabel", 20, 90)));
    assertThat(result.toString()).doesNotContain("label");
    assertThat(result.groups().get(0).toString()).doesNotContain("label");
    assertThat(result.groups().get(0).value().toString()).doesNotContain("label");
    assertThat(SelectionOutcome.of("secretlabel", 1, 10).toString()).doesNotContain("label");
  }
}
