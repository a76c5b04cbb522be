package dev.belonging.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.disaggregation.BreakdownRequest;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.TrendReport;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.json.BelongingJson;
import dev.belonging.json.WireFormatException;
import dev.belonging.workforce.Roster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code belonging validate}: wire-format documents against their schema and domain rules. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {
        "Check wire-format documents: each file's \"format\" member picks its JSON Schema "
            + "(shipped in belonging-json), then belonging-json reads it through the domain's "
            + "factories, which check what a schema cannot (unique ids, one label per point, "
            + "answers on the scale, ...).",
        "Every problem is reported with the file, the JSON pointer (or line and column for "
            + "malformed JSON) and the rule; exit code 3 when any file is invalid."})
final class ValidateCommand implements Callable<Integer> {
  /** Where the schemas are published, and where they are found offline. */
  static final String SCHEMA_BASE = "https://belonging.dev/schema/v1/";
  static final String SCHEMA_RESOURCES = "classpath:dev/belonging/json/schema/v1/";

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents to check.")
  List<Path> files = new ArrayList<>();

  /** A document type the reader knows: its schema and a summary of a read value. */
  private record DocumentType(String schema, Function<byte[], String> read) {}

  private final BelongingJson json = BelongingJson.defaults();

  private Map<String, DocumentType> types() {
    return ImmutableMap.<String, DocumentType>builder().putAll(ImmutableMap.of(
        "belonging.instrument", new DocumentType("instrument", bytes -> {
          Instrument i = json.readInstrument(new ByteArrayInputStream(bytes));
          return i.items().size() + " items";
        }),
        "belonging.roster", new DocumentType("roster", bytes -> {
          Roster r = json.readRoster(new ByteArrayInputStream(bytes));
          return r.size() + " people";
        }),
        "belonging.response-wave", new DocumentType("response-wave", bytes -> {
          ResponseWave w = json.readResponseWave(new ByteArrayInputStream(bytes));
          return w.responses().size() + " responses";
        }),
        "belonging.anonymity-policy", new DocumentType("anonymity-policy", bytes -> {
          AnonymityPolicy p = json.readAnonymityPolicy(new ByteArrayInputStream(bytes));
          return "minimum group size " + p.minimumGroupSize() + ", sensitive "
              + p.sensitiveMinimum();
        }),
        "belonging.breakdown-request", new DocumentType("breakdown-request", bytes -> {
          BreakdownRequest r = json.readBreakdownRequest(new ByteArrayInputStream(bytes));
          return r.breakdowns().size() + " breakdowns";
        }),
        "belonging.report", new DocumentType("report", bytes -> {
          DisaggregationReport r = json.readReport(new ByteArrayInputStream(bytes));
          long cells = r.breakdowns().stream().mapToLong(b -> b.cells().size()).sum();
          return r.breakdowns().size() + " breakdowns, " + cells + " cells, "
              + r.suppressedCount() + " suppressed";
        }),
        "belonging.trend-report", new DocumentType("trend-report", bytes -> {
          TrendReport t = json.readTrendReport(new ByteArrayInputStream(bytes));
          return t.changes().size() + " changes, " + t.wins().size() + " wins";
        })))
        .put(read("intervention-catalog", b -> json.readInterventionCatalog(in(b))))
        .put(read("recommendations", b -> json.readRecommendations(in(b))))
        .put(read("pairing-round", b -> json.readPairingRound(in(b))))
        .put(read("pairing-history", b -> json.readPairingHistory(in(b)).size() + " rounds"))
        .put(read("participants", b -> json.readParticipants(in(b)).size() + " participants"))
        .put(read("trial-evaluation", b -> json.readTrialEvaluation(in(b))))
        .put(read("trial-waves", b -> json.readTrialWaves(in(b))))
        .put(read("trial-result", b -> json.readTrialResult(in(b))))
        .put(read("adverse-impact-result", b -> json.readAdverseImpactResult(in(b))))
        .put(read("recognition-equity-result", b -> json.readRecognitionResult(in(b))))
        .put(read("voice-equity-result", b -> json.readVoiceResult(in(b))))
        .put(read("participation-parity-result", b -> json.readParticipationResult(in(b))))
        .put(read("perceived-fairness-result", b -> json.readPerceivedFairnessResult(in(b))))
        .put(read("outcome-records", b -> json.readOutcomeRecords(in(b)).size() + " records"))
        .put(read("recognition-records",
            b -> json.readRecognitionRecords(in(b)).size() + " records"))
        .put(read("meetings", b -> json.readMeetings(in(b)).size() + " meetings"))
        .build();
  }

