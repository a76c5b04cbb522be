package dev.belonging.cli;

import dev.belonging.json.BelongingJson;
import dev.belonging.intervention.PairingGroup;
import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.PairingScheduler;
import dev.belonging.intervention.Participant;
import dev.belonging.intervention.Unmatched;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code belonging pairs}: the next coffee-chat round. */
@Command(name = "pairs", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Pair opted-in people for the next coffee-chat round: remote with office and across "
            + "teams, only with overlapping working hours, never the same pair within the last "
            + "N rounds, an odd person joining a trio; everyone is grouped or listed as "
            + "unmatched with the reason.",
        "Files ending in .json are wire-format documents (belonging.participants, "
            + "belonging.pairing-history, belonging.pairing-round); others are CSV: "
            + "participants id,arrangement,team,time_zone,work_start,work_end (such as "
            + "u17,REMOTE,sales,Europe/Lisbon,09:00,17:00), rounds (written, and read back as "
            + "--history) round,group,participant,quality."})
final class PairsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--participants", paramLabel = "FILE", required = true,
      description = "The opted-in participants (belonging.participants JSON, or CSV).")
  Path participantsFile;

  @Option(names = "--history", paramLabel = "FILE",
      description = "Earlier rounds (belonging.pairing-history JSON, or a rounds CSV as this "
          + "command writes).")
  Path historyFile;

  @Option(names = "--no-repeat-rounds", paramLabel = "N", defaultValue = "4",
      description = "Never repeat a pair from the last N rounds (default: ${DEFAULT-VALUE}).")
  int noRepeatRounds;

  @Option(names = "--min-overlap", paramLabel = "MINUTES", defaultValue = "60",
      description = "Shared working time a pair needs, in minutes (default: ${DEFAULT-VALUE}).")
  int minimumOverlapMinutes;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
      description = "Seed for ties (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
      description = "Where to write this round (belonging.pairing-round JSON, or a rounds CSV "
          + "to append to a CSV history).")
  Path out;

  @Option(names = "--history-out", paramLabel = "FILE",
      description = "Also write the history with this round appended (belonging.pairing-history "
          + "JSON), ready for the next --history.")
  Path historyOut;

  static boolean isJson(Path file) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
  }

  @Override
  public Integer call() {
    Inputs inputs = new Inputs(Progress.quiet());
    BelongingJson json = inputs.json();
    List<Participant> participants = isJson(participantsFile)
        ? inputs.readJson(participantsFile, json::readParticipants)
        : PairingFiles.participants(participantsFile);
    List<PairingRound> history = historyFile == null ? List.of()
        : isJson(historyFile) ? inputs.readJson(historyFile, json::readPairingHistory)
        : PairingFiles.history(historyFile);
    int round = historyFile == null ? 1
        : isJson(historyFile) ? history.size() + 1 : PairingFiles.nextRound(historyFile);
    PairingScheduler scheduler;
    try {
      scheduler = PairingScheduler.withDefaults().withNoRepeatRounds(noRepeatRounds)
          .withMinimumOverlap(Duration.ofMinutes(minimumOverlapMinutes)).withSeed(seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PairingRound pairing;
    try {
      pairing = scheduler.schedule(participants, history);
    } catch (IllegalArgumentException e) {
      throw CliException.invalidInput(participantsFile + ": " + e.getMessage(), e);
    }
    if (isJson(out)) {
      Outputs.write(out, o -> json.write(pairing, o));
    } else {
      PairingFiles.writeRound(out, round, pairing);
    }
    if (historyOut != null) {
      List<PairingRound> all = new ArrayList<>(history);
      all.add(pairing);
      Outputs.write(historyOut, o -> json.writePairingHistory(all, o));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("Round " + round + ": " + Summary.pairing(pairing) + ". Wrote " + out + ".");
    int group = 1;
    for (PairingGroup g : pairing.groups()) {
      stdout.println("  group " + group++ + ": " + String.join(" + ", g.members())
          + g.joinedAsThird().map(t -> " (" + t + " joined as third)").orElse(""));
    }
    for (Unmatched u : pairing.unmatched()) {
      stdout.println("  unmatched: " + u.participantId() + ": " + u.explanation());
    }
    stdout.flush();
    return ExitCodes.OK;
  }
}
