package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.workforce.Roster;
import java.util.List;
import org.junit.jupiter.api.Test;

class BelongingJsonModuleTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new BelongingJsonModule());

  /** A user's own type that holds belonging values. */
  record Export(
      @JsonProperty("instrument") Instrument instrument,
      @JsonProperty("roster") Roster roster,
      @JsonProperty("waves") List<ResponseWave> waves) {}

  @Test
  void topLevelValues_areTheWireFormatDocuments() throws Exception {
    assertThat(mapper.writeValueAsString(Fixtures.instrument()))
        .isEqualTo(Fixtures.resource("/golden/v1/instrument.json"));
    assertThat(mapper.writeValueAsString(Fixtures.wave()))
        .isEqualTo(Fixtures.resource("/golden/v1/response-wave.json"));
    assertThat(mapper.readValue(Fixtures.resource("/golden/v1/roster.json"), Roster.class))
        .isEqualTo(Fixtures.roster());
    assertThat(mapper.readValue(Fixtures.resource("/golden/v1/response-wave.json"),
        ResponseWave.class)).isEqualTo(Fixtures.wave());
  }

  @Test
  void nestedValues_roundTripInsideTheUsersTypes() throws Exception {
    Export export = new Export(Fixtures.instrument(), Fixtures.roster(),
        List.of(Fixtures.wave(), Fixtures.emptyWave()));
    String json = mapper.writeValueAsString(export);
    assertThat(json).contains(Fixtures.resource("/golden/v1/roster.json"));
    assertThat(mapper.readValue(json, Export.class)).isEqualTo(export);
  }

  @Test
  void invalidNestedDocument_failsWithTheWireFormatExceptionAsCause() {
    String bad = "{\"instrument\":" + Fixtures.resource("/golden/v1/instrument-minimal.json")
        .replace("\"version\":\"1.0\"", "\"version\":\"3.0\"") + ",\"roster\":null,\"waves\":[]}";
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> mapper.readValue(bad, Export.class));
    assertThat(e).hasCauseThat().isInstanceOf(WireFormatException.class);
    assertThat(((WireFormatException) e.getCause()).pointer()).isEqualTo("/version");
  }

  @Test
  void invalidTopLevelDocument_throwsWireFormatException() {
    String bad = Fixtures.resource("/golden/v1/roster.json").replace("\"sales\"", "\" \"");
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> mapper.readValue(bad, Roster.class));
    assertThat(e.pointer()).isEqualTo("/invited/2/team");
  }
}
