package dev.belonging.intervention;

/**
 * The instrument item ids the built-in catalog watches, in one place so that they can be aligned
 * with the built-in instrument's ids. Each id names the behaviour the item asks about.
 */
final class BuiltInItems {
  private BuiltInItems() {}

  static final String VOICE_SPEAK_UP = "voice_speak_up";
  static final String VOICE_HEARD_IN_MEETINGS = "voice_heard_in_meetings";
  static final String VOICE_DISSENT = "voice_dissent";
  static final String RECOGNITION_CREDITED = "recognition_credited";
  static final String RECOGNITION_REMOTE_VISIBLE = "recognition_remote_visible";
  static final String FAIRNESS_TRANSPARENT_DECISIONS = "fairness_transparent_decisions";
  static final String FAIRNESS_EQUAL_ACCESS = "fairness_equal_access";
  static final String CONNECTION_KNOW_COLLEAGUES = "connection_know_colleagues";
  static final String CONNECTION_INFORMAL_CONTACT = "connection_informal_contact";
  static final String CONNECTION_REMOTE_INCLUDED = "connection_remote_included";
  static final String AUTHENTICITY_BE_MYSELF = "authenticity_be_myself";
  static final String SAFETY_MISTAKES_OK = "safety_mistakes_ok";
  static final String SAFETY_ASK_QUESTIONS = "safety_ask_questions";
  static final String BELONGING_PULSE = "belonging_pulse";
}
