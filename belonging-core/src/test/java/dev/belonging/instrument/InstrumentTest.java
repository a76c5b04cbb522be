package dev.belonging.instrument;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class InstrumentTest {
  private static final Item VOICE_1 =
      Item.frequency("voice.disagree", Construct.VOICE, "How often did you disagree openly?");
  private static final Item FAIR_1 =
      Item.agreement("fair.criteria", Construct.PROCEDURAL_FAIRNESS, "Criteria are published.");

  private static Instrument.Builder base() {
    return Instrument.builder().id("demo").version("1.0.0").title("Demo");
  }

  @Test
  void build_derivesConstructsAndLookup() {
    Instrument i = base().addItems(VOICE_1, FAIR_1).addDeclaredConstructs(Construct.BELONGING)
        .build();
    assertThat(i.constructs())
        .containsExactly(Construct.VOICE, Construct.PROCEDURAL_FAIRNESS, Construct.BELONGING)
        .inOrder();
    assertThat(i.item("fair.criteria")).hasValue(FAIR_1);
    assertThat(i.item("nope")).isEmpty();
    assertThat(i.version()).isEqualTo(SemanticVersion.of(1, 0, 0));
    assertThat(i.language()).isEqualTo("en");
  }

  @Test
  void build_duplicateItemId_namesItem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> base().addItems(VOICE_1, VOICE_1).build());
    assertThat(e).hasMessageThat().contains("'voice.disagree' appears twice");
  }

  @Test
  void build_badVersionOrLanguage_throws() {
    assertThrows(IllegalArgumentException.class, () -> base().version("1.0"));
    assertThrows(IllegalArgumentException.class, () -> base().version("01.0.0"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> base().addItems(VOICE_1).language("english!").build());
    assertThat(e).hasMessageThat().contains("BCP 47");
    assertThat(base().addItems(VOICE_1).language("en-GB").build().language()).isEqualTo("en-GB");
  }

  @Test
  void build_retiredAndAsked_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> base().addItems(VOICE_1).addRetiredItemIds("voice.disagree").build());
  }

  @Test
  void compare_classifiesItems() {
    Item reworded = Item.frequency("voice.disagree", Construct.VOICE, "How often did you object?");
    Item added = Item.agreement("fair.reviews", Construct.PROCEDURAL_FAIRNESS, "Reviews are fair.");
    Item rescaled = Item.builder().from(FAIR_1).scale(ResponseScale.agreement7()).build();
    Instrument v1 = base().addItems(VOICE_1, FAIR_1).build();
    Instrument v2 = base().version("2.0.0").addItems(reworded, FAIR_1, added).build();
    Instrument v3 = base().version("3.0.0").addItems(rescaled).build();

    InstrumentComparison c12 = v1.compare(v2);
    assertThat(c12.comparable()).containsExactly("fair.criteria");
    assertThat(c12.changed()).containsExactly("voice.disagree");
    assertThat(c12.added()).containsExactly("fair.reviews");
    assertThat(c12.removed()).isEmpty();
    assertThat(c12.isComparable("fair.criteria")).isTrue();

    InstrumentComparison c23 = v2.compare(v3);
    assertThat(c23.changed()).containsExactly("fair.criteria");
    assertThat(c23.removed()).containsExactly("voice.disagree", "fair.reviews").inOrder();
  }

  @Test
  void equals_valueSemantics() {
    new EqualsTester()
        .addEqualityGroup(base().addItems(VOICE_1).build(), base().addItems(VOICE_1).build())
        .addEqualityGroup(base().addItems(VOICE_1).version("1.0.1").build())
        .addEqualityGroup(base().addItems(VOICE_1, FAIR_1).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(VOICE_1, Item.frequency("voice.disagree", Construct.VOICE,
            "How often did you disagree openly?"))
        .addEqualityGroup(VOICE_1.asReverseKeyed())
        .addEqualityGroup(FAIR_1)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ResponseScale.agreement5(), ResponseScale.builder().min(1).max(5)
            .addLabels("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
                "Strongly agree").addFavorable(4, 5).addUnfavorable(1, 2).build())
        .addEqualityGroup(ResponseScale.frequency5())
        .testEquals();
  }

  @Test
  void semanticVersion_ordersNumerically() {
    assertThat(SemanticVersion.parse("1.10.0")).isGreaterThan(SemanticVersion.parse("1.9.3"));
    assertThat(SemanticVersion.parse("2.0.1").toString()).isEqualTo("2.0.1");
  }
}
