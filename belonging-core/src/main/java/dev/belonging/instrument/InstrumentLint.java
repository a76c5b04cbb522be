package dev.belonging.instrument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.belonging.internal.Checks;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks an instrument's items against named {@link LintRule}s: feeling-only items outside a
 * pulse, double-barrelled items, double negatives, leading wording, excessive length, items
 * without a construct, constructs of a full instrument with fewer than three items, and
 * reverse-keyed items on a scale without a midpoint.
 *
 * <p>The wording rules follow common survey-design guidance (for example Dillman, Smyth and
 * Christian, <i>Internet, Phone, Mail, and Mixed-Mode Surveys</i>, 4th ed., 2014, chapter 4) and
 * are heuristics for English text. Lint never throws on any item text.
 *
 * <p>Instances are immutable and thread-safe; configure with the {@code with*} methods.
 */
public final class InstrumentLint {
  private static final int DEFAULT_MAXIMUM_LENGTH = 140;
  private static final InstrumentLint DEFAULTS = new InstrumentLint(defaultSeverities(),
      DEFAULT_MAXIMUM_LENGTH);

  private static final Pattern FEELING = Pattern.compile(
      "\\b(i feel|feel|feels|felt|feeling|feelings|happy|unhappy|comfortable|belong|belonging)\\b");
  private static final Pattern BEHAVIOUR = Pattern.compile(
      "\\b(how often|how many|in the last|in the past|last (week|month|quarter|year)|did|were "
          + "you|was|times)\\b");
  private static final Pattern CONJUNCTION = Pattern.compile("\\b(and|or|and/or|as well as)\\b");
  private static final Pattern NEGATION = Pattern.compile(
      "\\b(not|no|never|none|nobody|nothing|neither|nor|without|cannot)\\b|n't\\b");
  private static final Pattern LEADING = Pattern.compile(
      "\\b(don't you|do you not|wouldn't you|isn't it|aren't you|obviously|clearly|of course|"
          + "surely|everyone (knows|agrees)|as we all know|excellent|amazing|wonderful|great)\\b");

  private final ImmutableMap<LintRule, LintSeverity> severities;
  private final int maximumLength;

  private InstrumentLint(Map<LintRule, LintSeverity> severities, int maximumLength) {
    this.severities = Maps.immutableEnumMap(severities);
    this.maximumLength = maximumLength;
  }

  private static Map<LintRule, LintSeverity> defaultSeverities() {
    Map<LintRule, LintSeverity> m = new EnumMap<>(LintRule.class);
    for (LintRule rule : LintRule.values()) {
      m.put(rule, rule.defaultSeverity());
    }
    return m;
  }

  /** All rules at their default severity; items of at most 140 characters. */
  public static InstrumentLint withDefaults() {
    return DEFAULTS;
  }

  /**
   * This configuration with one rule switched off.
   *
   * @param rule the rule
   * @return the new configuration
   */
  public InstrumentLint without(LintRule rule) {
    Map<LintRule, LintSeverity> m = new EnumMap<>(LintRule.class);
    m.putAll(severities);
    m.remove(Objects.requireNonNull(rule, "rule"));
    return new InstrumentLint(m, maximumLength);
  }

