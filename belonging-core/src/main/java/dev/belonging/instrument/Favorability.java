package dev.belonging.instrument;

/** Whether a point on a {@link ResponseScale} counts as favorable, neutral or unfavorable. */
public enum Favorability {
  /** A favorable point, for example the top two points of a 5-point agreement scale. */
  FAVORABLE,
  /** A point that is neither favorable nor unfavorable. */
  NEUTRAL,
  /** An unfavorable point. */
  UNFAVORABLE
}
