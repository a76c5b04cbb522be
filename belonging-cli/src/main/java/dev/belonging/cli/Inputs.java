package dev.belonging.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableSet;
import dev.belonging.csv.ColumnMapping;
import dev.belonging.csv.CsvImport;
import dev.belonging.csv.CsvImportException;
import dev.belonging.csv.CsvLayout;
import dev.belonging.csv.CsvResponseStream;
import dev.belonging.csv.ErrorMode;
import dev.belonging.csv.ImportReport;
import dev.belonging.csv.SurveyCsvWriter;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.InvalidResponseException;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseValidator;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.instrument.ValidationPolicy;
import dev.belonging.instrument.ValidationResult;
import dev.belonging.json.BelongingJson;
import dev.belonging.json.ResponseWaveReader;
import dev.belonging.json.WireFormatException;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.Roster;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads the tool's input files. Every failure becomes a {@link CliException} whose message starts
 * with the file and names the place (JSON pointer, line, row, column or response position) and
 * the rule, as the libraries report them.
 */
final class Inputs {
  /**
   * Dimension names treated as sensitive (stricter minimum group size) when a CSV file does not
   * say otherwise: the privacy-safe default for self-identified demographics.
   */
  static final ImmutableSet<String> SENSITIVE_BY_DEFAULT = ImmutableSet.of(
      "gender", "disability", "ethnicity", "race", "sexual_orientation", "religion", "age");

  private final BelongingJson json = BelongingJson.defaults();
  private final Progress progress;

  Inputs(Progress progress) {
    this.progress = progress;
  }

  BelongingJson json() {
    return json;
  }

  /** The CSV options of a command. */
  record CsvOptions(CsvLayout layout, Optional<String> idColumn, Map<String, String> attributes,
      Map<String, String> items, boolean itemsByText, Set<String> sensitive, boolean skipBadRows,
      char separator) {
    static CsvOptions defaults() {
      return new CsvOptions(CsvLayout.GENERIC, Optional.empty(), Map.of(), Map.of(), false,
          Set.of(), false, ',');
    }
  }

  /** Responses read and validated, with what was left out and why. */
  record LoadedWave(String waveId, List<Response> responses, List<String> exclusions) {}

  Instrument instrument(Path file) {
    return readJson(file, json::readInstrument);
  }

  Roster roster(Path file) {
    return readJson(file, json::readRoster);
  }

