package dev.belonging.fairness;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.stats.Gini;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Voice equity in meetings: who gets to speak. Over a list of {@link Meeting}s it reports the Gini
 * coefficient of speaking turns per attendance (Gini 1912; computed exactly in integers), each
 * group's share of turns against its share of attendances, and adherence to the first-voice rule
 * (the share of topics where a most junior attendee spoke first).
 *
 * <p>The unit is the attendance (one person in one meeting): someone at three meetings counts
 * three times, with their turns of each. Group sizes for anonymity are distinct people (by
 * attendee id) over all meetings; groups below the minimum are suppressed with the complement
 * rule, and the meeting-level numbers are suppressed when fewer people than the minimum group
 * size attended overall. Groups are ordered by label.
 *
 * <p>Immutable and thread-safe.
 */
public final class VoiceEquity {
  /** The label of the meeting-level result. */
  public static final String ALL_ATTENDEES = "all attendees";

  private static final VoiceEquity DEFAULTS =
      new VoiceEquity(FairnessRelease.DEFAULT_MINIMUM_GROUP_SIZE);

  private final int minimumGroupSize;

  private VoiceEquity(int minimumGroupSize) {
    this.minimumGroupSize = minimumGroupSize;
  }

  /** Minimum group size 5. */
  public static VoiceEquity withDefaults() {
    return DEFAULTS;
  }

  /**
   * This check with another minimum group size.
   *
   * @param minimumGroupSize {@code >= 3}; sensitive dimensions use twice this
   * @return the new check
   * @throws IllegalArgumentException if {@code minimumGroupSize < 3}
   */
  public VoiceEquity withMinimumGroupSize(int minimumGroupSize) {
    return new VoiceEquity(FairnessRelease.checkMinimum(minimumGroupSize));
  }

  /** The minimum group size before raising for sensitive dimensions, {@code >= 3}. */
  public int minimumGroupSize() {
    return minimumGroupSize;
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
    Optional<Suppression> overallDecision =
        FairnessRelease.overall(minimumGroupSize, groupOf.size());
    GroupResult<MeetingVoice> meetingLevel = overallDecision.isEmpty()
        ? GroupResult.published(ALL_ATTENDEES, overall.build())
        : GroupResult.suppressed(ALL_ATTENDEES, overallDecision.get());

    List<String> labels = new ArrayList<>(byGroup.keySet());
    long[] sizes = new long[labels.size()];
    for (int g = 0; g < labels.size(); g++) {
      sizes[g] = byGroup.get(labels.get(g))[2];
    }
    FairnessRelease release = FairnessRelease.decide(minimumGroupSize, dimension, sizes);
    ImmutableList.Builder<GroupResult<GroupVoice>> groups = ImmutableList.builder();
    StringBuilder shares = new StringBuilder();
    long totalTurns = allTurns;
    for (int g = 0; g < labels.size(); g++) {
      String label = labels.get(g);
      long[] c = byGroup.get(label);
      GroupResult<GroupVoice> r = release.release(g, label, i -> {
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
        .minimumGroupSize(release.minimum())
        .overall(meetingLevel)
        .groups(groups.build())
        .verdict(verdict(meetingLevel, shares.toString()))
        .build();
  }

  private static String verdict(GroupResult<MeetingVoice> overall, String shares) {
    if (!overall.isPublished()) {
      return "Too few people attended to publish voice numbers.";
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
    return o instanceof VoiceEquity other && minimumGroupSize == other.minimumGroupSize;
  }

  @Override
  public int hashCode() {
    return minimumGroupSize;
  }

  @Override
  public String toString() {
    return "VoiceEquity{minimumGroupSize=" + minimumGroupSize + "}";
  }
}
