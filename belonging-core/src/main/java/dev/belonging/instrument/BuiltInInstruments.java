package dev.belonging.instrument;

import static dev.belonging.instrument.Construct.AUTHENTICITY;
import static dev.belonging.instrument.Construct.BELONGING;
import static dev.belonging.instrument.Construct.CONNECTION;
import static dev.belonging.instrument.Construct.PROCEDURAL_FAIRNESS;
import static dev.belonging.instrument.Construct.PSYCHOLOGICAL_SAFETY;
import static dev.belonging.instrument.Construct.RECOGNITION;
import static dev.belonging.instrument.Construct.VOICE;

/**
 * Ready-made instruments whose items ask about concrete behaviours. All wording was written for
 * belonging; none is taken from a published or proprietary scale. Every built-in instrument lints
 * clean with {@link InstrumentLint#withDefaults()}.
 *
 * <p>All instruments are version 1.0.0 in English. Items that measure the same thing keep their
 * ids across instruments, so waves of different instruments can be compared item by item.
 *
 * <p>Stateless and thread-safe; each method returns the same immutable instrument every time.
 */
public final class BuiltInInstruments {
  private static final Instrument PULSE = Instrument.builder()
      .id("belonging-pulse").version("1.0.0").title("Belonging pulse")
      .kind(InstrumentKind.PULSE)
      .addItem(Item.agreement("pulse.belonging", BELONGING, "I feel that I belong on my team."))
      .addItem(Item.openText("pulse.comment", BELONGING,
          "What is one change that would make your team a better place for you to work?"))
      .build();

  private static final Instrument INDEX = Instrument.builder()
      .id("belonging-index").version("1.0.0").title("Belonging index")
      .kind(InstrumentKind.FULL)
      // Voice
      .addItem(Item.frequency("voice.disagree", VOICE,
          "In the last month, how often did you disagree openly with a plan in a team meeting?"))
      .addItem(Item.frequency("voice.asked", VOICE,
          "In the last month, how often did your manager ask for your view before making a "
              + "decision that affected your work?"))
      .addItem(Item.frequency("voice.acted_on", VOICE,
          "In the last month, how often did your team act on a suggestion you made?"))
      .addItem(Item.frequency("voice.held_back", VOICE,
          "In the last month, how often did you keep a concern to yourself because raising it "
              + "seemed pointless?").asReverseKeyed())
      // Recognition
      .addItem(Item.frequency("recognition.credited", RECOGNITION,
          "In the last month, how often was an idea of yours credited to you by name?"))
      .addItem(Item.frequency("recognition.thanked", RECOGNITION,
          "In the last month, how often did a colleague thank you for specific help you gave?"))
      .addItem(Item.frequency("recognition.taken", RECOGNITION,
          "In the last month, how often did someone else receive the credit for work you did?")
          .asReverseKeyed())
      .addItem(Item.agreement("recognition.known", RECOGNITION,
          "The people who decide on my next role know what I contributed this quarter."))
      // Procedural fairness
      .addItem(Item.agreement("fairness.criteria", PROCEDURAL_FAIRNESS,
          "I know the criteria used to decide promotions on my team."))
      .addItem(Item.agreement("fairness.assignments", PROCEDURAL_FAIRNESS,
          "Interesting assignments on my team go to people for reasons that are explained."))
      .addItem(Item.agreement("fairness.review_evidence", PROCEDURAL_FAIRNESS,
          "My last performance review was based on evidence I could check."))
      // Connection
      .addItem(Item.frequency("connection.life_talk", CONNECTION,
          "In the last month, how often did you talk with a colleague about life outside work?"))
      .addItem(Item.frequency("connection.advice", CONNECTION,
          "In the last month, how often did a colleague come to you for advice?"))
      .addItem(Item.frequency("connection.new_person", CONNECTION,
          "In the last month, how often did you get to know someone new at work?"))
      .addItem(Item.frequency("connection.heard_later", CONNECTION,
          "In the last month, how often did you hear about a team gathering only after it had "
              + "happened?").asReverseKeyed())
      // Authenticity
      .addItem(Item.agreement("authenticity.life_mentioned", AUTHENTICITY,
          "I can mention my life outside work to my team without worrying about how it will be "
              + "received."))
      .addItem(Item.agreement("authenticity.own_style", AUTHENTICITY,
          "I can speak in my usual way at work instead of adjusting it to fit in."))
      .addItem(Item.frequency("authenticity.hid", AUTHENTICITY,
          "In the last month, how often did you hide part of who you are to avoid standing out "
              + "at work?").asReverseKeyed())
      // Psychological safety
      .addItem(Item.frequency("safety.mistake_admitted", PSYCHOLOGICAL_SAFETY,
          "In the last month, how often did someone on your team admit a mistake in front of "
              + "others?"))
      .addItem(Item.agreement("safety.basic_question", PSYCHOLOGICAL_SAFETY,
          "On my team, asking a basic question in a meeting is treated as normal."))
      .addItem(Item.agreement("safety.blame", PSYCHOLOGICAL_SAFETY,
          "When something goes wrong on my team, the first reaction is to look for who is at "
              + "fault.").asReverseKeyed())
      // Belonging (overall)
      .addItem(Item.agreement("belonging.recommend", BELONGING,
          "I would tell a friend with a background like mine to join my team."))
      .addItem(Item.frequency("belonging.invited", BELONGING,
          "In the last month, how often were you invited to a discussion that mattered to your "
              + "work?"))
      .addItem(Item.agreement("belonging.next_year", BELONGING,
          "A year from now, I expect to still be working in this organisation."))
      .build();

