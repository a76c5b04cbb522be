package dev.belonging.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseScale;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The state of one read: the parser, the resolved columns and the counts. Not thread-safe. */
final class ImportSession {
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
  private static final Pattern IMPORT_ID =
      Pattern.compile("\\{\\s*\"ImportId\"\\s*:\\s*\"([^\"]*)\".*}", Pattern.DOTALL);
  /** Qualtrics fields that describe the response session rather than the respondent's answers. */
  private static final ImmutableSet<String> QUALTRICS_METADATA = ImmutableSet.of(
      "StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)",
      "Finished", "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName",
      "RecipientEmail", "ExternalReference", "LocationLatitude", "LocationLongitude",
      "DistributionChannel", "UserLanguage");
  /** The metadata fields that may serve as a pseudonymous respondent id. */
  private static final ImmutableSet<String> QUALTRICS_ID_FIELDS =
      ImmutableSet.of("ResponseId", "ExternalReference");
  private static final ImmutableMap<String, DroppedStatus> QUALTRICS_DROPPED =
      ImmutableMap.<String, DroppedStatus>builder()
          .put("survey preview", DroppedStatus.PREVIEW).put("preview", DroppedStatus.PREVIEW)
          .put("1", DroppedStatus.PREVIEW)
          .put("survey test", DroppedStatus.TEST).put("test", DroppedStatus.TEST)
          .put("2", DroppedStatus.TEST)
          .put("spam", DroppedStatus.SPAM).put("8", DroppedStatus.SPAM)
          .build();

  private record IdColumn(int index, String header) {}

  private record AttributeColumn(int index, String header, Dimension dimension) {}

  private record ItemColumn(int index, String header, Item item, ResponseScale scale,
      Map<String, Integer> pointsByLabel) {}

  private record CommentColumn(int index, String header, String itemId) {}

  /** A row-level rule broken: turned into an exception or an exclusion. */
  private record Problem(@Nullable String column, CsvProblem problem, String rule) {}

  private final CsvParser parser;
  private final @Nullable Reader owned;
  private final ErrorMode errorMode;
  private final int width;
  private final int statusIndex;
  private final @Nullable IdColumn idColumn;
  private final ImmutableList<AttributeColumn> attributeColumns;
  private final ImmutableList<ItemColumn> itemColumns;
  private final ImmutableList<CommentColumn> commentColumns;

  private final Set<String> acceptedIds = new HashSet<>();
  private final Map<CsvProblem, Long> skipped = new EnumMap<>(CsvProblem.class);
  private final Map<DroppedStatus, Long> dropped = new EnumMap<>(DroppedStatus.class);
  private final List<Exclusion> exclusions = new ArrayList<>();
  private long row;
  private long rowsRead;
  private long accepted;
  private long blankRows;

  private ImportSession(CsvParser parser, @Nullable Reader owned, CsvImport config,
      ColumnMapping mapping, Header header) {
    this.parser = parser;
    this.owned = owned;
    this.errorMode = config.errorMode();
    this.width = header.width();
    this.row = header.rows();
    this.statusIndex = header.statusIndex();
    this.idColumn = mapping.respondentIdColumn()
        .map(key -> header.resolve(key, Role.ID))
        .map(i -> new IdColumn(i, header.name(i)))
        .orElse(null);
    this.attributeColumns = sorted(mapping.attributeColumns().entrySet().stream()
        .map(e -> {
          int i = header.resolve(e.getKey(), Role.ATTRIBUTE);
          return new AttributeColumn(i, header.name(i), e.getValue());
        }).collect(ImmutableList.toImmutableList()), AttributeColumn::index);
    this.itemColumns = sorted(mapping.itemColumns().entrySet().stream()
        .map(e -> {
          int i = header.resolve(e.getKey(), Role.ITEM);
          Item item = config.instrument().item(e.getValue()).orElseThrow();
          ResponseScale scale = item.scale().orElseThrow();
          Map<String, Integer> byLabel = new HashMap<>();
          for (int p : scale.points()) {
            byLabel.putIfAbsent(normalise(scale.label(p)), p);
          }
          return new ItemColumn(i, header.name(i), item, scale, byLabel);
        }).collect(ImmutableList.toImmutableList()), ItemColumn::index);
    this.commentColumns = sorted(mapping.commentColumns().entrySet().stream()
        .map(e -> {
          int i = header.resolve(e.getKey(), Role.COMMENT);
          return new CommentColumn(i, header.name(i), e.getValue());
        }).collect(ImmutableList.toImmutableList()), CommentColumn::index);
  }

