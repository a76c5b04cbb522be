package dev.belonging.instrument;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class InstrumentLintTest {
  private static final InstrumentLint LINT = InstrumentLint.withDefaults();

  private static ImmutableList<LintRule> rules(Item item, InstrumentKind kind) {
    return LINT.lint(item, kind).stream().map(LintFinding::rule)
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void feelingOnly_flaggedInFullInstrument_allowedInPulse() {
    Item item = Item.agreement("b", Construct.BELONGING, "I feel valued here.");
    assertThat(rules(item, InstrumentKind.FULL)).containsExactly(LintRule.FEELING_ONLY);
    assertThat(rules(item, InstrumentKind.PULSE)).isEmpty();
  }

  @Test
  void doubleBarrelled_flagged() {
    Item item = Item.agreement("v", Construct.VOICE, "My manager listens to me and acts on it.");
    assertThat(rules(item, InstrumentKind.FULL)).containsExactly(LintRule.DOUBLE_BARRELLED);
  }

  @Test
  void doubleNegative_flagged() {
    Item item = Item.agreement("s", Construct.PSYCHOLOGICAL_SAFETY,
        "It is not uncommon that I don't speak up.");
    ImmutableList<LintFinding> findings = LINT.lint(item, InstrumentKind.FULL);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).rule()).isEqualTo(LintRule.DOUBLE_NEGATIVE);
    assertThat(findings.get(0).severity()).isEqualTo(LintSeverity.ERROR);
    assertThat(findings.get(0).message()).contains("fix: rephrase with at most one negation");
  }

  @Test
  void leading_flagged() {
    Item item = Item.agreement("r", Construct.RECOGNITION,
        "Our excellent recognition programme credits people by name.");
    assertThat(rules(item, InstrumentKind.FULL)).containsExactly(LintRule.LEADING_WORDING);
  }

  @Test
  void length_flaggedAboveConfiguredMaximum() {
    Item item = Item.frequency("c", Construct.CONNECTION,
        "In the last month, how often did you talk with a colleague about life outside work?");
    assertThat(rules(item, InstrumentKind.FULL)).isEmpty();
    assertThat(LINT.withMaximumLength(40).lint(item, InstrumentKind.FULL).get(0).rule())
        .isEqualTo(LintRule.EXCESSIVE_LENGTH);
  }

  @Test
  void missingConstructAndEvenScaleReverse_flagged() {
    ResponseScale four = ResponseScale.builder().min(1).max(4).addLabels("a", "b", "c", "d")
        .addFavorable(3, 4).addUnfavorable(1, 2).build();
    Item item = Item.builder().id("x").text("In the last month, how often did you help?")
        .kind(ItemKind.BEHAVIOURAL_FREQUENCY).scale(four).reverseKeyed(true).build();
    assertThat(rules(item, InstrumentKind.FULL)).containsExactly(
        LintRule.MISSING_CONSTRUCT, LintRule.REVERSE_KEYED_WITHOUT_MIDPOINT).inOrder();
  }

  @Test
  void tooFewItems_onlyInFullInstrument() {
    Instrument.Builder b = Instrument.builder().id("t").version("1.0.0").title("T")
        .addItem(Item.frequency("v1", Construct.VOICE,
            "In the last month, how often did you speak first in a meeting?"))
        .addDeclaredConstructs(Construct.CONNECTION);
    ImmutableList<LintFinding> findings = LINT.lint(b.build());
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).construct()).hasValue(Construct.VOICE);
    assertThat(findings.get(0).message()).contains("has 1 closed items, fewer than 3");
    assertThat(findings.get(1).construct()).hasValue(Construct.CONNECTION);
    assertThat(LINT.lint(b.kind(InstrumentKind.MODULE).build())).isEmpty();
  }

  @Test
  void without_switchesRuleOff() {
    Item item = Item.agreement("b", Construct.BELONGING, "I feel valued here.");
    assertThat(LINT.without(LintRule.FEELING_ONLY).lint(item, InstrumentKind.FULL)).isEmpty();
    assertThat(LINT.withSeverity(LintRule.FEELING_ONLY, LintSeverity.INFO)
        .lint(item, InstrumentKind.FULL).get(0).severity()).isEqualTo(LintSeverity.INFO);
  }
}