  /**
   * A document type whose summary is the value's {@code toString()}: the domain's values print
   * counts and ids only, never respondent data.
   */
  private static Map.Entry<String, DocumentType> read(String name,
      Function<byte[], Object> reader) {
    return Map.entry("belonging." + name,
        new DocumentType(name, bytes -> String.valueOf(reader.apply(bytes))));
  }

  private static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaMappers(m -> m.mapPrefix(SCHEMA_BASE, SCHEMA_RESOURCES)));
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_POINTER).build();
    ObjectMapper mapper = new ObjectMapper();
    Map<String, DocumentType> types = types();
    int invalid = 0;
    for (Path file : files) {
      List<String> problems = new ArrayList<>();
      String summary = check(file, factory, config, mapper, types, problems);
      if (problems.isEmpty()) {
        out.println(file + ": valid " + summary);
      } else {
        invalid++;
        problems.forEach(p -> err.println(spec.qualifiedName() + ": " + file + ": " + p));
      }
    }
    out.flush();
    err.flush();
    if (files.size() > 1) {
      out.println((files.size() - invalid) + " of " + files.size() + " documents valid");
      out.flush();
    }
    return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  private String check(Path file, JsonSchemaFactory factory, SchemaValidatorsConfig config,
      ObjectMapper mapper, Map<String, DocumentType> types, List<String> problems) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      problems.add("no such file");
      return "";
    } catch (IOException e) {
      problems.add("cannot be read: " + Inputs.describe(e));
      return "";
    }
    JsonNode root;
    try {
      root = mapper.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add((at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr()
          + ": ") + "not well-formed JSON: " + e.getOriginalMessage().lines().findFirst()
          .orElse(""));
      return "";
    } catch (IOException e) {
      problems.add("cannot be read: " + Inputs.describe(e));
      return "";
    }
    if (root == null || !root.isObject()) {
      problems.add("document: a wire-format document is a JSON object starting with \"format\" "
          + "and \"version\"");
      return "";
    }
    JsonNode format = root.get("format");
    if (format == null || !format.isTextual()) {
      problems.add("/format: must be a string naming the document type, one of "
          + types.keySet().stream().sorted().collect(Collectors.toList()));
      return "";
    }
    DocumentType type = types.get(format.asText());
    if (type == null) {
      problems.add("/format: unknown document type '" + shorten(format.asText()) + "'; known: "
          + types.keySet().stream().sorted().collect(Collectors.toList()));
      return "";
    }
    JsonSchema schema = factory.getSchema(
        SchemaLocation.of(SCHEMA_BASE + type.schema() + ".schema.json"), config);
    List<String> violations = schema.validate(root).stream()
        .map(ValidationMessage.class::cast)
        .map(m -> pointer(m) + ": " + m.getError() + " (schema " + type.schema()
            + ".schema.json, keyword " + m.getType() + ")")
        .sorted().distinct().collect(Collectors.toList());
    if (!violations.isEmpty()) {
      problems.addAll(violations);
      return "";
    }
    try {
      String what = type.read().apply(bytes);
      return format.asText() + " " + root.path("version").asText() + " (" + what + ")";
    } catch (WireFormatException e) {
      problems.add(e.getMessage());
      return "";
    }
  }

  private static String pointer(ValidationMessage m) {
    String p = m.getInstanceLocation() == null ? "" : m.getInstanceLocation().toString();
    return p.isEmpty() ? "document" : p;
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 59) + "\u2026";
  }
}
