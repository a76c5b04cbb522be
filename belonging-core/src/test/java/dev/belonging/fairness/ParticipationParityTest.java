package dev.belonging.fairness;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.Roster;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipationParityTest {
  private static final Dimension TEAM = Dimension.TEAM;

  private static Attributes team(String name) {
    return Attributes.of(ImmutableMap.of(TEAM, name));
  }

  private static Response response(int i, String team) {
    return Response.builder().respondentId("r" + i).attributes(team(team)).build();
  }

  @Test
  void test_rosterAndResponses_countsRatesAndFlags() {
    List<Attributes> invited = new ArrayList<>();
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      invited.add(team("support"));
      invited.add(team("sales"));
      if (i < 16) {
        responses.add(response(i, "support"));
      }
      if (i < 10) {
        responses.add(response(100 + i, "sales"));
      }
    }

    ParticipationResult result =
        ParticipationParity.withDefaults().test(TEAM, Roster.of(invited), responses);

    assertThat(result.reference()).hasValue("support");
    GroupParticipation sales = result.group("sales").orElseThrow().value();
    assertThat(sales.invited()).isEqualTo(20);
    assertThat(sales.responded()).isEqualTo(10);
    assertThat(sales.belowMinimumRate()).isTrue();
    assertThat(sales.gap()).hasValue(0.5 - 0.8);
    assertThat(sales.gapSupported()).isEqualTo(sales.gapInterval().orElseThrow().upper() < 0);
    assertThat(result.group("support").orElseThrow().value().belowMinimumRate()).isFalse();
    assertThat(result.verdict()).contains("1 respond below 60.0%");
  }

  @Test
  void test_rateExactlyAtMinimum_notFlagged() {
    ParticipationResult result = ParticipationParity.withDefaults().test(TEAM, ImmutableList.of(
        ParticipationCount.of("a", 10, 6), ParticipationCount.of("b", 10, 9)));
    assertThat(result.group("a").orElseThrow().value().belowMinimumRate()).isFalse();
  }

  @Test
  void test_groupsAreResponseRateCells_responseRateMinimumApplies() {
    List<ParticipationCount> counts = ImmutableList.of(ParticipationCount.of("a", 7, 5),
        ParticipationCount.of("b", 30, 20), ParticipationCount.of("c", 40, 30));
    ParticipationParity check = ParticipationParity.withDefaults()
        .withPolicy(AnonymityPolicy.withDefaults().withResponseRateMinimum(8));

    ParticipationResult result = check.test(TEAM, counts);

    assertThat(check.minimumGroupSize()).isEqualTo(8);
    assertThat(result.minimumGroupSize()).isEqualTo(8);
    assertThat(result.group("a").orElseThrow().suppression())
        .hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
    // The overall rate is known: b published beside c would reveal a, so b (smaller) gives way.
    assertThat(result.group("b").orElseThrow().suppression())
        .hasValue(Suppression.COMPLEMENT_DISCLOSURE);
    assertThat(result.group("c").orElseThrow().isPublished()).isTrue();
    assertThat(ParticipationParity.withDefaults().test(TEAM, counts).group("a").orElseThrow()
        .isPublished()).isTrue();
  }

  @Test
  void fromRoster_moreResponsesThanInvited_rejected() {
    Roster roster = Roster.of(ImmutableList.of(team("a"), team("a")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParticipationCount.fromRoster(TEAM, roster, ImmutableList.of(
            response(1, "a"), response(2, "a"), response(3, "a"))));
    assertThat(e).hasMessageThat().contains("group 'a' has 3 responses but only 2 invited");
    assertThrows(IllegalArgumentException.class,
        () -> ParticipationCount.of("a", 5, 6));
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> ParticipationCount.fromRoster(TEAM, roster, ImmutableList.of(
            Response.builder().respondentId("x").build())))).hasMessageThat()
        .isEqualTo("responses[0] has no value for dimension 'team'");
  }
}
