package dev.belonging.instrument;

/**
 * The rules of {@link InstrumentLint}, each with a default severity and advice on how to fix a
 * finding. Text rules are heuristics on English wording: they catch the common cases, and a
 * finding can be accepted by switching the rule off.
 */
public enum LintRule {
  /**
   * An item asks about a feeling only ("I feel...") instead of a behaviour, outside a pulse.
   * Feelings are hard to act on; behaviours show what to change.
   */
  FEELING_ONLY(LintSeverity.WARNING,
      "ask about a concrete behaviour in a time window instead of a feeling, e.g. 'In the last "
          + "month, how often did ...?' (feeling items are fine only in a pulse)"),
  /** An item asks two things at once ("... and ...", "... or ..."). */
  DOUBLE_BARRELLED(LintSeverity.WARNING,
      "split the item into one item per question; remove 'and' / 'or' joining two topics"),
  /** An item contains two or more negations, which makes agreeing or disagreeing ambiguous. */
  DOUBLE_NEGATIVE(LintSeverity.ERROR,
      "rephrase with at most one negation, preferably none"),
  /** An item suggests the expected answer ("don't you agree", "obviously", "excellent"). */
  LEADING_WORDING(LintSeverity.WARNING,
      "use neutral wording that does not suggest an answer"),
  /** An item is longer than the configured maximum, which hurts paper and mobile forms. */
  EXCESSIVE_LENGTH(LintSeverity.WARNING,
      "shorten the item to the configured maximum number of characters"),
  /** An item has no construct, so it cannot be scored or disaggregated by construct. */
  MISSING_CONSTRUCT(LintSeverity.ERROR,
      "assign the construct the item measures"),
  /** A construct of a full instrument has fewer than three closed items. */
  TOO_FEW_ITEMS_PER_CONSTRUCT(LintSeverity.ERROR,
      "add items until the construct has at least 3 closed items, or move it to a module"),
  /** A reverse-keyed item uses a scale without a midpoint. */
  REVERSE_KEYED_WITHOUT_MIDPOINT(LintSeverity.WARNING,
      "use a scale with an odd number of points for reverse-keyed items, or word the item "
          + "positively");

  private final LintSeverity defaultSeverity;
  private final String fix;

  LintRule(LintSeverity defaultSeverity, String fix) {
    this.defaultSeverity = defaultSeverity;
    this.fix = fix;
  }

  /** The severity used unless configured otherwise. */
  public LintSeverity defaultSeverity() {
    return defaultSeverity;
  }

  /** How to fix a finding of this rule. */
  public String fix() {
    return fix;
  }
}
