package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import dev.belonging.fairness.Meeting;
import dev.belonging.fairness.OutcomeRecord;
import dev.belonging.fairness.RecognitionRecord;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Dimension;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pins what a fixed seed generates, so any change to the generated workforces or answers (a new
 * JDK, a changed algorithm, an accidental HashMap iteration) fails here. The suite runs on JDK 17
 * and 25 in CI; the pinned digests must hold on both. Integers and strings only go into the
 * canonical text: no floating-point formatting.
 */
class DeterminismTest {
  /** SHA-256 of {@link #canonical(SyntheticWorkforce)} for the workforce below; from JDK 17. */
  private static final String WORKFORCE_SHA256 =
      "2932e6debd3f3a2de3cbbf080a8e3ecc9dbf6cf9da2c4dcbdc4dbdf466da1395";
  /** SHA-256 of the workforce and three simulated waves below; from JDK 17. */
  private static final String SERIES_SHA256 =
      "5e01949ec904d1ec9ce51aafb8d5a375dfd998c27f535040718fe0eadc4c719e";

  /** SHA-256 of the outcome records below; from JDK 17. */
  private static final String OUTCOMES_SHA256 =
      "c3d53bd4afc4feb98f75ac009f3686ce47c9c75a75aea6c689384a32272910f4";

  private static SyntheticWorkforce workforce() {
    return WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION).withHeadcount(2_000)
        .withDemographics(true).generate(20261122L);
  }

  private static ImmutableList<SimulatedWave> series() {
    ResponseSimulator simulator = ResponseSimulator.of(TestInstruments.SMALL)
        .withMissingRate(0.05)
        .withMissingRate(Dimension.WORK_ARRANGEMENT, "FRONTLINE_SHIFT", 0.2)
        .withResponseRate(Dimension.ROLE, "director", 0.6)
        .withEffect(PlantedEffect.of(Dimension.WORK_ARRANGEMENT, "REMOTE", Construct.CONNECTION,
            -0.5))
        .withEffect(PlantedEffect.of(Dimension.ROLE, "manager", Construct.VOICE, 0.4).fromWave(2));
    return WaveSeries.of(simulator).withWaves(3).simulate(workforce(), 99L);
  }

  @Test
  void workforce_fixedSeed_hasPinnedDigest() {
    assertThat(sha256(canonical(workforce()))).isEqualTo(WORKFORCE_SHA256);
  }

  @Test
  void series_fixedSeed_hasPinnedDigest() {
    StringBuilder text = new StringBuilder();
    for (SimulatedWave wave : series()) {
      text.append(canonical(wave.workforce()));
      text.append("wave ").append(wave.wave().waveId()).append(' ')
          .append(wave.wave().ordinal()).append('\n');
      for (Response response : wave.wave().responses()) {
        text.append(response.respondentId()).append(';').append(response.attributes().values())
            .append(';').append(response.answers()).append(';').append(response.comments())
            .append('\n');
      }
    }
    assertThat(sha256(text.toString())).isEqualTo(SERIES_SHA256);
  }

  @Test
  void outcomes_fixedSeed_havePinnedDigest() {
    SyntheticWorkforce org = workforce();
    PlantedDisparity remote = PlantedDisparity.of(Dimension.WORK_ARRANGEMENT, "REMOTE", 0.6);
    StringBuilder text = new StringBuilder();
    for (OutcomeRecord r : SelectionSimulator.withDefaults().withDisparity(remote)
        .withStrata(Dimension.LOCATION).records(org, 5L)) {
      text.append(r.selected()).append(';').append(r.stratum().orElseThrow()).append('\n');
    }
    for (RecognitionRecord r : RecognitionSimulator.withDefaults().withDisparity(remote)
        .records(org, 6L)) {
      // Periods are whole months: print them as integers, never as formatted doubles.
      text.append((long) r.periods()).append(';').append(r.events()).append('\n');
    }
    for (Meeting m : MeetingSimulator.withDefaults().withFirstVoiceRate(0.5).withDisparity(remote)
        .meetings(org, Dimension.WORK_ARRANGEMENT, 7L)) {
      m.attendees().forEach(a -> text.append(a.id()).append(',').append(a.group()).append(',')
          .append(a.seniority()).append(' '));
      text.append(m.topics()).append('\n');
    }
    assertThat(sha256(text.toString())).isEqualTo(OUTCOMES_SHA256);
  }

  static String canonical(SyntheticWorkforce workforce) {
    StringBuilder text = new StringBuilder();
    for (String team : workforce.hierarchy().teams()) {
      text.append(team).append('<').append(workforce.hierarchy().parent(team).orElse(""))
          .append('\n');
    }
    for (Person person : workforce.people()) {
      text.append(person.id()).append(';').append(person.tenureMonths()).append(';')
          .append(person.attributes().values()).append('\n');
    }
    return text.toString();
  }

  private static String sha256(String text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
  }
}
