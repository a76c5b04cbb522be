package dev.belonging.anonymity;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CommentsTest {
  private static Members range(int from, int to) {
    return Members.of(IntStream.range(from, to).toArray());
  }

  private static CellRequest comments(String key, Members members, int priority) {
    return CellRequest.of(key, members, CellKind.COMMENT, false, priority);
  }

  @Test
  void release_commentsBelowMinimum_suppressed() {
    Release release = DisclosureControl.withDefaults().protect(30, List.of(
        comments("team|comments", range(0, 9), 0)));
    assertThat(release.decision("team|comments").orElseThrow().reason())
        .hasValue(SuppressionReason.BELOW_MINIMUM);
    assertThat(Comments.publishable(release, "team|comments", List.of("a", "b"), 1)).isEmpty();
  }

  @Test
  void release_overlappingCommentCells_refusesSmallPiece() {
    // 0..19 and 8..22: the second would leave pieces of 12, 8 and 3.
    Release release = DisclosureControl.withDefaults().protect(30, List.of(
        comments("dept|comments", range(0, 20), 10),
        comments("filter|comments", range(8, 23), 0)));
    assertThat(release.isPublished("dept|comments")).isTrue();
    assertThat(release.decision("filter|comments").orElseThrow().reason())
        .hasValue(SuppressionReason.COMPLEMENTARY);
  }

  @Test
  void release_nestedCommentCellsWithLargePieces_publishesBoth() {
    Release release = DisclosureControl.withDefaults().protect(30, List.of(
        comments("dept|comments", range(0, 30), 10),
        comments("team|comments", range(0, 15), 0)));
    assertThat(release.publishedKeys()).containsExactly("dept|comments", "team|comments");
  }

  @Test
  void publishable_publishedCell_seededShuffleOfAll() {
    Release release = DisclosureControl.withDefaults().protect(30, List.of(
        comments("dept|comments", range(0, 30), 0)));
    List<String> text = List.of("one", "two", "three", "four", "five", "six");
    List<String> first = Comments.publishable(release, "dept|comments", text, 7);
    assertThat(first).containsExactlyElementsIn(text);
    assertThat(Comments.publishable(release, "dept|comments", text, 7)).isEqualTo(first);
    assertThat(Comments.shuffled(text, 8)).containsExactlyElementsIn(text);
  }
}
