package dev.belonging.csv;

import static com.google.common.truth.Truth.assertThat;
import static dev.belonging.csv.Fixtures.CREDITED;
import static dev.belonging.csv.Fixtures.DISSENT;
import static dev.belonging.csv.Fixtures.IDEAS;
import static dev.belonging.csv.Fixtures.INSTRUMENT;
import static dev.belonging.csv.Fixtures.RECOMMEND;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.belonging.workforce.Dimension;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
  @Test
  void putItemsByText_mapsClosedItemsAsItemsAndOpenTextAsComments() {
    ColumnMapping m = ColumnMapping.builder().putItemsByText(INSTRUMENT).build();

    assertThat(m.itemColumns()).containsExactly(DISSENT.text(), DISSENT.id(), CREDITED.text(),
        CREDITED.id(), RECOMMEND.text(), RECOMMEND.id()).inOrder();
    assertThat(m.commentColumns()).containsExactly(IDEAS.text(), IDEAS.id());
    assertThat(m.respondentIdColumn()).isEmpty();
  }

  @Test
  void columns_listsIdAttributesItemsComments() {
    ColumnMapping m = ColumnMapping.builder().respondentIdColumn("id")
        .putAttributeColumn("team", Dimension.TEAM).putItemColumn("q1", DISSENT.id())
        .putCommentColumn("c", IDEAS.id()).build();

    assertThat(m.columns()).containsExactly("id", "team", "q1", "c").inOrder();
  }

  @Test
  void build_withoutItemOrCommentColumn_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ColumnMapping.builder().respondentIdColumn("id").build());

    assertThat(e).hasMessageThat().contains("at least 1 item or comment column");
  }

  @Test
  void build_columnInTwoRoles_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ColumnMapping.builder().respondentIdColumn("x ").putItemColumn("x", DISSENT.id())
            .build());

    assertThat(e).hasMessageThat().isEqualTo(
        "column 'x' must have one role, but is both respondent id and item");
  }

  @Test
  void build_itemFromTwoColumns_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ColumnMapping.builder().putItemColumn("a", DISSENT.id())
            .putItemColumn("b", DISSENT.id()).build());

    assertThat(e).hasMessageThat().contains("mapped from 1 column, but was mapped from 2");
  }

  @Test
  void build_dimensionFromTwoColumns_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> ColumnMapping.builder().putAttributeColumn("a", Dimension.TEAM)
            .putAttributeColumn("b", Dimension.TEAM).putItemColumn("q", DISSENT.id()).build());
  }

  @Test
  void build_blankHeader_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> ColumnMapping.builder().putItemColumn(" ", DISSENT.id()).build());
  }

  @Test
  void toString_countsOnly() {
    ColumnMapping m = ColumnMapping.builder().putItemColumn("q", DISSENT.id()).build();

    assertThat(m.toString()).isEqualTo(
        "ColumnMapping[id=(generated), attributes=0, items=1, comments=0]");
  }
}
