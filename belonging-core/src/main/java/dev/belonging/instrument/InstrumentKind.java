package dev.belonging.instrument;

/**
 * What an {@link Instrument} is for; some {@link InstrumentLint} rules depend on it.
 */
public enum InstrumentKind {
  /** A very short check-in (one or two items); a feeling item is acceptable here. */
  PULSE,
  /** A short form for staff without a desk (paper or QR code): few items, behaviours only. */
  SHORT_FORM,
  /** A module added to another instrument, covering one theme such as remote work. */
  MODULE,
  /** A full instrument: every construct it covers needs at least three items. */
  FULL
}
