package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A meeting as voice equity needs it, and no more: who attended and, for each topic discussed
 * in order, the ordered speaking turns (the id of the attendee who spoke, once per turn).
 *
 * <p>A turn is one uninterrupted contribution; how turns are recorded (a note-taker's tally, a
 * transcript, a meeting tool's speaker log) is up to the caller. A topic may have no turns (it
 * was skipped); such topics do not count for the first-voice rule. Attendees who never speak
 * count with zero turns.
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives counts only.
 */
@Value.Immutable
@BelongingStyle
public abstract class Meeting {
  Meeting() {}

  /** The attendees, with distinct ids; at least one. */
  public abstract ImmutableList<Attendee> attendees();

  /** The topics in order; each is the ordered list of the ids of the attendees who spoke. */
  public abstract ImmutableList<ImmutableList<String>> topics();

  /**
   * A meeting.
   *
   * @param attendees the attendees, at least one, with distinct ids
   * @param topics per topic, the ordered speaker ids of its turns; every id must be an attendee
   * @return the meeting
   * @throws IllegalArgumentException if there are no attendees, an id repeats, or a turn names
   *     someone who did not attend (the message gives the positions)
   */
  public static Meeting of(List<Attendee> attendees, List<? extends List<String>> topics) {
    ImmutableList.Builder<ImmutableList<String>> t = ImmutableList.builder();
    topics.forEach(topic -> t.add(ImmutableList.copyOf(topic)));
    return ImmutableMeeting.builder().attendees(attendees).topics(t.build()).build();
  }

  /** The number of turns of attendee {@code id} over all topics. */
  final long turnsOf(String id) {
    long n = 0;
    for (List<String> topic : topics()) {
      for (String speaker : topic) {
        n += speaker.equals(id) ? 1 : 0;
      }
    }
    return n;
  }

  @Value.Check
  void check() {
    if (attendees().isEmpty()) {
      throw new IllegalArgumentException("a meeting must have at least one attendee");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < attendees().size(); i++) {
      if (!ids.add(attendees().get(i).id())) {
        throw new IllegalArgumentException(
            "attendees[" + i + "] repeats the id of an earlier attendee");
      }
    }
    for (int t = 0; t < topics().size(); t++) {
      List<String> turns = topics().get(t);
      for (int k = 0; k < turns.size(); k++) {
        if (!ids.contains(turns.get(k))) {
          throw new IllegalArgumentException(
              "topics[" + t + "][" + k + "] names someone who is not an attendee");
        }
      }
    }
  }

  @Override
  public String toString() {
    return "Meeting{attendees=" + attendees().size() + ", topics=" + topics().size() + "}";
  }
}
