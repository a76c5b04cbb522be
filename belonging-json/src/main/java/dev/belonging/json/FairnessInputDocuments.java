package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import dev.belonging.fairness.Attendee;
import dev.belonging.fairness.Meeting;
import dev.belonging.fairness.OutcomeRecord;
import dev.belonging.fairness.RecognitionRecord;
import dev.belonging.workforce.Attributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fairness input documents: {@code belonging.outcome-records} (who was selected, for adverse
 * impact), {@code belonging.recognition-records} (recognition events per person, for recognition
 * equity) and {@code belonging.meetings} (attendees and speaking turns, for voice equity).
 *
 * <p>Records are respondent data: attributes are keyed by declared dimension names as in {@code
 * belonging.roster}, and error messages never quote them. The records are the documents' record
 * arrays (limit maxRecords).
 */
final class FairnessInputDocuments {
  private FairnessInputDocuments() {}

  @JsonPropertyOrder({"attributes", "selected", "stratum"})
  record OutcomeDto(
      @JsonProperty("attributes") @Nullable Map<String, String> attributes,
      @JsonProperty("selected") @Nullable Boolean selected,
      @JsonProperty("stratum") @Nullable String stratum) {}

  @JsonPropertyOrder({"format", "version", "dimensions", "records"})
  record OutcomesDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("dimensions") @Nullable List<Dimensions.DimensionDto> dimensions,
      @JsonProperty("records") @Nullable List<OutcomeDto> records) {}

  @JsonPropertyOrder({"attributes", "periods", "events"})
  record RecognitionDto(
      @JsonProperty("attributes") @Nullable Map<String, String> attributes,
      @JsonProperty("periods") @Nullable Double periods,
      @JsonProperty("events") @Nullable Long events) {}

  @JsonPropertyOrder({"format", "version", "dimensions", "records"})
  record RecognitionsDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("dimensions") @Nullable List<Dimensions.DimensionDto> dimensions,
      @JsonProperty("records") @Nullable List<RecognitionDto> records) {}

  @JsonPropertyOrder({"id", "group", "seniority"})
  record AttendeeDto(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("group") @Nullable String group,
      @JsonProperty("seniority") @Nullable Integer seniority) {}

  @JsonPropertyOrder({"attendees", "topics"})
  record MeetingDto(
      @JsonProperty("attendees") @Nullable List<AttendeeDto> attendees,
      @JsonProperty("topics") @Nullable List<List<String>> topics) {}

  @JsonPropertyOrder({"format", "version", "meetings"})
  record MeetingsDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("meetings") @Nullable List<MeetingDto> meetings) {}

  /** A record's attributes: required (possibly empty), keyed by declared dimension names. */
  private static Attributes attributes(Dimensions dimensions,
      @Nullable Map<String, String> values, String at, Mapping m) {
    return dimensions.attributes(m.map(m.required(values, at), at), at, m);
  }

  // ---------------------------------------------------------------- outcome records

  /** {@code belonging.outcome-records}. */
  static final class OutcomesDocument
      implements DocumentType<OutcomesDto, ImmutableList<OutcomeRecord>> {
    static final String FORMAT = "belonging.outcome-records";
    static final OutcomesDocument INSTANCE = new OutcomesDocument();

    private OutcomesDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<OutcomesDto> dtoClass() {
      return OutcomesDto.class;
    }

    @Override
    public OutcomesDto emptyDto() {
      return new OutcomesDto(null, null, null, null);
    }

    @Override
    public String recordField() {
      return "records";
    }

    @Override
    public ImmutableList<OutcomeRecord> toDomain(OutcomesDto dto, Mapping m) {
      Dimensions dimensions = Dimensions.read(dto.dimensions(), "/dimensions", m);
      List<OutcomeDto> records = m.list(m.required(dto.records(), "/records"), "/records");
      ImmutableList.Builder<OutcomeRecord> out = ImmutableList.builderWithExpectedSize(
          records.size());
      for (int i = 0; i < records.size(); i++) {
        String at = "/records/" + i;
        OutcomeDto r = records.get(i);
        Attributes attributes = attributes(dimensions, r.attributes(), at + "/attributes", m);
        boolean selected = m.required(r.selected(), at + "/selected");
        String stratum = r.stratum();
        out.add(m.domain(at + "/stratum", () -> stratum == null
            ? OutcomeRecord.of(attributes, selected)
            : OutcomeRecord.of(attributes, selected, stratum)));
      }
      return out.build();
    }

    @Override
    public OutcomesDto toDto(ImmutableList<OutcomeRecord> value) {
      List<Attributes> all = new ArrayList<>();
      value.forEach(r -> all.add(r.attributes()));
      return new OutcomesDto(FORMAT, Codec.VERSION,
          InstrumentDocument.emptyToNull(Dimensions.declare(Dimensions.used(all).values())),
          value.stream().map(r -> new OutcomeDto(Dimensions.byName(r.attributes()), r.selected(),
              r.stratum().orElse(null))).collect(ImmutableList.toImmutableList()));
    }
  }

  // ---------------------------------------------------------------- recognition records

  /** {@code belonging.recognition-records}. */
  static final class RecognitionsDocument
      implements DocumentType<RecognitionsDto, ImmutableList<RecognitionRecord>> {
    static final String FORMAT = "belonging.recognition-records";
    static final RecognitionsDocument INSTANCE = new RecognitionsDocument();

    private RecognitionsDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<RecognitionsDto> dtoClass() {
      return RecognitionsDto.class;
    }

    @Override
    public RecognitionsDto emptyDto() {
      return new RecognitionsDto(null, null, null, null);
    }

    @Override
    public String recordField() {
      return "records";
    }

    @Override
    public ImmutableList<RecognitionRecord> toDomain(RecognitionsDto dto, Mapping m) {
      Dimensions dimensions = Dimensions.read(dto.dimensions(), "/dimensions", m);
      List<RecognitionDto> records = m.list(m.required(dto.records(), "/records"), "/records");
      ImmutableList.Builder<RecognitionRecord> out = ImmutableList.builderWithExpectedSize(
          records.size());
      for (int i = 0; i < records.size(); i++) {
        String at = "/records/" + i;
        RecognitionDto r = records.get(i);
        Attributes attributes = attributes(dimensions, r.attributes(), at + "/attributes", m);
        double periods = Numbers.required(r.periods(), at + "/periods", m);
        long events = m.required(r.events(), at + "/events");
        out.add(m.domain(at, Mapping.byMarkers("periods", "periods", "events", "events"),
            () -> RecognitionRecord.of(attributes, periods, events)));
      }
      return out.build();
    }

    @Override
    public RecognitionsDto toDto(ImmutableList<RecognitionRecord> value) {
      List<Attributes> all = new ArrayList<>();
      value.forEach(r -> all.add(r.attributes()));
      return new RecognitionsDto(FORMAT, Codec.VERSION,
          InstrumentDocument.emptyToNull(Dimensions.declare(Dimensions.used(all).values())),
          value.stream().map(r -> new RecognitionDto(Dimensions.byName(r.attributes()),
              r.periods(), r.events())).collect(ImmutableList.toImmutableList()));
    }
  }

  // ---------------------------------------------------------------- meetings

  /** {@code belonging.meetings}. */
  static final class MeetingsDocument
      implements DocumentType<MeetingsDto, ImmutableList<Meeting>> {
    static final String FORMAT = "belonging.meetings";
    static final MeetingsDocument INSTANCE = new MeetingsDocument();

    private MeetingsDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<MeetingsDto> dtoClass() {
      return MeetingsDto.class;
    }

    @Override
    public MeetingsDto emptyDto() {
      return new MeetingsDto(null, null, null);
    }

    @Override
    public String recordField() {
      return "meetings";
    }

    @Override
    public ImmutableList<Meeting> toDomain(MeetingsDto dto, Mapping m) {
      List<MeetingDto> meetings = m.list(m.required(dto.meetings(), "/meetings"), "/meetings");
      ImmutableList.Builder<Meeting> out = ImmutableList.builder();
      for (int i = 0; i < meetings.size(); i++) {
        String at = "/meetings/" + i;
        MeetingDto meeting = meetings.get(i);
        List<AttendeeDto> attendeeDtos =
            m.list(m.required(meeting.attendees(), at + "/attendees"), at + "/attendees");
        List<Attendee> attendees = new ArrayList<>();
        for (int a = 0; a < attendeeDtos.size(); a++) {
          String here = at + "/attendees/" + a;
          AttendeeDto d = attendeeDtos.get(a);
          String id = m.required(d.id(), here + "/id");
          String group = m.required(d.group(), here + "/group");
          int seniority = m.required(d.seniority(), here + "/seniority");
          attendees.add(m.domain(here, Mapping.byMarkers("attendee id", "id", "attendee group",
              "group", "seniority", "seniority"), () -> Attendee.of(id, group, seniority)));
        }
        List<List<String>> topics = m.list(meeting.topics(), at + "/topics");
        for (int t = 0; t < topics.size(); t++) {
          m.list(topics.get(t), at + "/topics/" + t);
        }
        out.add(m.domain(at, MeetingsDocument::refineMeeting,
            () -> Meeting.of(attendees, topics)));
      }
      return out.build();
    }

    private static String refineMeeting(String message) {
      java.util.regex.Matcher turn =
          java.util.regex.Pattern.compile("^topics\\[(\\d+)\\]\\[(\\d+)\\]").matcher(message);
      if (turn.find()) {
        return "/topics/" + turn.group(1) + "/" + turn.group(2);
      }
      java.util.regex.Matcher attendee =
          java.util.regex.Pattern.compile("^attendees\\[(\\d+)\\]").matcher(message);
      if (attendee.find()) {
        return "/attendees/" + attendee.group(1) + "/id";
      }
      return message.contains("at least one attendee") ? "/attendees" : "";
    }

    @Override
    public MeetingsDto toDto(ImmutableList<Meeting> value) {
      return new MeetingsDto(FORMAT, Codec.VERSION, value.stream()
          .map(meeting -> new MeetingDto(meeting.attendees().stream()
              .map(a -> new AttendeeDto(a.id(), a.group(), a.seniority()))
              .collect(ImmutableList.toImmutableList()),
              InstrumentDocument.emptyToNull(ImmutableList.copyOf(meeting.topics()))))
          .collect(ImmutableList.toImmutableList()));
    }
  }
}