  <T> T readJson(Path file, Function<InputStream, T> reader) {
    try (InputStream in = open(file)) {
      return reader.apply(in);
    } catch (WireFormatException e) {
      throw CliException.invalidInput(file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw CliException.invalidInput(file + ": cannot be read: " + describe(e.getCause()), e);
    } catch (IOException e) {
      throw CliException.invalidInput(file + ": cannot be read: " + describe(e), e);
    }
  }

  static InputStream open(Path file) throws IOException {
    try {
      return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (NoSuchFileException e) {
      throw CliException.invalidInput(file + ": no such file", e);
    }
  }

  static String describe(IOException e) {
    return e instanceof NoSuchFileException ? "no such file"
        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  static boolean isCsv(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /**
   * Reads a response wave (JSON, or CSV by file extension) answering {@code instrument} and
   * validates it: fail on the first invalid response, or exclude and count.
   */
  LoadedWave responses(Path file, Instrument instrument, CsvOptions csv, Optional<Roster> roster,
      boolean excludeInvalid) {
    String waveId;
    List<Response> read;
    List<String> exclusions = new ArrayList<>();
    if (isCsv(file)) {
      waveId = stripExtension(file.getFileName().toString());
      read = csvResponses(file, instrument, csv, roster, exclusions);
    } else {
      ResponseWave header;
      read = new ArrayList<>();
      try (InputStream in = open(file); ResponseWaveReader reader = json.responseWaveReader(in)) {
        header = reader.header();
        if (!header.answers(instrument)) {
          throw CliException.invalidInput(file + ": /instrumentId: the wave answers instrument '"
              + header.instrumentId() + "' " + header.instrumentVersion()
              + ", but the instrument given is '" + instrument.id() + "' "
              + instrument.version());
        }
        while (reader.hasNext()) {
          read.add(reader.next());
          progress.count("responses read from " + file.getFileName(), read.size());
        }
      } catch (WireFormatException e) {
        throw CliException.invalidInput(file + ": " + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw CliException.invalidInput(file + ": cannot be read: " + describe(e.getCause()), e);
      } catch (IOException e) {
        throw CliException.invalidInput(file + ": cannot be read: " + describe(e), e);
      }
      waveId = header.waveId();
    }
    ResponseValidator validator = ResponseValidator.withDefaults().withPolicy(
        excludeInvalid ? ValidationPolicy.EXCLUDE_AND_COUNT : ValidationPolicy.FAIL_FAST);
    ValidationResult valid;
    try {
      valid = validator.validate(instrument, read);
    } catch (InvalidResponseException e) {
      String where = isCsv(file) ? "imported response " + e.position() + " (0-based)"
          : "/responses/" + e.position();
      throw CliException.invalidInput(file + ": " + where + ": " + e.getMessage()
          + "; use --exclude-invalid to leave such responses out and count them", e);
    }
    valid.exclusions().forEach(x -> exclusions.add(
        x.count() + " response(s) excluded: " + x.reason() + " (rule " + x.rule() + ")"));
    return new LoadedWave(waveId, valid.accepted(), exclusions);
  }

  private List<Response> csvResponses(Path file, Instrument instrument, CsvOptions options,
      Optional<Roster> roster, List<String> exclusions) {
    ColumnMapping mapping = mapping(file, instrument, options, roster);
    CsvImport csvImport;
    try {
      csvImport = CsvImport.forInstrument(instrument).withLayout(options.layout())
          .withColumnSeparator(options.separator()).withMapping(mapping)
          .withErrorMode(options.skipBadRows() ? ErrorMode.SKIP_AND_COUNT : ErrorMode.FAIL_FAST);
    } catch (IllegalArgumentException e) {
      throw CliException.invalidInput(file + ": column mapping: " + e.getMessage(), e);
    }
    List<Response> responses = new ArrayList<>();
    ImportReport report;
    try (CsvResponseStream stream = csvImport.stream(file)) {
      while (stream.hasNext()) {
        responses.add(stream.next());
        progress.count("rows read from " + file.getFileName(), responses.size());
      }
      report = stream.report();
    } catch (CsvImportException e) {
      throw CliException.invalidInput(file + ": " + e.getMessage()
          + (e.row() > 0 ? "; use --skip-bad-rows to skip such rows and count them" : ""), e);
    } catch (UncheckedIOException e) {
      throw CliException.invalidInput(file + ": cannot be read: " + describe(e.getCause()), e);
    }
    report.skippedByProblem().forEach((problem, count) -> exclusions.add(
        count + " row(s) skipped: " + problem.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    report.droppedByStatus().forEach((status, count) -> exclusions.add(
        count + " row(s) dropped: " + status.name().toLowerCase(Locale.ROOT) + " responses"));
    return responses;
  }

  /** The explicit mapping of the options, or one derived from the header. */
  ColumnMapping mapping(Path file, Instrument instrument, CsvOptions options,
      Optional<Roster> roster) {
    Map<String, Dimension> known = knownDimensions(roster, options.sensitive());
    ColumnMapping.Builder b = ColumnMapping.builder();
    try {
      boolean explicit = !options.items().isEmpty() || options.itemsByText();
      if (explicit) {
        options.idColumn().ifPresent(b::respondentIdColumn);
        options.attributes().forEach((header, name) -> b.putAttributeColumn(header,
            dimension(name, known)));
        options.items().forEach(b::putItemColumn);
        if (options.itemsByText()) {
          b.putItemsByText(instrument);
        }
        return b.build();
      }
      if (options.layout() != CsvLayout.GENERIC) {
        options.idColumn().ifPresent(b::respondentIdColumn);
        options.attributes().forEach((header, name) -> b.putAttributeColumn(header,
            dimension(name, known)));
        return b.putItemsByText(instrument).build();
      }
      // The generic layout written by `belonging simulate --format csv` (SurveyCsvWriter).
      List<String> header = header(file, options.separator());
      for (String column : header) {
        String c = column.strip();
        if (c.equals(SurveyCsvWriter.RESPONDENT_ID_HEADER) && options.idColumn().isEmpty()) {
          b.respondentIdColumn(c);
        } else if (c.startsWith(SurveyCsvWriter.ATTRIBUTE_PREFIX)) {
          b.putAttributeColumn(c,
              dimension(c.substring(SurveyCsvWriter.ATTRIBUTE_PREFIX.length()), known));
        } else {
          Optional<Item> item = instrument.item(c);
          if (item.isPresent()) {
            if (item.get().scale().isPresent()) {
              b.putItemColumn(c, c);
            } else {
              b.putCommentColumn(c, c);
            }
          }
        }
      }
      options.idColumn().ifPresent(b::respondentIdColumn);
      options.attributes().forEach((h, name) -> b.putAttributeColumn(h, dimension(name, known)));
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (e instanceof CliException) {
        throw e;
      }
      throw CliException.invalidInput(file + ": column mapping: " + e.getMessage()
          + " (name item columns by item id, attribute columns 'attribute: NAME', or map them "
          + "with --item, --items-by-text and --attribute)", e);
    }
  }

  private static List<String> header(Path file, char separator) {
    CsvMapper mapper = new CsvMapper();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(mapper.schemaFor(String.class).withColumnSeparator(separator))
            .readValues(reader)) {
      if (!rows.hasNext()) {
        throw CliException.invalidInput(file + ": line 1: a header row is required, but the "
            + "file is empty");
      }
      List<String> header = new ArrayList<>(rows.next());
      if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
        header.set(0, header.get(0).substring(1));
      }
      return header;
    } catch (NoSuchFileException e) {
      throw CliException.invalidInput(file + ": no such file", e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof CliException) {
        throw (CliException) e;
      }
      throw CliException.invalidInput(file + ": line 1: the header row cannot be parsed as CSV",
          e);
    }
  }

  static Map<String, Dimension> knownDimensions(Optional<Roster> roster, Set<String> sensitive) {
    Map<String, Dimension> known = new LinkedHashMap<>();
    for (Dimension d : List.of(Dimension.TEAM, Dimension.TENURE, Dimension.ROLE,
        Dimension.WORK_ARRANGEMENT, Dimension.LOCATION)) {
      known.put(d.name(), d);
    }
    SENSITIVE_BY_DEFAULT.forEach(name -> known.put(name, Dimension.sensitive(name)));
    roster.ifPresent(r -> {
      for (Attributes a : r.invited()) {
        a.values().keySet().forEach(d -> known.put(d.name(), d));
      }
    });
    sensitive.forEach(name -> known.put(name, Dimension.sensitive(name)));
    return known;
  }

  static Dimension dimension(String name, Map<String, Dimension> known) {
    Dimension d = known.get(name);
    return d != null ? d : Dimension.of(name);
  }

  static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Dimension names of responses, sorted, for messages. */
  static Set<String> dimensionNames(List<Response> responses) {
    Set<String> names = new TreeSet<>();
    responses.forEach(r -> r.attributes().values().keySet().forEach(d -> names.add(d.name())));
    return names;
  }
}
