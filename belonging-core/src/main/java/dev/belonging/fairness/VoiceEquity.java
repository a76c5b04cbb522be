package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.anonymity.CellKind;
import dev.belonging.internal.stats.Gini;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Voice equity in meetings: who gets to speak. Over a list of {@link Meeting}s it reports the Gini
 * coefficient of speaking turns per attendance (Gini 1912; computed exactly in integers), each
 * group's share of turns against its share of attendances, and adherence to the first-voice rule
 * (the share of topics where a most junior attendee spoke first).
 *
 * <p>The unit of the statistics is the attendance (one person in one meeting): someone at three
 * meetings counts three times, with their turns of each.
 *
 * <p><b>Anonymity.</b> A group's attendances and turns are sums over its people, so the cells of
 * the disclosure check are sets of distinct people (by attendee id, over all meetings), however
 * many meetings and turns each person has. The meeting-level numbers are the cell of all
 * attendees, and it is published, so it is decided first; each group is then decided by the exact
 * check under the check's {@link AnonymityPolicy}: a group below the minimum is suppressed, and so
 * is a group whose publication would let a small set of people be derived, for example all
 * attendees minus the published groups. The Gini coefficient and the first-voice numbers are
 * published only with the meeting-level cell. Groups are ordered by label.
 *
 * <p>Immutable and thread-safe.
 */
public final class VoiceEquity {
  /** The label of the meeting-level result. */
  public static final String ALL_ATTENDEES = "all attendees";

  private static final VoiceEquity DEFAULTS = new VoiceEquity(AnonymityPolicy.withDefaults());

  private final AnonymityPolicy policy;

