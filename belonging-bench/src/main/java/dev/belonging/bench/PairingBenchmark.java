package dev.belonging.bench;

import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.PairingScheduler;
import dev.belonging.intervention.Participant;
import dev.belonging.testkit.SeededRandom;
import dev.belonging.workforce.WorkArrangement;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pairing: one coffee-chat round for {@code participants} opted-in people across eight time zones,
 * 100 teams and all work arrangements, with two earlier rounds in the history (no repeats).
 * Target: 10,000 participants in under 1 s on 2 cores. Up to the scheduler's exact-matching limit
 * (2,000 by default) the round uses JGraphT's exact Blossom V matching; above it, greedy matching.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class PairingBenchmark {
  private static final String[] ZONES = {"America/Los_Angeles", "America/New_York",
      "America/Sao_Paulo", "Europe/London", "Europe/Berlin", "Asia/Kolkata", "Asia/Singapore",
      "Australia/Sydney"};

  @Param({"2000", "10000"})
  public int participants;

  private List<Participant> people;
  private List<PairingRound> history;
  private PairingScheduler scheduler;

  @Setup(Level.Trial)
  public void setUp() {
    RandomGenerator random = SeededRandom.of(7L);
    WorkArrangement[] arrangements = WorkArrangement.values();
    people = new ArrayList<>(participants);
    for (int i = 0; i < participants; i++) {
      int startHour = 7 + random.nextInt(4);
      people.add(Participant.of(String.format("p%06d", i),
          arrangements[random.nextInt(arrangements.length)], "team-" + random.nextInt(100),
          ZONES[random.nextInt(ZONES.length)], LocalTime.of(startHour, 0),
          LocalTime.of(startHour + 8, 0)));
    }
    scheduler = PairingScheduler.withDefaults().withSeed(11L);
    history = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      history.add(scheduler.withSeed(round).schedule(people, history));
    }
  }

  @Benchmark
  public PairingRound schedule() {
    return scheduler.schedule(people, history);
  }
}
