package dev.belonging.intervention;

/**
 * The instrument item ids the built-in catalog watches: items of {@link
 * dev.belonging.instrument.BuiltInInstruments} (the belonging index, the pulse and the remote-work
 * module), so that a trial re-asks exactly the items its intervention is meant to move. A test
 * checks every id exists there and measures one of the intervention's target constructs.
 */
final class BuiltInItems {
  private BuiltInItems() {}

  static final String VOICE_SPEAK_UP = "voice.asked";
  static final String VOICE_HEARD_IN_MEETINGS = "voice.acted_on";
  static final String VOICE_DISSENT = "voice.disagree";
  static final String RECOGNITION_CREDITED = "recognition.credited";
  static final String RECOGNITION_REMOTE_VISIBLE = "remote.credited_publicly";
  static final String RECOGNITION_REMOTE_PARITY = "remote.credit_parity";
  static final String FAIRNESS_TRANSPARENT_DECISIONS = "fairness.criteria";
  static final String FAIRNESS_EQUAL_ACCESS = "fairness.assignments";
  static final String CONNECTION_KNOW_COLLEAGUES = "connection.new_person";
  static final String CONNECTION_INFORMAL_CONTACT = "connection.life_talk";
  static final String CONNECTION_REMOTE_INCLUDED = "connection.heard_later";
  static final String AUTHENTICITY_BE_MYSELF = "authenticity.own_style";
  static final String SAFETY_MISTAKES_OK = "safety.mistake_admitted";
  static final String SAFETY_ASK_QUESTIONS = "safety.basic_question";
  static final String BELONGING_PULSE = "pulse.belonging";
}
