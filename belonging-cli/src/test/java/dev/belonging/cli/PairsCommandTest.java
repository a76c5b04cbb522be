package dev.belonging.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.Participant;
import dev.belonging.json.BelongingJson;
import dev.belonging.workforce.WorkArrangement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairsCommandTest {
  @TempDir
  Path dir;

  private Path participants(int people) throws IOException {
    StringBuilder csv = new StringBuilder("id,arrangement,team,time_zone,work_start,work_end\n");
    for (int i = 0; i < people; i++) {
      csv.append("u").append(i).append(',').append(i % 2 == 0 ? "REMOTE" : "OFFICE")
          .append(",team-").append(i % 3).append(",Europe/Berlin,09:00,17:00\n");
    }
    return Files.writeString(dir.resolve("participants.csv"), csv.toString());
  }

  /** Pairs of a rounds file as "a+b" keys, by round. */
  private static Map<String, Set<String>> pairs(Path rounds) throws IOException {
    Map<String, List<String>> groups = new TreeMap<>();
    for (String line : Files.readAllLines(rounds).subList(1, Files.readAllLines(rounds).size())) {
      String[] f = line.split(",");
      groups.computeIfAbsent(f[0] + "/" + f[1], k -> new ArrayList<>()).add(f[2]);
    }
    Map<String, Set<String>> pairs = new TreeMap<>();
    groups.forEach((key, members) -> {
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          pairs.computeIfAbsent(key.split("/")[0], k -> new HashSet<>())
              .add(members.get(i) + "+" + members.get(j));
        }
      }
    });
    return pairs;
  }

  @Test
  void pairs_firstRound_groupsEveryoneAndWritesTheRound() throws IOException {
    Path out = dir.resolve("round-1.csv");
    Cli.Run run = Cli.run("pairs", "--participants", participants(9), "--out", out);

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Round 1: 9 people in 4 groups (1 trios), 0 unmatched");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("round,group,participant,quality");
    assertThat(lines).hasSize(10);
  }

  @Test
  void pairs_withHistory_neverRepeatsAPairAndNumbersTheNextRound() throws IOException {
    Path people = participants(8);
    Path first = dir.resolve("round-1.csv");
    assertThat(Cli.run("pairs", "--participants", people, "--out", first).exitCode())
        .isEqualTo(ExitCodes.OK);
    Path second = dir.resolve("round-2.csv");
    Cli.Run run = Cli.run("pairs", "--participants", people, "--history", first, "--out",
        second);

    assertWithMessage("%s", run).that(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("Round 2:");
    Set<String> before = pairs(first).get("1");
    Set<String> after = pairs(second).get("2");
    assertThat(after).isNotEmpty();
    assertThat(after).containsNoneIn(before);
  }

  @Test
  void pairs_jsonDocuments_roundTripThroughTheHistory() throws IOException {
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      people.add(Participant.of("u" + i, i % 2 == 0 ? WorkArrangement.REMOTE
          : WorkArrangement.OFFICE, "team-" + i % 3, "Europe/Berlin", LocalTime.of(9, 0),
          LocalTime.of(17, 0)));
    }
    BelongingJson json = BelongingJson.defaults();
    Path participants = Files.writeString(dir.resolve("participants.json"),
        json.participantsToString(people));
    Path first = dir.resolve("round-1.json");
    Path history = dir.resolve("history.json");
    Cli.Run one = Cli.run("pairs", "--participants", participants, "--out", first,
        "--history-out", history);
    assertWithMessage("%s", one).that(one.exitCode()).isEqualTo(ExitCodes.OK);

    Path second = dir.resolve("round-2.json");
    Cli.Run two = Cli.run("pairs", "--participants", participants, "--history", history,
        "--out", second);

    assertWithMessage("%s", two).that(two.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(two.out()).startsWith("Round 2:");
    PairingRound before;
    PairingRound after;
    try (var in = Files.newInputStream(first)) {
      before = json.readPairingRound(in);
    }
    try (var in = Files.newInputStream(second)) {
      after = json.readPairingRound(in);
    }
    try (var in = Files.newInputStream(history)) {
      assertThat(json.readPairingHistory(in)).containsExactly(before);
    }
    Set<List<String>> earlier = new HashSet<>();
    before.groups().forEach(g -> earlier.add(g.members()));
    after.groups().forEach(g -> assertThat(earlier).doesNotContain(g.members()));
  }

  @Test
  void pairs_badTime_exitsInvalidInputNamingLineAndColumn() throws IOException {
    Path file = Files.writeString(dir.resolve("p.csv"),
        "id,arrangement,team,time_zone,work_start,work_end\n"
            + "u1,REMOTE,a,Europe/Berlin,09:00,17:00\n"
            + "u2,OFFICE,b,Europe/Berlin,nine,17:00\n");
    Cli.Run run = Cli.run("pairs", "--participants", file, "--out", dir.resolve("o.csv"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(file + ": line 3, column 'work_start': must be a time of day");
  }

  @Test
  void pairs_unknownTimeZone_exitsInvalidInputNamingTheLineAndRule() throws IOException {
    Path file = Files.writeString(dir.resolve("p.csv"),
        "id,arrangement,team,time_zone,work_start,work_end\n"
            + "u1,REMOTE,a,Mars/Olympus,09:00,17:00\n");
    Cli.Run run = Cli.run("pairs", "--participants", file, "--out", dir.resolve("o.csv"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(file + ": line 2: timeZone must be a time-zone id");
  }

  @Test
  void pairs_wrongHeader_exitsInvalidInputShowingTheExpectedOne() throws IOException {
    Path file = Files.writeString(dir.resolve("p.csv"), "name,where\nAda,home\n");
    Cli.Run run = Cli.run("pairs", "--participants", file, "--out", dir.resolve("o.csv"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(
        "line 1: the header must be id,arrangement,team,time_zone,work_start,work_end");
  }

  @Test
  void pairs_onePerson_exitsInvalidInput() throws IOException {
    Cli.Run run = Cli.run("pairs", "--participants", participants(1), "--out",
        dir.resolve("o.csv"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("at least 2 people");
  }

  @Test
  void pairs_negativeNoRepeatRounds_exitsWithUsageCode() throws IOException {
    Cli.Run run = Cli.run("pairs", "--participants", participants(4), "--no-repeat-rounds",
        "-1", "--out", dir.resolve("o.csv"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("noRepeatRounds must be >= 0, but was -1");
  }
}
