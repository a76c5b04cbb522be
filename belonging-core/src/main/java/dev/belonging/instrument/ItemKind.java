package dev.belonging.instrument;

/** What kind of answer an {@link Item} asks for. */
public enum ItemKind {
  /** How often a behaviour happened, on a frequency scale such as never..always. */
  BEHAVIOURAL_FREQUENCY,
  /** Agreement with a statement, on an agreement scale. */
  AGREEMENT,
  /** A rating from 0 to 10, for example likelihood to recommend (eNPS). */
  RATING_0_10,
  /** A free-text comment; has no scale and is never scored. */
  OPEN_TEXT
}