  private static <T> ImmutableList<T> sorted(ImmutableList<T> columns,
      Function<T, Integer> index) {
    return ImmutableList.sortedCopyOf(Comparator.comparing(index), columns);
  }

  static ImportSession open(CsvImport config, ColumnMapping mapping, Reader csv,
      boolean ownsReader) {
    CsvParser parser;
    try {
      parser = FACTORY.createParser(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(config.columnSeparator()));
    try {
      Header header = Header.read(config.layout(), new Rows(parser));
      return new ImportSession(parser, ownsReader ? csv : null, config, mapping, header);
    } catch (RuntimeException e) {
      closeQuietly(parser, e);
      throw e;
    }
  }

  private static void closeQuietly(CsvParser parser, RuntimeException e) {
    try {
      parser.close();
    } catch (IOException suppressed) {
      e.addSuppressed(suppressed);
    }
  }

  /** The next accepted response, or null at the end of the file. */
  @Nullable Response next() {
    Rows rows = new Rows(parser);
    while (true) {
      String[] cells = rows.next(row + 1);
      if (cells == null) {
        return null;
      }
      row++;
      rowsRead++;
      if (cells.length == 1 && cells[0].isEmpty()) {
        blankRows++;
        continue;
      }
      if (cells.length != width) {
        reject(new Problem(null, CsvProblem.COLUMN_COUNT,
            "the row has " + cells.length + " columns, but the header has " + width));
        continue;
      }
      if (statusIndex >= 0) {
        DroppedStatus status = QUALTRICS_DROPPED.get(normalise(cells[statusIndex]));
        if (status != null) {
          dropped.merge(status, 1L, Long::sum);
          continue;
        }
      }
      Object outcome = convert(cells);
      if (outcome instanceof Problem) {
        reject((Problem) outcome);
        continue;
      }
      Response response = (Response) outcome;
      if (idColumn != null) {
        acceptedIds.add(response.respondentId());
      }
      accepted++;
      return response;
    }
  }

  /** Either a {@link Response} or the first {@link Problem} of the row. */
  private Object convert(String[] cells) {
    Response.Builder b = Response.builder();
    if (idColumn != null) {
      String id = cells[idColumn.index()].strip();
      if (id.isEmpty()) {
        return new Problem(idColumn.header(), CsvProblem.MISSING_RESPONDENT_ID,
            "the respondent id is blank");
      }
      if (acceptedIds.contains(id)) {
        return new Problem(idColumn.header(), CsvProblem.DUPLICATE_RESPONDENT_ID,
            "the respondent id repeats that of an earlier accepted row");
      }
      b.respondentId(id);
    } else {
      b.respondentId("row-" + row);
    }
    Map<Dimension, String> attributes = new HashMap<>();
    for (AttributeColumn c : attributeColumns) {
      String value = cells[c.index()].strip();
      if (!value.isEmpty()) {
        attributes.put(c.dimension(), value);
      }
    }
    b.attributes(Attributes.of(attributes));
    for (ItemColumn c : itemColumns) {
      String value = cells[c.index()].strip();
      if (value.isEmpty()) {
        continue;
      }
      Integer point = c.pointsByLabel().get(normalise(value));
      if (point == null && INTEGER.matcher(value).matches()) {
        int number = Integer.parseInt(value);
        if (!c.scale().contains(number)) {
          return new Problem(c.header(), CsvProblem.OUT_OF_RANGE, value + " is outside the "
              + describe(c.scale()) + " of item '" + c.item().id() + "'");
        }
        point = number;
      }
      if (point == null) {
        return new Problem(c.header(), CsvProblem.UNKNOWN_LABEL, quote(value)
            + " is not a label of the " + describe(c.scale()) + " of item '" + c.item().id()
            + "'");
      }
      b.putAnswer(c.item().id(), point);
    }
    for (CommentColumn c : commentColumns) {
      String value = cells[c.index()];
      if (!value.isBlank()) {
        b.putComment(c.itemId(), value);
      }
    }
    return b.build();
  }

  private void reject(Problem p) {
    if (errorMode == ErrorMode.FAIL_FAST) {
      throw new CsvImportException(row, p.column(), p.problem(), p.rule());
    }
    skipped.merge(p.problem(), 1L, Long::sum);
    if (exclusions.size() < ImportReport.MAX_LISTED_EXCLUSIONS) {
      exclusions.add(Exclusion.of(row, Optional.ofNullable(p.column()), p.problem(), p.rule()));
    }
  }

  ImportReport report() {
    return ImportReport.builder()
        .rowsRead(rowsRead).accepted(accepted).blankRows(blankRows)
        .skippedByProblem(ImmutableSortedMap.copyOf(skipped))
        .droppedByStatus(ImmutableSortedMap.copyOf(dropped))
        .exclusions(exclusions)
        .build();
  }

  void close() {
    try {
      parser.close();
      if (owned != null) {
        owned.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  /** Quotes an item-column value if it is short and on one line; otherwise gives its length. */
  private static String quote(String value) {
    if (value.length() <= CsvImportException.MAX_QUOTED_LENGTH
        && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return "'" + value + "'";
    }
    return "a value of " + value.length() + " characters";
  }

  /** Names a scale as people know it, for messages. */
  static String describe(ResponseScale scale) {
    if (scale.equals(ResponseScale.agreement5())) {
      return "5-point agreement scale";
    }
    if (scale.equals(ResponseScale.frequency5())) {
      return "5-point frequency scale";
    }
    if (scale.equals(ResponseScale.agreement7())) {
      return "7-point agreement scale";
    }
    if (scale.equals(ResponseScale.rating0To10())) {
      return "0-10 rating scale";
    }
    return scale.size() + "-point scale (" + scale.min() + ".." + scale.max() + ")";
  }

  /** What a mapped column is used for; decides which layout columns it may name. */
  enum Role {
    ID, ATTRIBUTE, ITEM, COMMENT
  }

  /** Reads records from the parser, turning parser failures into the documented exception. */
  private static final class Rows {
    private final CsvParser parser;

    Rows(CsvParser parser) {
      this.parser = parser;
    }

    /** The next record's cells, or null at the end; {@code row} is its number, for errors. */
    String @Nullable [] next(long row) {
      try {
        JsonToken token = parser.nextToken();
        if (token == null) {
          return null;
        }
        List<String> cells = new ArrayList<>();
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
          cells.add(parser.getText());
        }
        return cells.toArray(new String[0]);
      } catch (JsonProcessingException e) {
        throw malformed(row, e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static CsvImportException malformed(long row, JsonProcessingException e) {
      String message = String.valueOf(e.getOriginalMessage());
      String what;
      if (message.startsWith("Missing closing quote")) {
        what = "a quoted value is never closed";
      } else if (message.startsWith("Unexpected character")) {
        what = "a closing quote is followed by text instead of a separator or line end";
      } else {
        what = "the text breaks the CSV syntax or a size limit of the parser";
      }
      JsonLocation where = e.getLocation();
      String at = where == null ? "" : " (file line " + where.getLineNr() + ", character "
          + where.getColumnNr() + ")";
      return new CsvImportException(row, null, CsvProblem.MALFORMED_CSV,
          "CSV cannot be parsed: " + what + at);
    }
  }

  /** The header rows as the layout defines them, and how mapping keys resolve to columns. */
  private static final class Header {
    private final CsvLayout layout;
    private final int rows;
    private final ImmutableList<String> names;
    private final ImmutableList<String> texts;
    private final ImmutableList<String> importIds;
    private final int statusIndex;

    private Header(CsvLayout layout, int rows, ImmutableList<String> names,
        ImmutableList<String> texts, ImmutableList<String> importIds, int statusIndex) {
      this.layout = layout;
      this.rows = rows;
      this.names = names;
      this.texts = texts;
      this.importIds = importIds;
      this.statusIndex = statusIndex;
    }

    static Header read(CsvLayout layout, Rows rows) {
      String[] first = rows.next(1);
      if (first == null) {
        throw new CsvImportException(1, null, CsvProblem.HEADER,
            "the file is empty, but a header row is required");
      }
      if (first.length > 0 && !first[0].isEmpty() && first[0].charAt(0) == BYTE_ORDER_MARK) {
        first[0] = first[0].substring(1);
      }
      ImmutableList<String> names = strip(first);
      if (layout != CsvLayout.QUALTRICS) {
        return new Header(layout, 1, names, ImmutableList.of(), ImmutableList.of(), -1);
      }
      String[] second = headerRow(rows, 2, names.size());
      String[] third = headerRow(rows, 3, names.size());
      ImmutableList.Builder<String> ids = ImmutableList.builder();
      int status = -1;
      for (int i = 0; i < third.length; i++) {
        Matcher m = IMPORT_ID.matcher(third[i].strip());
        if (!m.matches()) {
          throw new CsvImportException(3, names.get(i), CsvProblem.HEADER,
              "row 3 of a Qualtrics export must hold import ids such as "
                  + "{\"ImportId\":\"QID1\"}; export with three header rows");
        }
        ids.add(m.group(1));
        if (status < 0 && (names.get(i).equals("Status") || m.group(1).equals("status"))) {
          status = i;
        }
      }
      if (status < 0) {
        throw new CsvImportException(1, null, CsvProblem.HEADER,
            "a Qualtrics export must have a Status column, so that preview, test and spam "
                + "rows can be dropped");
      }
      return new Header(layout, 3, names, strip(second), ids.build(), status);
    }

    private static String[] headerRow(Rows rows, int row, int width) {
      String[] cells = rows.next(row);
      if (cells == null) {
        throw new CsvImportException(row, null, CsvProblem.HEADER,
            "a Qualtrics export must have 3 header rows (field names, question texts, import "
                + "ids), but the file ends after row " + (row - 1));
      }
      if (cells.length != width) {
        throw new CsvImportException(row, null, CsvProblem.HEADER, "header row " + row + " has "
            + cells.length + " columns, but row 1 has " + width);
      }
      return cells;
    }

    private static ImmutableList<String> strip(String[] cells) {
      ImmutableList.Builder<String> b = ImmutableList.builder();
      for (String c : cells) {
        b.add(c.strip());
      }
      return b.build();
    }

    int rows() {
      return rows;
    }

    int width() {
      return names.size();
    }

    int statusIndex() {
      return statusIndex;
    }

    String name(int index) {
      return names.get(index);
    }

    int resolve(String key, Role role) {
      String wanted = key.strip();
      int index = find(names, 1, wanted, role);
      if (index < 0 && layout == CsvLayout.QUALTRICS) {
        index = find(importIds, 3, wanted, role);
        if (index < 0) {
          index = find(texts, 2, wanted, role);
        }
      }
      if (index < 0) {
        throw new CsvImportException(1, wanted, CsvProblem.HEADER,
            "the mapped column is not in the header"
                + (layout == CsvLayout.QUALTRICS ? " (field names, import ids or question texts)"
                    : ""));
      }
      if (layout == CsvLayout.GOOGLE_FORMS && index == 0) {
        throw new CsvImportException(1, wanted, CsvProblem.HEADER,
            "the first column of a Google Forms export is the submission timestamp and is never"
                + " imported");
      }
      if (layout == CsvLayout.QUALTRICS) {
        String field = names.get(index);
        boolean metadata = QUALTRICS_METADATA.contains(field) || field.startsWith("Q_");
        if (metadata && !(role == Role.ID && QUALTRICS_ID_FIELDS.contains(field))) {
          throw new CsvImportException(1, field, CsvProblem.HEADER,
              "Qualtrics metadata columns are never imported"
                  + (QUALTRICS_ID_FIELDS.contains(field) ? " except as the respondent id" : ""));
        }
      }
      return index;
    }

    /** The one index whose cell equals {@code wanted}; -1 if none; an exception if several. */
    private static int find(ImmutableList<String> cells, int row, String wanted, Role role) {
      int found = -1;
      int count = 0;
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).equals(wanted)) {
          found = found < 0 ? i : found;
          count++;
        }
      }
      if (count > 1) {
        throw new CsvImportException(row, wanted, CsvProblem.HEADER, "the mapped "
            + role.name().toLowerCase(Locale.ROOT) + " column appears " + count
            + " times in header row " + row + ", so it is ambiguous");
      }
      return found;
    }
  }
}
