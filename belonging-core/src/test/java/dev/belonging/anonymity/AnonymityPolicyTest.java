package dev.belonging.anonymity;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class AnonymityPolicyTest {

  @Test
  void withDefaults_documentedValues() {
    AnonymityPolicy p = AnonymityPolicy.withDefaults();
    assertThat(p.minimumGroupSize()).isEqualTo(5);
    assertThat(p.responseRateMinimum()).isEqualTo(5);
    assertThat(p.commentMinimum()).isEqualTo(10);
    assertThat(p.sensitiveMinimum()).isEqualTo(10);
    assertThat(p.coalitionSize()).isEqualTo(1);
  }

  @Test
  void withMinimumGroupSize_belowThree_explains() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AnonymityPolicy.withDefaults().withMinimumGroupSize(2));
    assertThat(e).hasMessageThat().isEqualTo("minimumGroupSize must be >= 3, but was 2");
  }

  @Test
  void withCoalitionSize_two_refused() {
    assertThrows(IllegalArgumentException.class,
        () -> AnonymityPolicy.withDefaults().withCoalitionSize(2));
  }

  @Test
  void minimumFor_kinds() {
    AnonymityPolicy p = AnonymityPolicy.withDefaults().withSensitiveMinimum(12);
    assertThat(p.minimumFor(CellKind.SCORE, false)).isEqualTo(5);
    assertThat(p.minimumFor(CellKind.SCORE, true)).isEqualTo(12);
    assertThat(p.minimumFor(CellKind.COMMENT, false)).isEqualTo(10);
    assertThat(p.minimumFor(CellKind.RESPONSE_RATE, true)).isEqualTo(12);
  }

  @Test
  void isAtLeastAsStrictAs_comparesEveryMinimum() {
    AnonymityPolicy p = AnonymityPolicy.withDefaults();
    assertThat(p.withMinimumGroupSize(6).isAtLeastAsStrictAs(p)).isTrue();
    assertThat(p.withCoalitionSize(0).isAtLeastAsStrictAs(p)).isFalse();
    assertThat(p.isAtLeastAsStrictAs(p.withCommentMinimum(11))).isFalse();
  }

  @Test
  void equals_byValue() {
    new EqualsTester()
        .addEqualityGroup(AnonymityPolicy.withDefaults(),
            AnonymityPolicy.withDefaults().withMinimumGroupSize(5))
        .addEqualityGroup(AnonymityPolicy.withDefaults().withMinimumGroupSize(6))
        .testEquals();
  }

  @Test
  void membersAndRequests_toStringHidesRespondents() {
    Members m = Members.of(42, 7, 7);
    assertThat(m.size()).isEqualTo(2);
    assertThat(m.toString()).doesNotContain("42");
    assertThat(CellRequest.score("team=a", m).toString()).doesNotContain("42");
  }
}
