package dev.belonging.intervention;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import dev.belonging.workforce.WorkArrangement;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairingSchedulerTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static Participant office(String id, String team) {
    return Participant.of(id, WorkArrangement.OFFICE, team, BERLIN, LocalTime.of(9, 0),
        LocalTime.of(17, 0));
  }

  static Participant remote(String id, String team) {
    return Participant.of(id, WorkArrangement.REMOTE, team, BERLIN, LocalTime.of(9, 0),
        LocalTime.of(17, 0));
  }

  @Test
  void schedule_remoteAndOffice_pairsAcrossArrangements() {
    PairingRound round = PairingScheduler.withDefaults().schedule(ImmutableList.of(
        remote("r1", "a"), remote("r2", "a"), office("o1", "a"), office("o2", "a")),
        ImmutableList.of());
    assertThat(round.groups()).hasSize(2);
    for (PairingGroup group : round.groups()) {
      assertThat(group.members().stream().filter(m -> m.startsWith("r")).count()).isEqualTo(1);
    }
    assertThat(round.unmatched()).isEmpty();
    assertThat(round.exactMatching()).isTrue();
  }

  @Test
  void schedule_sameArrangement_pairsAcrossTeams() {
    PairingRound round = PairingScheduler.withDefaults().schedule(ImmutableList.of(
        office("a1", "a"), office("a2", "a"), office("b1", "b"), office("b2", "b")),
        ImmutableList.of());
    for (PairingGroup group : round.groups()) {
      assertThat(group.members().get(0).charAt(0)).isNotEqualTo(group.members().get(1).charAt(0));
    }
  }

  @Test
  void schedule_threePeople_oneTrio() {
    PairingRound round = PairingScheduler.withDefaults().schedule(ImmutableList.of(
        office("a", "x"), remote("b", "y"), office("c", "z")), ImmutableList.of());
    assertThat(round.groups()).hasSize(1);
    assertThat(round.groups().get(0).isTrio()).isTrue();
    assertThat(round.groups().get(0).joinedAsThird()).isPresent();
  }

  @Test
  void schedule_noSharedHours_unmatchedWithReason() {
    Participant night = Participant.of("n", WorkArrangement.FRONTLINE_SHIFT, "ops", BERLIN,
        LocalTime.of(22, 0), LocalTime.of(6, 0));
    PairingRound round = PairingScheduler.withDefaults().schedule(ImmutableList.of(
        office("a", "x"), remote("b", "y"), night), ImmutableList.of());
    assertThat(round.groups()).hasSize(1);
    assertThat(round.unmatched()).containsExactly(
        Unmatched.of("n", UnmatchedReason.NO_OVERLAPPING_HOURS));
    assertThat(round.unmatched().get(0).explanation())
        .isEqualTo("unmatched, because nobody else shares enough working hours with them");
  }

  @Test
  void schedule_nightShiftsAcrossMidnight_overlap() {
    Participant late = Participant.of("late", WorkArrangement.FRONTLINE_SHIFT, "ops", BERLIN,
        LocalTime.of(22, 0), LocalTime.of(6, 0));
    Participant early = Participant.of("early", WorkArrangement.OFFICE, "hq", BERLIN,
        LocalTime.of(5, 0), LocalTime.of(13, 0));
    PairingRound round = PairingScheduler.withDefaults()
        .schedule(ImmutableList.of(late, early), ImmutableList.of());
    assertThat(round.groups()).hasSize(1);
  }

  @Test
  void schedule_timeZonesShiftHours() {
    Participant tokyo = Participant.of("t", WorkArrangement.REMOTE, "x", "Asia/Tokyo",
        LocalTime.of(9, 0), LocalTime.of(17, 0));
    Participant newYork = Participant.of("n", WorkArrangement.OFFICE, "y", "America/New_York",
        LocalTime.of(9, 0), LocalTime.of(17, 0));
    PairingRound apart = PairingScheduler.withDefaults()
        .schedule(ImmutableList.of(tokyo, newYork), ImmutableList.of());
    assertThat(apart.groups()).isEmpty();
    assertThat(apart.unmatched().stream().map(Unmatched::reason))
        .containsExactly(
            UnmatchedReason.NO_OVERLAPPING_HOURS, UnmatchedReason.NO_OVERLAPPING_HOURS);
  }

  @Test
  void schedule_recentPartners_unmatchedUntilWindowPasses() {
    List<Participant> two = ImmutableList.of(office("a", "x"), remote("b", "y"));
    PairingRound first = PairingScheduler.withDefaults().schedule(two, ImmutableList.of());
    assertThat(first.groups()).hasSize(1);
    PairingScheduler oneRound = PairingScheduler.withDefaults().withNoRepeatRounds(1);
    PairingRound second = oneRound.schedule(two, ImmutableList.of(first));
    assertThat(second.groups()).isEmpty();
    assertThat(second.unmatched().stream().map(Unmatched::reason)).containsExactly(
        UnmatchedReason.ONLY_RECENT_PARTNERS, UnmatchedReason.ONLY_RECENT_PARTNERS);
    PairingRound third = oneRound.schedule(two, ImmutableList.of(first, second));
    assertThat(third.groups()).hasSize(1);
  }

  @Test
  void schedule_poorMatchesBefore_getPriorityForTheBestPartner() {
    // One remote and three office people in one team: one office person must pair with another
    // office person (a poor match). The one left unmatched in earlier rounds gets the remote one.
    List<Participant> people = ImmutableList.of(
        remote("r", "a"), office("o1", "a"), office("o2", "a"), office("o3", "a"));
    PairingRound earlier = PairingRound.of(
        ImmutableList.of(PairingGroup.of(ImmutableList.of("o1", "o2"), 0.9)),
        ImmutableList.of(Unmatched.of("o3", UnmatchedReason.NO_PARTNER_LEFT)));
    List<PairingRound> history = ImmutableList.of(earlier, earlier, earlier);
    Set<List<String>> partnersOfRemoteWithoutHistory = new HashSet<>();
    for (long seed = 0; seed < 10; seed++) {
      PairingScheduler scheduler =
          PairingScheduler.withDefaults().withNoRepeatRounds(0).withSeed(seed);
      PairingRound round = scheduler.schedule(people, history);
      assertThat(round.groups()).contains(PairingGroup.of(ImmutableList.of("o3", "r"),
          round.groups().stream().filter(g -> g.members().contains("r")).findFirst()
              .orElseThrow().quality()));
      scheduler.schedule(people, ImmutableList.of()).groups().stream()
          .filter(g -> g.members().contains("r"))
          .forEach(g -> partnersOfRemoteWithoutHistory.add(g.members()));
    }
    assertThat(partnersOfRemoteWithoutHistory.size()).isGreaterThan(1);
  }

  @Test
  void schedule_badInput_clearErrors() {
    PairingScheduler scheduler = PairingScheduler.withDefaults();
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> scheduler.schedule(ImmutableList.of(), ImmutableList.of())))
        .hasMessageThat()
        .isEqualTo("participants must contain at least 2 people to pair, but had 0");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> scheduler.schedule(ImmutableList.of(office("a", "x")), ImmutableList.of())))
        .hasMessageThat()
        .isEqualTo("participants must contain at least 2 people to pair, but had 1");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> scheduler.schedule(
            ImmutableList.of(office("a", "x"), office("b", "x"), remote("a", "y")),
            ImmutableList.of())))
        .hasMessageThat()
        .isEqualTo("participant ids must be unique, but participants[2] repeats the id of "
            + "participants[0]");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> Participant.of("a", WorkArrangement.REMOTE, "x", "Mars/Olympus_Mons",
            LocalTime.of(9, 0), LocalTime.of(17, 0))))
        .hasMessageThat()
        .isEqualTo("timeZone must be a time-zone id known to java.time.ZoneId, but was unknown");
    assertThrows(IllegalArgumentException.class, () -> Participant.of("a",
        WorkArrangement.REMOTE, "x", BERLIN, LocalTime.of(9, 0), LocalTime.of(9, 0)));
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> scheduler.withNoRepeatRounds(-1)))
        .hasMessageThat().isEqualTo("noRepeatRounds must be >= 0, but was -1");
  }

  @Test
  void toString_revealsNoIds() {
    PairingRound round = PairingScheduler.withDefaults().schedule(ImmutableList.of(
        office("secret-a", "team-x"), remote("secret-b", "team-y")), ImmutableList.of());
    assertThat(round.toString()).doesNotContain("secret");
    assertThat(round.groups().get(0).toString()).doesNotContain("secret");
    assertThat(office("secret-a", "team-x").toString()).doesNotContain("team-x");
  }

  @Test
  void schedule_largeRoundSparseGreedy_everyonePlaced() {
    SplittableRandom random = new SplittableRandom(3);
    String[] zones = {"Europe/Berlin", "Europe/London", "America/New_York", "Asia/Kolkata"};
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < 1201; i++) {
      int start = 7 + random.nextInt(4);
      people.add(Participant.of("p" + i, WorkArrangement.values()[random.nextInt(4)],
          "t" + random.nextInt(40), zones[random.nextInt(zones.length)],
          LocalTime.of(start, 0), LocalTime.of(start + 8, 0)));
    }
    PairingScheduler scheduler = PairingScheduler.withDefaults().withExactMatchingLimit(500);
    PairingRound round = scheduler.schedule(people, ImmutableList.of());
    assertThat(round.exactMatching()).isFalse();
    Set<String> placed = new HashSet<>();
    round.groups().forEach(g -> placed.addAll(g.members()));
    round.unmatched().forEach(u -> placed.add(u.participantId()));
    assertThat(placed).hasSize(people.size());
    assertThat(round.unmatched().size()).isLessThan(people.size() / 50);
    assertThat(scheduler.schedule(people, ImmutableList.of())).isEqualTo(round);
  }
}
