package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.google.common.collect.ImmutableList;
import dev.belonging.intervention.PairingGroup;
import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.Participant;
import dev.belonging.intervention.Unmatched;
import dev.belonging.intervention.UnmatchedReason;
import dev.belonging.workforce.WorkArrangement;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The pairing documents: {@code belonging.participants} (who opted in, the scheduler's input),
 * {@code belonging.pairing-round} (one round's result) and {@code belonging.pairing-history}
 * (earlier rounds, oldest first, the scheduler's other input).
 *
 * <p>Times of day are ISO-8601 local times, written in {@link LocalTime#toString()}'s shortest
 * form ({@code "09:00"}, {@code "22:30:15"}); time zones are {@link java.time.ZoneId} ids. A
 * round's {@code exactMatching} is always written; a group's {@code joinedAsThird} only for a
 * trio that has one. A round's {@code groups} and {@code unmatched}, and a history's {@code
 * rounds}, are records (limit maxRecords).
 */
final class PairingDocuments {
  private PairingDocuments() {}

  @JsonPropertyOrder({"id", "arrangement", "team", "timeZone", "workStart", "workEnd"})
  record ParticipantDto(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("arrangement") @Nullable WorkArrangement arrangement,
      @JsonProperty("team") @Nullable String team,
      @JsonProperty("timeZone") @Nullable String timeZone,
      @JsonProperty("workStart") @Nullable String workStart,
      @JsonProperty("workEnd") @Nullable String workEnd) {}

  @JsonPropertyOrder({"format", "version", "participants"})
  record ParticipantsDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("participants") @Nullable List<ParticipantDto> participants) {}

  @JsonPropertyOrder({"members", "quality", "joinedAsThird"})
  record GroupDto(
      @JsonProperty("members") @Nullable List<String> members,
      @JsonProperty("quality") @Nullable Double quality,
      @JsonProperty("joinedAsThird") @Nullable String joinedAsThird) {}

  @JsonPropertyOrder({"participantId", "reason"})
  record UnmatchedDto(
      @JsonProperty("participantId") @Nullable String participantId,
      @JsonProperty("reason") @Nullable UnmatchedReason reason) {}

  @JsonPropertyOrder({"format", "version", "exactMatching", "groups", "unmatched"})
  record RoundDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("exactMatching") @Nullable Boolean exactMatching,
      @JsonProperty("groups") @Nullable List<GroupDto> groups,
      @JsonProperty("unmatched") @Nullable List<UnmatchedDto> unmatched) {}

  @JsonPropertyOrder({"format", "version", "rounds"})
  record HistoryDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("rounds") @Nullable List<RoundDto> rounds) {}

  // ---------------------------------------------------------------- participants

  /** {@code belonging.participants}: the people who opted in, in order. */
  static final class ParticipantsDocument
      implements DocumentType<ParticipantsDto, ImmutableList<Participant>> {
    static final String FORMAT = "belonging.participants";
    static final ParticipantsDocument INSTANCE = new ParticipantsDocument();

    private ParticipantsDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<ParticipantsDto> dtoClass() {
      return ParticipantsDto.class;
    }

    @Override
    public ParticipantsDto emptyDto() {
      return new ParticipantsDto(null, null, null);
    }

    @Override
    public String recordField() {
      return "participants";
    }

    @Override
    public ImmutableList<Participant> toDomain(ParticipantsDto dto, Mapping m) {
      List<ParticipantDto> list =
          m.list(m.required(dto.participants(), "/participants"), "/participants");
      ImmutableList.Builder<Participant> out = ImmutableList.builderWithExpectedSize(list.size());
      for (int i = 0; i < list.size(); i++) {
        out.add(participant(list.get(i), "/participants/" + i, m));
      }
      return out.build();
    }

    @Override
    public ParticipantsDto toDto(ImmutableList<Participant> value) {
      return new ParticipantsDto(FORMAT, Codec.VERSION, value.stream()
          .map(p -> new ParticipantDto(p.id(), p.arrangement(), p.team(), p.timeZone().getId(),
              p.workStart().toString(), p.workEnd().toString()))
          .collect(ImmutableList.toImmutableList()));
    }
  }

  private static Participant participant(ParticipantDto dto, String at, Mapping m) {
    String id = m.required(dto.id(), at + "/id");
    WorkArrangement arrangement = m.required(dto.arrangement(), at + "/arrangement");
    String team = m.required(dto.team(), at + "/team");
    String zone = m.required(dto.timeZone(), at + "/timeZone");
    LocalTime start = time(m.required(dto.workStart(), at + "/workStart"), at + "/workStart", m);
    LocalTime end = time(m.required(dto.workEnd(), at + "/workEnd"), at + "/workEnd", m);
    return m.domain(at, Mapping.byMarkers("participant id", "id", "participant team", "team",
        "timeZone", "timeZone", "workEnd", "workEnd"),
        () -> Participant.of(id, arrangement, team, zone, start, end));
  }

  private static LocalTime time(String text, String at, Mapping m) {
    try {
      return LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
    } catch (DateTimeParseException e) {
      // The parser's message quotes the input, so it is not copied.
      throw m.error(at, "must be a local time HH:MM, HH:MM:SS or HH:MM:SS.fraction");
    }
  }

  // ---------------------------------------------------------------- rounds

  /** {@code belonging.pairing-round}: one round's groups and unmatched participants. */
  static final class RoundDocument implements DocumentType<RoundDto, PairingRound> {
    static final String FORMAT = "belonging.pairing-round";
    static final RoundDocument INSTANCE = new RoundDocument();

    private RoundDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<RoundDto> dtoClass() {
      return RoundDto.class;
    }

    @Override
    public RoundDto emptyDto() {
      return new RoundDto(null, null, null, null, null);
    }

    @Override
    public String recordField() {
      return "groups";
    }

    /** Both {@code groups} and {@code unmatched} grow with the participants. */
    @Override
    public boolean isRecords(JsonStreamContext array) {
      return DocumentType.isMemberOfRoot(array, "groups")
          || DocumentType.isMemberOfRoot(array, "unmatched");
    }

    @Override
    public PairingRound toDomain(RoundDto dto, Mapping m) {
      return round(dto, "", m);
    }

    @Override
    public RoundDto toDto(PairingRound value) {
      return roundDto(value, FORMAT, Codec.VERSION);
    }
  }

  private static PairingRound round(RoundDto dto, String at, Mapping m) {
    PairingRound.Builder builder = PairingRound.builder();
    if (dto.exactMatching() != null) {
      builder.exactMatching(dto.exactMatching());
    }
    List<GroupDto> groups = m.list(dto.groups(), at + "/groups");
    for (int i = 0; i < groups.size(); i++) {
      String here = at + "/groups/" + i;
      GroupDto g = groups.get(i);
      PairingGroup.Builder group = PairingGroup.builder();
      group.members(m.list(m.required(g.members(), here + "/members"), here + "/members"));
      group.quality(Numbers.required(g.quality(), here + "/quality", m));
      if (g.joinedAsThird() != null) {
        group.joinedAsThird(g.joinedAsThird());
      }
      builder.addGroup(m.domain(here, Mapping.byMarkers("members", "members", "quality",
          "quality", "joinedAsThird", "joinedAsThird"), group::build));
    }
    List<UnmatchedDto> unmatched = m.list(dto.unmatched(), at + "/unmatched");
    for (int i = 0; i < unmatched.size(); i++) {
      String here = at + "/unmatched/" + i;
      UnmatchedDto u = unmatched.get(i);
      builder.addUnmatched(Unmatched.of(m.required(u.participantId(), here + "/participantId"),
          m.required(u.reason(), here + "/reason")));
    }
    return m.domain(at, builder::build);
  }

  private static RoundDto roundDto(PairingRound round, @Nullable String format,
      @Nullable String version) {
    return new RoundDto(format, version, round.exactMatching(),
        InstrumentDocument.emptyToNull(round.groups().stream()
            .map(g -> new GroupDto(g.members(), g.quality(), g.joinedAsThird().orElse(null)))
            .collect(ImmutableList.toImmutableList())),
        InstrumentDocument.emptyToNull(round.unmatched().stream()
            .map(u -> new UnmatchedDto(u.participantId(), u.reason()))
            .collect(ImmutableList.toImmutableList())));
  }

  // ---------------------------------------------------------------- history

  /** {@code belonging.pairing-history}: earlier rounds, oldest first. */
  static final class HistoryDocument
      implements DocumentType<HistoryDto, ImmutableList<PairingRound>> {
    static final String FORMAT = "belonging.pairing-history";
    static final HistoryDocument INSTANCE = new HistoryDocument();

    private HistoryDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<HistoryDto> dtoClass() {
      return HistoryDto.class;
    }

    @Override
    public HistoryDto emptyDto() {
      return new HistoryDto(null, null, null);
    }

    /** The rounds, and the groups and unmatched participants of each round. */
    @Override
    public boolean isRecords(JsonStreamContext array) {
      if (DocumentType.isMemberOfRoot(array, "rounds")) {
        return true;
      }
      JsonStreamContext round = array.getParent();
      return round != null && round.inObject()
          && ("groups".equals(round.getCurrentName())
              || "unmatched".equals(round.getCurrentName()))
          && round.getParent() != null && DocumentType.isMemberOfRoot(round.getParent(), "rounds");
    }

    @Override
    public ImmutableList<PairingRound> toDomain(HistoryDto dto, Mapping m) {
      List<RoundDto> rounds = m.list(m.required(dto.rounds(), "/rounds"), "/rounds");
      ImmutableList.Builder<PairingRound> out = ImmutableList.builder();
      for (int i = 0; i < rounds.size(); i++) {
        RoundDto round = rounds.get(i);
        String here = "/rounds/" + i;
        if (round.format() != null || round.version() != null) {
          throw m.error(here + (round.format() != null ? "/format" : "/version"),
              "is not a field of a round inside a history");
        }
        out.add(round(round, here, m));
      }
      return out.build();
    }

    @Override
    public HistoryDto toDto(ImmutableList<PairingRound> value) {
      return new HistoryDto(FORMAT, Codec.VERSION, value.stream()
          .map(r -> roundDto(r, null, null)).collect(ImmutableList.toImmutableList()));
    }
  }
}
