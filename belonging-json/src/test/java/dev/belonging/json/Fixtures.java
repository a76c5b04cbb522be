package dev.belonging.json;

import com.google.common.collect.ImmutableMap;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.InstrumentKind;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.ItemKind;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseScale;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.Roster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The values of the golden files, built by hand through the domain's API. */
final class Fixtures {
  private Fixtures() {}

  static final Dimension GENDER = Dimension.sensitive("gender");

  /** An instrument using every feature of the format: defaults, custom scale, all item kinds. */
  static Instrument instrument() {
    return Instrument.builder()
        .id("team-belonging")
        .version("2.1.0")
        .title("Team belonging check")
        .language("en-GB")
        .kind(InstrumentKind.MODULE)
        .addItems(
            Item.frequency("voice.dissent", Construct.VOICE,
                "In the last month I voiced a view that differed from the group's."),
            Item.agreement("recognition.credit", Construct.RECOGNITION,
                "When I contribute an idea, people name me as its source.")
                .asReverseKeyed(),
            Item.rating("connection.recommend", Construct.CONNECTION,
                "How likely are you to suggest this team to a friend?"),
            Item.builder().id("fairness.custom").text("Assignments go to whoever asks first.")
                .construct(Construct.of("assignment_fairness", "Assignment fairness"))
                .kind(ItemKind.AGREEMENT)
                .scale(ResponseScale.builder().min(0).max(3)
                    .addLabels("Not at all", "A little", "Mostly", "Fully")
                    .addFavorable(3).addUnfavorable(0).build())
                .reverseKeyed(true).build(),
            Item.builder().id("unassigned").text("Anything we should ask next time?")
                .kind(ItemKind.OPEN_TEXT).build(),
            Item.openText("voice.comment", Construct.VOICE, "What would make speaking up easier?"))
        .addDeclaredConstructs(Construct.AUTHENTICITY, Construct.PSYCHOLOGICAL_SAFETY)
        .addRetiredItemIds("voice.old", "belonging.feeling")
        .build();
  }

  /** The smallest valid instrument: language and kind left at their defaults. */
  static Instrument minimalInstrument() {
    return Instrument.builder().id("pulse").version("1.0.0").title("Pulse")
        .addItems(Item.agreement("belonging.overall", Construct.BELONGING,
            "I can be myself on this team."))
        .build();
  }

  static Roster roster() {
    Attributes a = Attributes.of(ImmutableMap.of(Dimension.TEAM, "eng/platform",
        Dimension.WORK_ARRANGEMENT, "REMOTE", GENDER, "woman"));
    Attributes b = Attributes.of(ImmutableMap.of(Dimension.TEAM, "eng/platform",
        Dimension.TENURE, "<6 months"));
    Attributes c = Attributes.of(ImmutableMap.of(Dimension.TEAM, "sales"));
    return Roster.of(java.util.List.of(a, b, c, Attributes.none(), a));
  }

  static ResponseWave wave() {
    Instrument instrument = instrument();
    return ResponseWave.builder()
        .instrumentId(instrument.id())
        .instrumentVersion(instrument.version())
        .waveId("2026-q3")
        .label("Autumn 2026")
        .ordinal(3)
        .addResponses(
            Response.builder().respondentId("p-0001")
                .attributes(Attributes.of(ImmutableMap.of(Dimension.TEAM, "eng/platform",
                    GENDER, "non-binary")))
                .putAnswer("voice.dissent", 4).putAnswer("recognition.credit", 2)
                .putAnswer("connection.recommend", 10)
                .putComment("voice.comment", "More time before decisions, please. \"Quote\" é")
                .build(),
            Response.of("p-0002", Attributes.of(ImmutableMap.of(Dimension.TEAM, "sales")),
                ImmutableMap.of("connection.recommend", 0, "voice.dissent", 1)),
            Response.of("p-0003", Attributes.none(), ImmutableMap.of()))
        .build();
  }

  /** A wave with no responses and label and ordinal at their defaults. */
  static ResponseWave emptyWave() {
    return ResponseWave.builder().instrumentId("pulse")
        .instrumentVersion(minimalInstrument().version()).waveId("w1").build();
  }

  static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
