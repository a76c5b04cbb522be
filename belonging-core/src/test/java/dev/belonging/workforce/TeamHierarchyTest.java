package dev.belonging.workforce;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class TeamHierarchyTest {
  private final TeamHierarchy org = TeamHierarchy.builder("acme")
      .add("eng", "acme")
      .add("platform", "eng")
      .add("apps", "eng")
      .add("sales", "acme")
      .build();

  @Test
  void ancestors_leaf_rootFirst() {
    assertThat(org.ancestors("platform")).containsExactly("acme", "eng", "platform").inOrder();
    assertThat(org.ancestors("acme")).containsExactly("acme");
  }

  @Test
  void levelsAndDepth() {
    assertThat(org.level("acme")).isEqualTo(0);
    assertThat(org.level("apps")).isEqualTo(2);
    assertThat(org.depth()).isEqualTo(3);
  }

  @Test
  void parentAndChildren() {
    assertThat(org.parent("acme")).isEmpty();
    assertThat(org.parent("apps")).hasValue("eng");
    assertThat(org.children("eng")).containsExactly("apps", "platform").inOrder();
    assertThat(org.children("sales")).isEmpty();
  }

  @Test
  void add_unknownParent_explains() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TeamHierarchy.builder("acme").add("x", "nowhere"));
    assertThat(e).hasMessageThat().contains("parent 'nowhere' of team 'x'");
  }

  @Test
  void add_duplicate_rejected() {
    assertThrows(IllegalArgumentException.class,
        () -> TeamHierarchy.builder("acme").add("eng", "acme").add("eng", "acme"));
    assertThrows(IllegalArgumentException.class,
        () -> TeamHierarchy.builder("acme").add("acme", "acme"));
  }

  @Test
  void unknownTeam_namesIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> org.ancestors("ghost"));
    assertThat(e).hasMessageThat().isEqualTo("team 'ghost' is not in the hierarchy");
  }

  @Test
  void ofPaths_impliesPrefixes() {
    TeamHierarchy fromPaths =
        TeamHierarchy.ofPaths("acme", ImmutableList.of("eng/platform", "eng/apps", "sales"));
    assertThat(fromPaths.teams())
        .containsExactly("acme", "eng", "eng/platform", "eng/apps", "sales").inOrder();
    assertThat(fromPaths.ancestors("eng/apps")).containsExactly("acme", "eng", "eng/apps");
  }

  @Test
  void ofPaths_emptySegment_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TeamHierarchy.ofPaths("acme", ImmutableList.of("eng//apps")));
    assertThat(e).hasMessageThat().contains("path segment must match");
  }

  @Test
  void equals_sameStructure() {
    new EqualsTester()
        .addEqualityGroup(org, TeamHierarchy.builder("acme").add("eng", "acme")
            .add("platform", "eng").add("apps", "eng").add("sales", "acme").build())
        .addEqualityGroup(TeamHierarchy.builder("acme").build())
        .testEquals();
  }
}
