package dev.belonging.intervention;

import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import dev.belonging.workforce.WorkArrangement;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Someone who opted in to coffee-chat pairing: a pseudonymous id, how and where they work, and
 * their working hours in their own time zone.
 *
 * <p>Working hours run from {@link #workStart()} to {@link #workEnd()} local time; when the end is
 * earlier than the start the hours run past midnight (a night shift). {@link #toString()} shows
 * neither id, team nor time zone.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class Participant {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  Participant() {}

  /** Pseudonymous id: 1 to 64 letters, digits, dots, underscores or hyphens. */
  @Value.Parameter
  public abstract String id();

  /** How the person works; pairing favours remote with office. */
  @Value.Parameter
  public abstract WorkArrangement arrangement();

  /** The person's team, non-blank; pairing favours people from different teams. */
  @Value.Parameter
  public abstract String team();

  /** The person's time zone. */
  @Value.Parameter
  public abstract ZoneId timeZone();

  /** Local start of working hours. */
  @Value.Parameter
  public abstract LocalTime workStart();

  /** Local end of working hours; before {@link #workStart()} for hours across midnight. */
  @Value.Parameter
  public abstract LocalTime workEnd();

  /**
   * A participant.
   *
   * @param id pseudonymous id, 1 to 64 of {@code [A-Za-z0-9._-]}
   * @param arrangement work arrangement
   * @param team non-blank team name
   * @param timeZone time zone
   * @param workStart local start of working hours
   * @param workEnd local end of working hours, different from the start
   * @return the participant
   * @throws IllegalArgumentException if the id breaks its rule, the team is blank or start and end
   *     are equal
   */
  public static Participant of(String id, WorkArrangement arrangement, String team,
      ZoneId timeZone, LocalTime workStart, LocalTime workEnd) {
    return ImmutableParticipant.of(id, arrangement, team, timeZone, workStart, workEnd);
  }

  /**
   * A participant whose time zone is given as a {@link ZoneId} string such as {@code
   * "Europe/Berlin"} or {@code "+02:00"}.
   *
   * @param id pseudonymous id, 1 to 64 of {@code [A-Za-z0-9._-]}
   * @param arrangement work arrangement
   * @param team non-blank team name
   * @param timeZone a time-zone id known to {@link ZoneId#of(String)}
   * @param workStart local start of working hours
   * @param workEnd local end of working hours, different from the start
   * @return the participant
   * @throws IllegalArgumentException if the time zone is unknown or malformed, or a rule of {@link
   *     #of(String, WorkArrangement, String, ZoneId, LocalTime, LocalTime)} is broken
   */
  public static Participant of(String id, WorkArrangement arrangement, String team,
      String timeZone, LocalTime workStart, LocalTime workEnd) {
    ZoneId zone;
    try {
      zone = ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "timeZone must be a time-zone id known to java.time.ZoneId, but was unknown", e);
    }
    return of(id, arrangement, team, zone, workStart, workEnd);
  }

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "participant id must match " + ID.pattern() + ", but did not");
    }
    Checks.notBlank("participant team", team());
    if (workStart().equals(workEnd())) {
      throw new IllegalArgumentException(
          "participant workEnd must differ from workStart, but both were " + workStart());
    }
  }

  /** Shows the arrangement only: ids, teams and time zones stay out of logs. */
  @Override
  public String toString() {
    return "Participant{arrangement=" + arrangement() + "}";
  }
}
