package dev.belonging.fairness;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceEquityTest {
  private static final Dimension ARRANGEMENT = Dimension.WORK_ARRANGEMENT;

  /** Six office (ids o0..o5) and five remote (r0..r4) attendees; r0 and o5 most junior. */
  private static List<Attendee> attendees() {
    ImmutableList.Builder<Attendee> b = ImmutableList.builder();
    for (int i = 0; i < 6; i++) {
      b.add(Attendee.of("o" + i, "OFFICE", i == 5 ? 0 : 2));
    }
    for (int i = 0; i < 5; i++) {
      b.add(Attendee.of("r" + i, "REMOTE", i == 0 ? 0 : 1));
    }
    return b.build();
  }

  @Test
  void test_sharesAndFirstVoice_countedExactly() {
    Meeting meeting = Meeting.of(attendees(), ImmutableList.of(
        ImmutableList.of("r0", "o1", "o1"),      // most junior first
        ImmutableList.of("o1", "o2", "r1"),      // not
        ImmutableList.of(),                      // skipped topic
        ImmutableList.of("o5", "o1", "o1", "o2")));  // most junior (tied rank 0) first

    VoiceResult result = VoiceEquity.withDefaults().test(ARRANGEMENT, ImmutableList.of(meeting));

    MeetingVoice overall = result.overall().value();
    assertThat(overall.turns()).isEqualTo(10);
    assertThat(overall.attendances()).isEqualTo(11);
    assertThat(overall.topicsWithTurns()).isEqualTo(3);
    assertThat(overall.firstVoiceTopics()).isEqualTo(2);
    assertThat(overall.firstVoiceShare()).hasValue(2.0 / 3);
    GroupVoice remote = result.group("REMOTE").orElseThrow().value();
    assertThat(remote.turns()).isEqualTo(2);
    assertThat(remote.turnShare()).hasValue(0.2);
    assertThat(remote.attendanceShare()).isEqualTo(5.0 / 11);
    assertThat(remote.representationRatio().getAsDouble()).isWithin(1e-15).of(0.2 / (5.0 / 11));
    assertThat(result.verdict()).contains("2 of 3 topics");
  }

  @Test
  void test_peopleAcrossMeetings_countedOnce() {
    Meeting meeting = Meeting.of(attendees(), ImmutableList.of(ImmutableList.of("o1")));
    VoiceResult result =
        VoiceEquity.withDefaults().test(ARRANGEMENT, ImmutableList.of(meeting, meeting));
    assertThat(result.overall().value().people()).isEqualTo(11);
    assertThat(result.overall().value().attendances()).isEqualTo(22);
    assertThat(result.group("REMOTE").orElseThrow().value().people()).isEqualTo(5);
  }

  @Test
  void test_tooFewAttendees_everythingSuppressed() {
    Meeting meeting = Meeting.of(ImmutableList.of(Attendee.of("a", "OFFICE", 1),
        Attendee.of("b", "REMOTE", 0), Attendee.of("c", "OFFICE", 2)),
        ImmutableList.of(ImmutableList.of("a", "b")));
    VoiceResult result = VoiceEquity.withDefaults().test(ARRANGEMENT, ImmutableList.of(meeting));
    assertThat(result.overall().suppression()).hasValue(Suppression.BELOW_MINIMUM_GROUP_SIZE);
    assertThat(result.groups().stream().noneMatch(GroupResult::isPublished)).isTrue();
    assertThat(result.verdict()).contains("Too few people");
  }

  @Test
  void test_sensitiveDimensionOnePersonGroup_meetingLevelWithheld() {
    // Eight people: seven in group A, one in group B. The meeting level (8 >= 5) mixes both
    // groups, but the one person of B, knowing their own part, would learn the seven of A from
    // it: a group of a sensitive dimension below the sensitive minimum (10).
    Meeting meeting = meetingOfEight(7);

    VoiceResult plain = VoiceEquity.withDefaults().test(Dimension.of("origin"),
        ImmutableList.of(meeting));
    VoiceResult sensitive = VoiceEquity.withDefaults().test(Dimension.sensitive("origin"),
        ImmutableList.of(meeting));

    assertThat(plain.overall().isPublished()).isTrue();
    assertThat(sensitive.overall().suppression()).hasValue(Suppression.COMPLEMENT_DISCLOSURE);
    assertThat(sensitive.groups().stream().noneMatch(GroupResult::isPublished)).isTrue();
    assertThat(sensitive.verdict()).contains("sensitive minimum");
  }

  @Test
  void test_sensitiveDimensionMixedMeeting_meetingLevelPublished() {
    // Eight people, four in each group: each group is below the sensitive minimum and withheld,
    // but the meeting level mixes the groups and nobody can single out one group from it.
    Meeting meeting = meetingOfEight(4);

    VoiceResult sensitive = VoiceEquity.withDefaults().test(Dimension.sensitive("origin"),
        ImmutableList.of(meeting));

    assertThat(sensitive.overall().isPublished()).isTrue();
    assertThat(sensitive.groups().stream().noneMatch(GroupResult::isPublished)).isTrue();
  }

  /** Eight attendees p0..p7, the first {@code inA} in group A and the rest in B; p0 and p7 speak. */
  private static Meeting meetingOfEight(int inA) {
    List<Attendee> people = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      people.add(Attendee.of("p" + i, i < inA ? "A" : "B", i % 2));
    }
    return Meeting.of(people, ImmutableList.of(ImmutableList.of("p0", "p7")));
  }

  @Test
  void meeting_invalid_rejectedNamingPositions() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> Meeting.of(attendees(),
        ImmutableList.of(ImmutableList.of("o1"), ImmutableList.of("o1", "ghost")))))
        .hasMessageThat().isEqualTo("topics[1][1] names someone who is not an attendee");
    assertThat(assertThrows(IllegalArgumentException.class, () -> Meeting.of(
        ImmutableList.of(Attendee.of("a", "X", 0), Attendee.of("a", "X", 1)), ImmutableList.of())))
        .hasMessageThat().isEqualTo("attendees[1] repeats the id of an earlier attendee");
    assertThrows(IllegalArgumentException.class, () -> Attendee.of("a", "X", -1));
    Meeting one = Meeting.of(ImmutableList.of(Attendee.of("a", "X", 0)), ImmutableList.of());
    Meeting other = Meeting.of(ImmutableList.of(Attendee.of("a", "Y", 0)), ImmutableList.of());
    assertThat(assertThrows(IllegalArgumentException.class, () -> VoiceEquity.withDefaults()
        .test(ARRANGEMENT, ImmutableList.of(one, other)))).hasMessageThat()
        .contains("meetings[1].attendees[0] has a different group");
  }
}