  /**
   * This configuration with one rule at another severity (switching it on if it was off).
   *
   * @param rule the rule
   * @param severity its severity
   * @return the new configuration
   */
  public InstrumentLint withSeverity(LintRule rule, LintSeverity severity) {
    Map<LintRule, LintSeverity> m = new EnumMap<>(LintRule.class);
    m.putAll(severities);
    m.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(severity, "severity"));
    return new InstrumentLint(m, maximumLength);
  }

  /**
   * This configuration with another maximum item length.
   *
   * @param characters the maximum number of characters of an item's text, >= 20
   * @return the new configuration
   * @throws IllegalArgumentException if {@code characters < 20}
   */
  public InstrumentLint withMaximumLength(int characters) {
    return new InstrumentLint(severities, Checks.atLeast("maximumLength", characters, 20));
  }

  /** The enabled rules and their severities, in rule order. */
  public ImmutableMap<LintRule, LintSeverity> rules() {
    return severities;
  }

  /** The maximum number of characters of an item's text. */
  public int maximumLength() {
    return maximumLength;
  }

  /**
   * Lints an instrument.
   *
   * @param instrument the instrument
   * @return the findings, item findings in item order then construct findings; empty when clean
   */
  public ImmutableList<LintFinding> lint(Instrument instrument) {
    ImmutableList.Builder<LintFinding> out = ImmutableList.builder();
    for (Item item : instrument.items()) {
      lintItem(item, instrument.kind(), out);
    }
    if (instrument.kind() == InstrumentKind.FULL) {
      Map<Construct, Integer> counts = new LinkedHashMap<>();
      instrument.constructs().forEach(c -> counts.put(c, 0));
      for (Item item : instrument.items()) {
        if (item.kind() != ItemKind.OPEN_TEXT && item.construct().isPresent()) {
          counts.merge(item.construct().get(), 1, Integer::sum);
        }
      }
      counts.forEach((construct, count) -> {
        if (count < 3) {
          add(out, LintRule.TOO_FEW_ITEMS_PER_CONSTRUCT, null, construct,
              "construct '" + construct.id() + "' has " + count + " closed items, fewer than 3");
        }
      });
    }
    return out.build();
  }

  /**
   * Lints one item as part of an instrument of the given kind (rules about whole constructs do
   * not apply).
   *
   * @param item the item
   * @param kind the kind of instrument it belongs to
   * @return the findings; empty when clean
   */
  public ImmutableList<LintFinding> lint(Item item, InstrumentKind kind) {
    ImmutableList.Builder<LintFinding> out = ImmutableList.builder();
    lintItem(item, kind, out);
    return out.build();
  }

  private void lintItem(Item item, InstrumentKind kind, ImmutableList.Builder<LintFinding> out) {
    String text = item.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (kind != InstrumentKind.PULSE && item.kind() != ItemKind.OPEN_TEXT
        && FEELING.matcher(text).find() && !BEHAVIOUR.matcher(text).find()) {
      add(out, LintRule.FEELING_ONLY, item, null, "item asks about a feeling only");
    }
    Matcher conjunction = CONJUNCTION.matcher(text);
    if (conjunction.find()) {
      add(out, LintRule.DOUBLE_BARRELLED, item, null,
          "item joins two topics with '" + conjunction.group(1) + "'");
    }
    Matcher negation = NEGATION.matcher(text);
    int negations = 0;
    while (negation.find()) {
      negations++;
    }
    if (negations >= 2) {
      add(out, LintRule.DOUBLE_NEGATIVE, item, null,
          "item has " + negations + " negations");
    }
    Matcher leading = LEADING.matcher(text);
    if (leading.find()) {
      add(out, LintRule.LEADING_WORDING, item, null,
          "item uses leading wording '" + leading.group(1) + "'");
    }
    int length = item.text().codePointCount(0, item.text().length());
    if (length > maximumLength) {
      add(out, LintRule.EXCESSIVE_LENGTH, item, null,
          "item has " + length + " characters, more than " + maximumLength);
    }
    if (item.construct().isEmpty()) {
      add(out, LintRule.MISSING_CONSTRUCT, item, null, "item has no construct");
    }
    if (item.reverseKeyed() && item.scale().isPresent() && !item.scale().get().hasMidpoint()) {
      add(out, LintRule.REVERSE_KEYED_WITHOUT_MIDPOINT, item, null,
          "item is reverse keyed on a scale of " + item.scale().get().size() + " points");
    }
  }

  private void add(ImmutableList.Builder<LintFinding> out, LintRule rule, @Nullable Item item,
      @Nullable Construct construct, String what) {
    LintSeverity severity = severities.get(rule);
    if (severity == null) {
      return;
    }
    ImmutableLintFinding.Builder f = ImmutableLintFinding.builder().rule(rule).severity(severity)
        .message(what + "; fix: " + rule.fix());
    if (item != null) {
      f.itemId(item.id());
    }
    if (construct != null) {
      f.construct(construct);
    }
    out.add(f.build());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof InstrumentLint && ((InstrumentLint) o).severities.equals(severities)
        && ((InstrumentLint) o).maximumLength == maximumLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(severities, maximumLength);
  }

  @Override
  public String toString() {
    return "InstrumentLint[rules=" + severities + ", maximumLength=" + maximumLength + "]";
  }
}
