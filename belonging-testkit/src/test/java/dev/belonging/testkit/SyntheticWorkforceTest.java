package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.TeamHierarchy;
import org.junit.jupiter.api.Test;

class SyntheticWorkforceTest {
  private static final TeamHierarchy HIERARCHY =
      TeamHierarchy.ofPaths("org", ImmutableList.of("sales", "ops"));

  private static Person in(int index, String team) {
    return Person.of(index, Attributes.of(ImmutableMap.of(Dimension.TEAM, team)), 3);
  }

  @Test
  void of_countsAndRoster() {
    SyntheticWorkforce workforce = SyntheticWorkforce.of(HIERARCHY,
        ImmutableList.of(in(0, "sales"), in(1, "sales"), in(5, "ops")));
    assertThat(workforce.headcounts(Dimension.TEAM)).containsExactly("ops", 1, "sales", 2);
    assertThat(workforce.with(Dimension.TEAM, "sales")).hasSize(2);
    assertThat(workforce.nextIndex()).isEqualTo(6);
    assertThat(workforce.roster().size()).isEqualTo(3);
  }

  @Test
  void of_duplicateIndex_throwsWithoutNamingThePerson() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SyntheticWorkforce.of(HIERARCHY, ImmutableList.of(in(4, "sales"), in(4, "ops"))));
    assertThat(e).hasMessageThat()
        .isEqualTo("person indexes must be unique, but position 1 repeats an earlier index");
  }

  @Test
  void of_teamOutsideHierarchy_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> SyntheticWorkforce.of(HIERARCHY, ImmutableList.of(in(0, "legal"))));
  }

  @Test
  void person_invalidValues_throw() {
    assertThrows(IllegalArgumentException.class, () -> Person.of(-1, Attributes.none(), 0));
    assertThrows(IllegalArgumentException.class, () -> Person.of(0, Attributes.none(), -1));
  }

  @Test
  void simulatedWave_ofAnotherInstrument_throws() {
    SyntheticWorkforce workforce = SyntheticWorkforce.of(HIERARCHY, ImmutableList.of());
    Instrument other = Instrument.builder().from(TestInstruments.SMALL).id("other").build();
    ResponseWave wave = ResponseWave.of(other, "w", 0, ImmutableList.of());
    assertThrows(IllegalArgumentException.class,
        () -> SimulatedWave.of(workforce, TestInstruments.SMALL, wave));
    assertThat(SimulatedWave.of(workforce, other, wave).responseRate()).isEqualTo(0.0);
  }
}
