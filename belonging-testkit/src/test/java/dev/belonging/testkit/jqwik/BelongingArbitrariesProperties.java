package dev.belonging.testkit.jqwik;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.ItemKind;
import dev.belonging.instrument.Response;
import dev.belonging.testkit.Person;
import dev.belonging.testkit.SimulatedWave;
import dev.belonging.testkit.SyntheticWorkforce;
import dev.belonging.workforce.Dimension;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BelongingArbitrariesProperties {

  @Provide
  Arbitrary<SyntheticWorkforce> workforces() {
    return BelongingArbitraries.workforces(5);
  }

  @Provide
  Arbitrary<SimulatedWave> waves() {
    return BelongingArbitraries.simulatedWaves(5);
  }

  @Provide
  Arbitrary<ImmutableList<Dimension>> breakdowns() {
    return BelongingArbitraries.breakdowns();
  }

  @Property(tries = 100)
  void workforces_peopleSitInLowestLevelTeams_headcountsAddUp(
      @ForAll("workforces") SyntheticWorkforce workforce) {
    int counted = 0;
    for (int count : workforce.headcounts(Dimension.TEAM).values()) {
      counted += count;
    }
    assertThat(counted).isEqualTo(workforce.size());
    for (Person person : workforce.people()) {
      String team = person.team().orElseThrow();
      assertThat(workforce.hierarchy().children(team)).isEmpty();
    }
    assertThat(workforce.roster().size()).isEqualTo(workforce.size());
  }

  @Property(tries = 50)
  void waves_answerOnlyClosedItemsOnTheirScales_fromInvitedPeople(
      @ForAll("waves") SimulatedWave wave) {
    Set<String> invited = wave.workforce().people().stream().map(Person::id)
        .collect(Collectors.toSet());
    Set<String> answered = wave.wave().responses().stream().map(Response::respondentId)
        .collect(Collectors.toSet());
    assertThat(invited).containsAtLeastElementsIn(answered);
    assertThat(answered).hasSize(wave.wave().responses().size());
    for (Response response : wave.wave().responses()) {
      response.answers().forEach((itemId, point) -> {
        Item item = wave.instrument().item(itemId).orElseThrow();
        assertThat(item.scale().orElseThrow().contains(point)).isTrue();
      });
      response.comments().keySet().forEach(itemId -> assertThat(
          wave.instrument().item(itemId).orElseThrow().kind()).isEqualTo(ItemKind.OPEN_TEXT));
    }
  }

  @Property
  void breakdowns_areSmallSortedAndDistinct(
      @ForAll("breakdowns") ImmutableList<Dimension> breakdown) {
    assertThat(breakdown.size()).isAtMost(3);
    assertThat(breakdown).isInStrictOrder();
  }
}
