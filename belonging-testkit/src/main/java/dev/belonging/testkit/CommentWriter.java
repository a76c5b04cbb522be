package dev.belonging.testkit;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Bland synthetic comments from a small vocabulary of our own: a subject, a positive or negative
 * observation, and an ending. They read like comments but say nothing about anyone.
 */
final class CommentWriter {
  private static final List<String> SUBJECTS = List.of("Our team", "My manager",
      "The weekly meeting", "The new rota", "Our chat channel", "The planning session");
  private static final List<String> POSITIVE = List.of(" makes room for everyone to speak",
      " shares credit for good work", " keeps people in other time zones in the loop",
      " answers questions quickly", " feels friendly and open");
  private static final List<String> NEGATIVE = List.of(" rarely asks the quieter people",
      " could share updates earlier", " decides before everyone has been heard",
      " forgets people who are not in the room", " leaves little time to get to know each other");
  private static final List<String> ENDINGS = List.of(".", " most weeks.", " lately.",
      ", and that matters to me.");

  private CommentWriter() {}

  static String write(RandomGenerator random, boolean positive) {
    List<String> observations = positive ? POSITIVE : NEGATIVE;
    return SUBJECTS.get(random.nextInt(SUBJECTS.size()))
        + observations.get(random.nextInt(observations.size()))
        + ENDINGS.get(random.nextInt(ENDINGS.size()));
  }
}
