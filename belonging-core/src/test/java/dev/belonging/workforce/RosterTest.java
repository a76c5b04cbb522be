package dev.belonging.workforce;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class RosterTest {

  @Test
  void of_keepsOrderAndSize_toStringShowsSizeOnly() {
    Attributes remote = Attributes.none().with(Dimension.WORK_ARRANGEMENT, "REMOTE");
    Attributes office = Attributes.none().with(Dimension.WORK_ARRANGEMENT, "OFFICE");
    Roster roster = Roster.of(ImmutableList.of(remote, office, remote));
    assertThat(roster.size()).isEqualTo(3);
    assertThat(roster.invited()).containsExactly(remote, office, remote).inOrder();
    assertThat(roster.toString()).isEqualTo("Roster{invited=3}");
  }
}
