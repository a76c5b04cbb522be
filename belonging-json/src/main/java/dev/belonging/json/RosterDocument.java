package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Roster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The {@code belonging.roster} document: the attributes of everyone invited, in order. */
final class RosterDocument implements DocumentType<RosterDocument.RosterDto, Roster> {
  static final String FORMAT = "belonging.roster";
  static final RosterDocument INSTANCE = new RosterDocument();

  private RosterDocument() {}

  @JsonPropertyOrder({"format", "version", "dimensions", "invited"})
  record RosterDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("dimensions") @Nullable List<Dimensions.DimensionDto> dimensions,
      @JsonProperty("invited") @Nullable List<Map<String, String>> invited) {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Class<RosterDto> dtoClass() {
    return RosterDto.class;
  }

  @Override
  public RosterDto emptyDto() {
    return new RosterDto(null, null, null, null);
  }

  @Override
  public String recordField() {
    return "invited";
  }

  @Override
  public Roster toDomain(RosterDto dto, Mapping m) {
    Dimensions dimensions = Dimensions.read(dto.dimensions(), "/dimensions", m);
    List<Map<String, String>> invited = m.list(m.required(dto.invited(), "/invited"), "/invited");
    List<Attributes> people = new ArrayList<>(invited.size());
    for (int i = 0; i < invited.size(); i++) {
      people.add(dimensions.attributes(invited.get(i), "/invited/" + i, m));
    }
    return m.domain("/invited", () -> Roster.of(people));
  }

  @Override
  public RosterDto toDto(Roster value) {
    return new RosterDto(FORMAT, Codec.VERSION,
        InstrumentDocument.emptyToNull(Dimensions.declare(Dimensions.used(value.invited()).values())),
        value.invited().stream().map(Dimensions::byName).collect(ImmutableList.toImmutableList()));
  }
}
