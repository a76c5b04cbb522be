package dev.belonging.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The shipped JSON Schemas, loaded from the main jar's resources, and a validator. */
final class Schemas {
  private Schemas() {}

  static final String INSTRUMENT = "instrument";
  static final String ROSTER = "roster";
  static final String RESPONSE_WAVE = "response-wave";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

  static JsonSchema schema(String name) {
    return CACHE.computeIfAbsent(name, n -> {
      String path = "/dev/belonging/json/schema/v1/" + n + ".schema.json";
      try (InputStream in = BelongingJson.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("schema not shipped: " + path);
        }
        return FACTORY.getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The schema violations of a document; empty when it is valid. */
  static String violations(String name, String json) {
    try {
      Set<ValidationMessage> messages = schema(name).validate(MAPPER.readTree(json));
      return messages.stream().map(ValidationMessage::getMessage).sorted()
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
