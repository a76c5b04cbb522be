package dev.belonging.intervention;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import dev.belonging.workforce.WorkArrangement;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PairingSchedulerProperties {
  /** No DST change in these zones on or around the default reference date 2026-01-14. */
  private static final List<String> ZONES = ImmutableList.of(
      "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Tokyo");
  private static final int STEP_MINUTES = 5;

  @Provide
  Arbitrary<List<Participant>> crowds() {
    Arbitrary<int[]> person = Combinators.combine(
        Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, ZONES.size() - 1),
        Arbitraries.integers().between(0, 23),
        Arbitraries.integers().between(3, 10))
        .as((arrangement, team, zone, start, length) ->
            new int[] {arrangement, team, zone, start, length});
    return person.list().ofMinSize(2).ofMaxSize(24).map(specs -> {
      List<Participant> people = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        int[] s = specs.get(i);
        people.add(Participant.of("p" + i, WorkArrangement.values()[s[0]], "team" + s[1],
            ZONES.get(s[2]), LocalTime.of(s[3], 0), LocalTime.of((s[3] + s[4]) % 24, 0)));
      }
      return people;
    });
  }

  private static List<PairingRound> history(
      PairingScheduler scheduler, List<Participant> people, int rounds) {
    List<PairingRound> history = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      history.add(scheduler.withSeed(r).schedule(people, history));
    }
    return history;
  }

  /** Brute force, independent of the scheduler: minutes in one UTC day when all are working. */
  private static long sharedMinutes(List<Participant> group) {
    Instant origin = java.time.LocalDate.of(2026, 1, 14).atStartOfDay(ZoneOffset.UTC).toInstant();
    long shared = 0;
    for (int m = 0; m < 24 * 60; m += STEP_MINUTES) {
      Instant t = origin.plusSeconds(60L * m);
      boolean all = true;
      for (Participant p : group) {
        LocalTime local = t.atZone(p.timeZone()).toLocalTime();
        boolean working = p.workStart().isBefore(p.workEnd())
            ? !local.isBefore(p.workStart()) && local.isBefore(p.workEnd())
            : !local.isBefore(p.workStart()) || local.isBefore(p.workEnd());
        all &= working;
      }
      shared += all ? STEP_MINUTES : 0;
    }
    return shared;
  }

  private static Map<String, Participant> byId(List<Participant> people) {
    Map<String, Participant> map = new HashMap<>();
    people.forEach(p -> map.put(p.id(), p));
    return map;
  }

  @Property(tries = 60)
  void schedule_everyoneGroupedOrExplicitlyUnmatched(
      @ForAll("crowds") List<Participant> people, @ForAll @IntRange(max = 3) int rounds) {
    PairingScheduler scheduler = PairingScheduler.withDefaults().withNoRepeatRounds(2);
    PairingRound round = scheduler.schedule(people, history(scheduler, people, rounds));
    List<String> placed = new ArrayList<>();
    round.groups().forEach(g -> placed.addAll(g.members()));
    round.unmatched().forEach(u -> placed.add(u.participantId()));
    assertThat(placed).containsExactlyElementsIn(byId(people).keySet());
    for (Unmatched u : round.unmatched()) {
      assertThat(u.explanation()).startsWith("unmatched, because ");
    }
  }

  @Property(tries = 60)
  void schedule_workingHoursOverlapRespected(@ForAll("crowds") List<Participant> people) {
    PairingRound round = PairingScheduler.withDefaults().schedule(people, ImmutableList.of());
    Map<String, Participant> byId = byId(people);
    for (PairingGroup group : round.groups()) {
      List<Participant> members = new ArrayList<>();
      group.members().forEach(id -> members.add(byId.get(id)));
      assertThat(sharedMinutes(members)).isAtLeast(30L);
    }
    for (Unmatched u : round.unmatched()) {
      if (u.reason() == UnmatchedReason.NO_OVERLAPPING_HOURS) {
        for (Participant other : people) {
          if (!other.id().equals(u.participantId())) {
            assertThat(sharedMinutes(ImmutableList.of(byId.get(u.participantId()), other)))
                .isLessThan(30L);
          }
        }
      }
    }
  }

  @Property(tries = 40)
  void schedule_noRepeatWithinWindow(
      @ForAll("crowds") List<Participant> people,
      @ForAll @IntRange(min = 1, max = 3) int window,
      @ForAll @IntRange(max = 5) int rounds) {
    PairingScheduler scheduler = PairingScheduler.withDefaults().withNoRepeatRounds(window);
    List<PairingRound> history = history(scheduler, people, rounds);
    PairingRound round = scheduler.schedule(people, history);
    Set<Set<String>> recent = new HashSet<>();
    for (PairingRound earlier : history.subList(Math.max(0, history.size() - window),
        history.size())) {
      for (PairingGroup g : earlier.groups()) {
        pairsOf(g).forEach(recent::add);
      }
    }
    for (PairingGroup g : round.groups()) {
      for (Set<String> pair : pairsOf(g)) {
        assertThat(recent).doesNotContain(pair);
      }
    }
  }

  private static List<Set<String>> pairsOf(PairingGroup group) {
    List<Set<String>> pairs = new ArrayList<>();
    for (int a = 0; a < group.members().size(); a++) {
      for (int b = a + 1; b < group.members().size(); b++) {
        Set<String> pair = new HashSet<>();
        pair.add(group.members().get(a));
        pair.add(group.members().get(b));
        pairs.add(pair);
      }
    }
    return pairs;
  }

  @Property(tries = 40)
  void schedule_deterministicForSeedAndInputOrder(
      @ForAll("crowds") List<Participant> people, @ForAll long seed) {
    PairingScheduler scheduler = PairingScheduler.withDefaults().withSeed(seed);
    List<PairingRound> history = history(scheduler, people, 2);
    PairingRound round = scheduler.schedule(people, history);
    List<Participant> shuffled = new ArrayList<>(people);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(scheduler.schedule(people, history)).isEqualTo(round);
    assertThat(scheduler.schedule(shuffled, history)).isEqualTo(round);
  }

  @Property(tries = 20)
  void schedule_oddRounds_trioGoesToFewestTriosSoFar(
      @ForAll @IntRange(min = 2, max = 7) int half,
      @ForAll @IntRange(min = 2, max = 8) int rounds) {
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < 2 * half + 1; i++) {
      people.add(Participant.of("p" + i, WorkArrangement.values()[i % 3], "t" + (i % 2),
          ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }
    PairingScheduler scheduler = PairingScheduler.withDefaults().withNoRepeatRounds(0);
    Map<String, Integer> trios = new HashMap<>();
    people.forEach(p -> trios.put(p.id(), 0));
    List<PairingRound> history = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      PairingRound round = scheduler.withSeed(r).schedule(people, history);
      PairingGroup trio = round.groups().stream().filter(PairingGroup::isTrio)
          .findFirst().orElseThrow();
      int fewest = Collections.min(trios.values());
      assertThat(trios.get(trio.joinedAsThird().orElseThrow())).isEqualTo(fewest);
      trio.members().forEach(id -> trios.merge(id, 1, Integer::sum));
      history.add(round);
    }
    assertThat(Collections.max(trios.values()) - Collections.min(trios.values())).isAtMost(2);
  }
}