  private static final Instrument FRONTLINE = Instrument.builder()
      .id("belonging-frontline").version("1.0.0").title("Belonging on shift")
      .kind(InstrumentKind.SHORT_FORM)
      .addItem(Item.frequency("frontline.asked", VOICE,
          "In your last five shifts, how often did a supervisor ask how the work could be done "
              + "better?"))
      .addItem(Item.frequency("frontline.thanked", RECOGNITION,
          "In your last five shifts, how often did someone thank you by name?"))
      .addItem(Item.agreement("frontline.rota", PROCEDURAL_FAIRNESS,
          "Shifts on my site are given out by rules I can see."))
      .addItem(Item.frequency("frontline.handoff", CONNECTION,
          "In your last five shifts, how often did a coworker check in with you at a handoff?"))
      .addItem(Item.agreement("frontline.report_mistake", PSYCHOLOGICAL_SAFETY,
          "If I reported a mistake I made on shift, I would be treated fairly."))
      .build();

  private static final Instrument REMOTE = Instrument.builder()
      .id("belonging-remote").version("1.0.0").title("Remote work module")
      .kind(InstrumentKind.MODULE)
      .addItem(Item.frequency("remote.decided_off_hours", PROCEDURAL_FAIRNESS,
          "In the last month, how often was a decision affecting your work made in a meeting "
              + "outside your working hours?").asReverseKeyed())
      .addItem(Item.frequency("remote.written_input", VOICE,
          "In the last month, how often could you give written input on a decision before it "
              + "was made?"))
      .addItem(Item.frequency("remote.credited_publicly", RECOGNITION,
          "In the last month, how often was your work credited by name in a team-wide channel?"))
      .addItem(Item.agreement("remote.credit_parity", RECOGNITION,
          "Remote colleagues on my team get the same public credit for their work as office "
              + "colleagues."))
      .addItem(Item.frequency("remote.informal_chat", CONNECTION,
          "In the last month, how often did you chat with a colleague about something other "
              + "than work?"))
      .addItem(Item.frequency("remote.hybrid_meetings", CONNECTION,
          "In hybrid meetings last month, how often could you join the discussion as easily as "
              + "the people in the room?"))
      .build();

  private BuiltInInstruments() {}

  /**
   * A one-item pulse: "I feel that I belong on my team" on the 5-point agreement scale, plus one
   * optional comment. Meant for frequent check-ins; review comments within 48 hours.
   *
   * @return the pulse, id {@code belonging-pulse}
   */
  public static Instrument pulse() {
    return PULSE;
  }

  /**
   * The full belonging index: 24 behavioural items, at least three for each of the seven
   * built-in constructs, five reverse keyed, on the 5-point frequency and agreement scales.
   *
   * @return the index, id {@code belonging-index}
   */
  public static Instrument belongingIndex() {
    return INDEX;
  }

  /**
   * A five-item short form for frontline and shift staff that fits on a paper card or a QR-code
   * form.
   *
   * @return the short form, id {@code belonging-frontline}
   */
  public static Instrument frontlineShortForm() {
    return FRONTLINE;
  }

  /**
   * A module for remote and hybrid staff: decisions across time zones, visibility of recognition
   * and informal connection.
   *
   * @return the module, id {@code belonging-remote}
   */
  public static Instrument remoteWorkModule() {
    return REMOTE;
  }
}
