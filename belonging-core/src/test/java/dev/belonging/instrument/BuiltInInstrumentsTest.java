package dev.belonging.instrument;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltInInstrumentsTest {
  private static final ImmutableList<Instrument> ALL = ImmutableList.of(
      BuiltInInstruments.pulse(), BuiltInInstruments.belongingIndex(),
      BuiltInInstruments.frontlineShortForm(), BuiltInInstruments.remoteWorkModule());

  @Test
  void all_lintClean() {
    for (Instrument instrument : ALL) {
      assertWithMessage("%s", instrument)
          .that(InstrumentLint.withDefaults().lint(instrument)).isEmpty();
    }
  }

  @Test
  void pulse_oneClosedItemAndOneComment() {
    Instrument pulse = BuiltInInstruments.pulse();
    assertThat(pulse.items()).hasSize(2);
    assertThat(pulse.items().get(0).scale()).hasValue(ResponseScale.agreement5());
    assertThat(pulse.items().get(1).kind()).isEqualTo(ItemKind.OPEN_TEXT);
    assertThat(pulse.closedItems()).containsExactly(pulse.items().get(0));
  }

  @Test
  void belongingIndex_coversEveryConstructWithThreeItems() {
    Instrument index = BuiltInInstruments.belongingIndex();
    assertThat(index.items().size()).isAtLeast(18);
    assertThat(index.items().size()).isAtMost(30);
    assertThat(index.constructs()).containsExactly(Construct.VOICE, Construct.RECOGNITION,
        Construct.PROCEDURAL_FAIRNESS, Construct.CONNECTION, Construct.AUTHENTICITY,
        Construct.PSYCHOLOGICAL_SAFETY, Construct.BELONGING);
    for (Construct c : index.constructs()) {
      assertWithMessage("%s", c).that(index.items(c).size()).isAtLeast(3);
    }
    assertThat(index.items().stream().filter(Item::reverseKeyed).count()).isAtLeast(2);
    Set<ItemKind> kinds = new HashSet<>();
    index.items().forEach(i -> kinds.add(i.kind()));
    assertThat(kinds).containsExactly(ItemKind.BEHAVIOURAL_FREQUENCY, ItemKind.AGREEMENT);
  }

  @Test
  void frontlineShortForm_atMostFiveItems() {
    assertThat(BuiltInInstruments.frontlineShortForm().items().size()).isAtMost(5);
  }

  @Test
  void remoteWorkModule_coversItsThemes() {
    Instrument remote = BuiltInInstruments.remoteWorkModule();
    assertThat(remote.constructs()).containsAtLeast(
        Construct.PROCEDURAL_FAIRNESS, Construct.RECOGNITION, Construct.CONNECTION);
  }

  @Test
  void itemIds_uniqueAcrossBuiltIns() {
    Set<String> ids = new HashSet<>();
    for (Instrument instrument : ALL) {
      for (Item item : instrument.items()) {
        assertWithMessage("duplicate %s", item.id()).that(ids.add(item.id())).isTrue();
      }
    }
  }
}