  private VoiceEquity(AnonymityPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** {@link AnonymityPolicy#withDefaults()}. */
  public static VoiceEquity withDefaults() {
    return DEFAULTS;
  }

  /**
   * This check under another anonymity policy; cells are score cells, so its {@link
   * AnonymityPolicy#minimumGroupSize()}, {@link AnonymityPolicy#sensitiveMinimum()} and {@link
   * AnonymityPolicy#coalitionSize()} apply.
   *
   * @param policy the policy, fixed before results exist
   * @return the new check
   * @throws NullPointerException if {@code policy} is null
   */
  public VoiceEquity withPolicy(AnonymityPolicy policy) {
    return new VoiceEquity(policy);
  }

  /**
   * This check with another minimum group size: shorthand for {@link #withPolicy} with the
   * policy's score (and response-rate) minimum set to {@code minimumGroupSize}, raising its
   * sensitive and comment minimums to it where they are lower.
   *
   * @param minimumGroupSize {@code >= 3}
   * @return the new check
   * @throws IllegalArgumentException if {@code minimumGroupSize < 3}
   */
  public VoiceEquity withMinimumGroupSize(int minimumGroupSize) {
    return withPolicy(FairnessRelease.withMinimum(policy, minimumGroupSize));
  }

  /** The anonymity policy. */
  public AnonymityPolicy policy() {
    return policy;
  }

  /** The minimum group size of non-sensitive dimensions, {@code >= 3}. */
  public int minimumGroupSize() {
    return policy.minimumGroupSize();
  }

  /**
   * Measures voice equity over meetings.
   *
   * @param dimension the breakdown dimension the attendees' groups belong to (its sensitivity
   *     raises the minimum group size)
   * @param meetings the meetings, at least one
   * @return the result
   * @throws IllegalArgumentException if {@code meetings} is empty or an attendee id appears with
   *     different groups in different meetings (the message gives the positions)
   */
  public VoiceResult test(Dimension dimension, List<Meeting> meetings) {
    if (meetings.isEmpty()) {
      throw new IllegalArgumentException("meetings must not be empty");
    }
    Map<String, String> groupOf = new HashMap<>();
    Map<String, long[]> byGroup = new TreeMap<>(); // attendances, turns, people
    List<Long> perAttendance = new ArrayList<>();
    long allTurns = 0;
    int topicsWithTurns = 0;
    int firstVoice = 0;
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      int junior = Integer.MAX_VALUE;
      Map<String, Integer> seniority = new HashMap<>();
      for (int a = 0; a < meeting.attendees().size(); a++) {
        Attendee attendee = meeting.attendees().get(a);
        @Nullable String earlier = groupOf.putIfAbsent(attendee.id(), attendee.group());
        if (earlier != null && !earlier.equals(attendee.group())) {
          throw new IllegalArgumentException("meetings[" + m + "].attendees[" + a
              + "] has a different group than the same attendee in an earlier meeting");
        }
        long[] g = byGroup.computeIfAbsent(attendee.group(), k -> new long[3]);
        if (earlier == null) {
          g[2]++;
        }
        long turns = meeting.turnsOf(attendee.id());
        g[0]++;
        g[1] += turns;
        allTurns += turns;
        perAttendance.add(turns);
        seniority.put(attendee.id(), attendee.seniority());
        junior = Math.min(junior, attendee.seniority());
      }
      for (List<String> topic : meeting.topics()) {
        if (!topic.isEmpty()) {
          topicsWithTurns++;
          firstVoice += seniority.get(topic.get(0)) == junior ? 1 : 0;
        }
      }
    }
    int attendances = perAttendance.size();
    long[] counts = perAttendance.stream().mapToLong(Long::longValue).toArray();
    ImmutableMeetingVoice.Builder overall = ImmutableMeetingVoice.builder()
        .meetings(meetings.size()).people(groupOf.size()).attendances(attendances)
        .turns(allTurns).gini(Gini.of(counts)).giniCorrected(Gini.smallSampleCorrected(counts))
        .topicsWithTurns(topicsWithTurns).firstVoiceTopics(firstVoice);
    if (topicsWithTurns > 0) {
      overall.firstVoiceShare((double) firstVoice / topicsWithTurns);
    }
    List<String> labels = new ArrayList<>(byGroup.keySet());
    long[] sizes = new long[labels.size()];
    for (int g = 0; g < labels.size(); g++) {
      sizes[g] = byGroup.get(labels.get(g))[2];
    }
    FairnessRelease release =
        FairnessRelease.ofGroups(policy, CellKind.SCORE, dimension.sensitive(), sizes);
    GroupResult<MeetingVoice> meetingLevel =
        release.release(FairnessRelease.TOTAL_CELL, ALL_ATTENDEES, overall::build);

    ImmutableList.Builder<GroupResult<GroupVoice>> groups = ImmutableList.builder();
    StringBuilder shares = new StringBuilder();
    long totalTurns = allTurns;
    for (int g = 0; g < labels.size(); g++) {
      String label = labels.get(g);
      long[] c = byGroup.get(label);
      GroupResult<GroupVoice> r = release.release(FairnessRelease.groupCell(g), label, () -> {
        double attendanceShare = (double) c[0] / attendances;
        ImmutableGroupVoice.Builder b = ImmutableGroupVoice.builder().group(label)
            .people((int) c[2]).attendances((int) c[0]).turns(c[1])
            .attendanceShare(attendanceShare);
        if (totalTurns > 0) {
          double turnShare = (double) c[1] / totalTurns;
          b.turnShare(turnShare).representationRatio(turnShare / attendanceShare);
        }
        return b.build();
      });
      r.published().ifPresent(v -> shares.append(' ').append(Text.quoted(label)).append(" took ")
          .append(v.turnShare().isPresent() ? Text.percent(v.turnShare().getAsDouble()) : "no")
          .append(" of turns with ").append(Text.percent(v.attendanceShare()))
          .append(" of attendances")
          .append(v.representationRatio().isPresent()
              ? " (ratio " + Text.ratio(v.representationRatio().getAsDouble()) + ")." : "."));
      groups.add(r);
    }
    return ImmutableVoiceResult.builder()
        .dimension(dimension.name())
        .minimumGroupSize(policy.minimumFor(CellKind.SCORE, dimension.sensitive()))
        .overall(meetingLevel)
        .groups(groups.build())
        .verdict(verdict(meetingLevel, shares.toString()))
        .build();
  }

  private static String verdict(GroupResult<MeetingVoice> overall, String shares) {
    if (!overall.isPublished()) {
      return overall.suppression().orElseThrow() == Suppression.BELOW_MINIMUM_GROUP_SIZE
          ? "Too few people attended to publish voice numbers."
          : "Voice numbers are withheld: someone who knows their own part could work out the"
              + " numbers of a group below its minimum (for a sensitive dimension, the sensitive"
              + " minimum).";
    }
    MeetingVoice v = overall.value();
    OptionalDouble gini = v.gini();
    String inequality = gini.isPresent()
        ? "the Gini coefficient of speaking turns is " + Text.ratio(gini.getAsDouble())
        : "nobody spoke";
    String first = v.firstVoiceShare().isPresent()
        ? "; a most junior attendee spoke first on " + v.firstVoiceTopics() + " of "
            + v.topicsWithTurns() + " topics (" + Text.percent(v.firstVoiceShare().getAsDouble())
            + ")"
        : "";
    return "Over " + v.meetings() + (v.meetings() == 1 ? " meeting, " : " meetings, ")
        + inequality + first + "." + shares;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VoiceEquity other && policy.equals(other.policy);
  }

  @Override
  public int hashCode() {
    return policy.hashCode();
  }

  @Override
  public String toString() {
    return "VoiceEquity{policy=" + policy + "}";
  }
}
