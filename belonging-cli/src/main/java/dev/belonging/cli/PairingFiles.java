package dev.belonging.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableList;
import dev.belonging.intervention.PairingGroup;
import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.Participant;
import dev.belonging.intervention.Unmatched;
import dev.belonging.workforce.WorkArrangement;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CSV alternative to belonging-json's participants and pairing documents for the {@code
 * pairs} command, for organisers who keep the opt-in list in a spreadsheet.
 *
 * <ul>
 *   <li>participants: {@code id,arrangement,team,time_zone,work_start,work_end} (times as
 *       {@code HH:MM}, arrangement one of {@link WorkArrangement});
 *   <li>rounds (written, and read back as history): {@code round,group,participant,quality}, one
 *       row per member, groups numbered within a round; unmatched people are not listed.
 * </ul>
 */
final class PairingFiles {
  static final List<String> PARTICIPANT_HEADER =
      List.of("id", "arrangement", "team", "time_zone", "work_start", "work_end");
  static final List<String> ROUND_HEADER = List.of("round", "group", "participant", "quality");

  private PairingFiles() {}

  static ImmutableList<Participant> participants(Path file) {
    List<Integer> lines = new ArrayList<>();
    List<List<String>> rows = rows(file, PARTICIPANT_HEADER, lines);
    ImmutableList.Builder<Participant> participants = ImmutableList.builder();
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      int line = lines.get(i);
      WorkArrangement arrangement;
      try {
        arrangement = WorkArrangement.valueOf(row.get(1).strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw CliException.invalidInput(file + ": line " + line + ", column 'arrangement': "
            + "must be one of " + List.of(WorkArrangement.values()), e);
      }
      LocalTime start = time(file, line, "work_start", row.get(4));
      LocalTime end = time(file, line, "work_end", row.get(5));
      try {
        participants.add(Participant.of(row.get(0).strip(), arrangement, row.get(2).strip(),
            row.get(3).strip(), start, end));
      } catch (IllegalArgumentException e) {
        throw CliException.invalidInput(file + ": line " + line + ": " + e.getMessage(), e);
      }
    }
    return participants.build();
  }

  /** Earlier rounds, oldest first (by round number). */
  static ImmutableList<PairingRound> history(Path file) {
    List<Integer> lines = new ArrayList<>();
    List<List<String>> rows = rows(file, ROUND_HEADER, lines);
    Map<Integer, Map<Integer, List<String>>> members = new TreeMap<>();
    Map<Integer, Map<Integer, Double>> quality = new HashMap<>();
    Map<Integer, Map<Integer, Integer>> firstLine = new HashMap<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      int line = lines.get(i);
      int round = integer(file, line, "round", row.get(0));
      int group = integer(file, line, "group", row.get(1));
      double q;
      try {
        q = Double.parseDouble(row.get(3).strip());
      } catch (NumberFormatException e) {
        throw CliException.invalidInput(file + ": line " + line + ", column 'quality': must be "
            + "a number in [0, 1]", e);
      }
      members.computeIfAbsent(round, r -> new TreeMap<>())
          .computeIfAbsent(group, g -> new ArrayList<>()).add(row.get(2).strip());
      quality.computeIfAbsent(round, r -> new HashMap<>()).put(group, q);
      firstLine.computeIfAbsent(round, r -> new HashMap<>()).putIfAbsent(group, line);
    }
    ImmutableList.Builder<PairingRound> rounds = ImmutableList.builder();
    members.forEach((round, groups) -> {
      List<PairingGroup> built = new ArrayList<>();
      groups.forEach((group, ids) -> {
        try {
          built.add(PairingGroup.of(ids, quality.get(round).get(group)));
        } catch (IllegalArgumentException e) {
          throw CliException.invalidInput(file + ": line " + firstLine.get(round).get(group)
              + ", round " + round + ", group " + group + ": " + e.getMessage(), e);
        }
      });
      try {
        rounds.add(PairingRound.of(built, List.<Unmatched>of()));
      } catch (IllegalArgumentException e) {
        throw CliException.invalidInput(file + ": round " + round + ": " + e.getMessage(), e);
      }
    });
    return rounds.build();
  }

  static int nextRound(Path file) {
    List<Integer> lines = new ArrayList<>();
    List<List<String>> rows = rows(file, ROUND_HEADER, lines);
    int max = 0;
    for (int i = 1; i < rows.size(); i++) {
      max = Math.max(max, integer(file, lines.get(i), "round", rows.get(i).get(0)));
    }
    return max + 1;
  }

  static void writeRound(Path file, int round, PairingRound pairing) {
    Outputs.write(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write(String.join(",", ROUND_HEADER) + "\n");
      int group = 1;
      for (PairingGroup g : pairing.groups()) {
        for (String member : g.members()) {
          w.write(round + "," + group + "," + member + ","
              + String.format(Locale.ROOT, "%.4f", g.quality()) + "\n");
        }
        group++;
      }
      w.flush();
    });
  }

  private static LocalTime time(Path file, int line, String column, String value) {
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw CliException.invalidInput(file + ": line " + line + ", column '" + column
          + "': must be a time of day such as 09:00", e);
    }
  }

  private static int integer(Path file, int line, String column, String value) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      throw CliException.invalidInput(file + ": line " + line + ", column '" + column
          + "': must be a whole number >= 1", e);
    }
    throw CliException.invalidInput(file + ": line " + line + ", column '" + column
        + "': must be a whole number >= 1");
  }

  /**
   * All rows, the header first, checked against the expected header and column count. Blank
   * lines are skipped; {@code lines} receives each row's line number in the file.
   */
  private static List<List<String>> rows(Path file, List<String> header, List<Integer> lines) {
    CsvMapper mapper = new CsvMapper();
    List<List<String>> rows = new ArrayList<>();
    int line = 0;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader)) {
      while (it.hasNext()) {
        List<String> row = it.next();
        line = it.getParser().currentTokenLocation().getLineNr();
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        rows.add(row);
        lines.add(line);
      }
    } catch (NoSuchFileException e) {
      throw CliException.invalidInput(file + ": no such file", e);
    } catch (IOException | RuntimeException e) {
      throw CliException.invalidInput(file + ": after line " + line
          + ": cannot be parsed as CSV", e);
    }
    if (rows.isEmpty()) {
      throw CliException.invalidInput(file + ": line 1: the header " + String.join(",", header)
          + " is required, but the file is empty");
    }
    List<String> found = new ArrayList<>();
    rows.get(0).forEach(h -> found.add(h.strip().replace("\uFEFF", "")));
    if (!found.equals(header)) {
      throw CliException.invalidInput(file + ": line 1: the header must be "
          + String.join(",", header) + ", but was " + String.join(",", found));
    }
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).size() != header.size()) {
        throw CliException.invalidInput(file + ": line " + lines.get(i) + ": must have "
            + header.size() + " columns, but had " + rows.get(i).size());
      }
    }
    return rows;
  }
}
